/// Why a value could not be read.
public struct ValueParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text as given.
    public let text: String
    /// What was wrong.
    public let reason: String

    /// What the parser accepts, for messages.
    public static let accepted = "a decimal (0.1, -6.5e4, 1e-40, up to 100,000 digits, exponent up to ±1000), a hex float (0x1.8p-3), a fraction (1/3), a power of two (2^-10), inf, -inf, nan, -0, a constant (max, min, tiny, eps, or fp16:max), or a raw code in a format (bf16:0x3f80, e4m3fn:0b01111110)"

    /// A message naming the problem and the accepted forms; a long input is quoted as a short excerpt.
    public var description: String { "cannot read '\(Self.excerpt(text))' as a value: \(reason). Accepted: \(Self.accepted)" }

    /// The text itself when it has at most `limit` characters, else its start and end around
    /// "…(N characters)…", so that a pasted megabyte is never echoed.
    public static func excerpt(_ text: String, limit: Int = 60) -> String {
        guard text.count > limit else { return text }
        return "\(text.prefix(limit * 2 / 3))…(\(text.count) characters)…\(text.suffix(limit / 6))"
    }
}
