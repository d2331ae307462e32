/// Modifier keys held with a character key.
public struct KeyModifiers: OptionSet, Sendable, Hashable {
    /// The raw bit set.
    public let rawValue: UInt8

    /// Creates modifiers from a raw bit set.
    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Control (Ctrl+letter arrives as the letter, lower case, with this flag).
    public static let ctrl = KeyModifiers(rawValue: 1 << 0)
    /// Alt / Meta (sent by terminals as ESC followed by the key).
    public static let alt = KeyModifiers(rawValue: 1 << 1)
}
