/// Text attributes that can be combined on a cell (bold, dim, italic, underline, reverse).
public struct TextAttributes: OptionSet, Sendable, Hashable {
    /// The raw bit set.
    public let rawValue: UInt8

    /// Creates attributes from a raw bit set.
    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Bold or increased intensity.
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Dim or decreased intensity.
    public static let dim = TextAttributes(rawValue: 1 << 1)
    /// Italic (not shown by every terminal).
    public static let italic = TextAttributes(rawValue: 1 << 2)
    /// Underlined.
    public static let underline = TextAttributes(rawValue: 1 << 3)
    /// Foreground and background swapped.
    public static let reverse = TextAttributes(rawValue: 1 << 4)
}
