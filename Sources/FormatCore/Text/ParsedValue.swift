/// A value read from text, and where it came from.
public struct ParsedValue: Sendable, Hashable {
    /// Where the value came from.
    public enum Origin: Sendable, Hashable {
        /// A number written out (decimal, hex float, fraction, power of two, inf, nan).
        case literal
        /// A raw code in a format.
        case code(Format, UInt64)
        /// A named constant of a format (max, min, tiny, eps).
        case constant(Format, String)
    }

    /// The exact value.
    public let value: ExactValue
    /// Its origin.
    public let origin: Origin

    /// Creates a parsed value.
    public init(value: ExactValue, origin: Origin) {
        self.value = value
        self.origin = origin
    }
}
