/// Why a value could not be read.
public struct ValueParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text as given.
    public let text: String
    /// What was wrong.
    public let reason: String

    /// What the parser accepts, for messages.
    public static let accepted = "a decimal (0.1, -6.5e4, 1e-40, any number of digits), a hex float (0x1.8p-3), a fraction (1/3), a power of two (2^-10), inf, -inf, nan, -0, a constant (max, min, tiny, eps, or fp16:max), or a raw code in a format (bf16:0x3f80, e4m3fn:0b01111110)"

    /// A message naming the problem and the accepted forms.
    public var description: String { "cannot read '\(text)' as a value: \(reason). Accepted: \(Self.accepted)" }
}
