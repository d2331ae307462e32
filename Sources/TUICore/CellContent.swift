/// What a cell shows: a grapheme, or the right half of the wide grapheme to its left.
public enum CellContent: Sendable, Hashable {
    /// A grapheme cluster starting in this cell (it may be 1 or 2 columns wide).
    case grapheme(Character)
    /// The second column of a wide grapheme that starts in the cell to the left.
    case continuation
}
