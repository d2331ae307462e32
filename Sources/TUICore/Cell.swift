/// One terminal cell: its content and style.
public struct Cell: Sendable, Hashable {
    /// The grapheme in the cell, or a continuation marker for wide graphemes.
    public var content: CellContent
    /// The cell's style.
    public var style: Style

    /// Creates a cell holding a grapheme.
    public init(_ character: Character, style: Style = .plain) {
        self.content = .grapheme(character)
        self.style = style
    }

    /// Creates a cell from content and style.
    public init(content: CellContent, style: Style = .plain) {
        self.content = content
        self.style = style
    }

    /// A space with the plain style.
    public static let blank = Cell(" ")

    /// A continuation cell (right half of a wide grapheme) with the given style.
    public static func continuation(style: Style = .plain) -> Cell {
        Cell(content: .continuation, style: style)
    }

    /// The grapheme, or nil for a continuation cell.
    public var character: Character? {
        if case .grapheme(let c) = content { return c }
        return nil
    }

    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool { content == .continuation }

    /// Display width of the cell's grapheme: 1 or 2 (0 for a continuation).
    public var width: Int {
        guard let c = character else { return 0 }
        return max(1, DisplayWidth.of(c))
    }
}
