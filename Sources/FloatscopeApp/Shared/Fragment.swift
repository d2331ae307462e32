/// A piece of text with a meaning (label, value, dim, or a tone), turned into a style at render time.
public struct Fragment: Sendable, Hashable {
    /// What the text is.
    public enum Kind: Sendable, Hashable {
        /// A label such as `exponent`.
        case label
        /// A value.
        case value
        /// Secondary text.
        case dim
        /// Status text with a tone.
        case tone(Tone)
    }

    /// The text.
    public var text: String
    /// Its kind.
    public var kind: Kind

    /// Creates a fragment.
    public init(_ text: String, _ kind: Kind = .value) {
        self.text = text
        self.kind = kind
    }
}
