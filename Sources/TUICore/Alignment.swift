/// Horizontal alignment of a line of text within its area.
public enum Alignment: Sendable, Hashable {
    /// Flush left.
    case left
    /// Centred (extra column goes to the right).
    case center
    /// Flush right.
    case right
}
