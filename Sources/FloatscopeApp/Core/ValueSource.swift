import FormatCore

/// The value every row shows: an exact value, the text that produced it, and, when it is a code
/// of one format (a toggled bit, a step, `bf16:0x3f80`), that format and code.
public struct ValueSource: Sendable, Hashable {
    /// The exact value.
    public var value: ExactValue
    /// The text for the input line (`0.1`, or `fp32:0x3dcccccd` after a toggle).
    public var text: String
    /// The format whose code is the source, if any: its row shows this code as it is.
    public var format: Format?
    /// The code in `format`.
    public var code: UInt64?

    /// A value typed or given as text.
    public init(parsed: ParsedValue, text: String) {
        value = parsed.value
        self.text = text
        if case .code(let f, let c) = parsed.origin {
            format = f
            code = c
        } else {
            format = nil
            code = nil
        }
    }

    /// A code of a format becomes the source (after a toggle or a step).
    public init(code: UInt64, in format: Format) {
        value = format.decode(code).exact
        text = "\(format.name):\(format.hexCode(code))"
        self.format = format
        self.code = code
    }

    /// The source code when `format` is the source format.
    public func code(in other: Format) -> UInt64? {
        format == other ? code : nil
    }
}
