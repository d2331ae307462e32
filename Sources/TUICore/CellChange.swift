/// One cell that differs from the previous frame: position and new content.
public struct CellChange: Sendable, Hashable {
    /// Column.
    public var x: Int
    /// Row.
    public var y: Int
    /// The new cell (may be a continuation cell, which backends skip when drawing).
    public var cell: Cell

    /// Creates a change.
    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}
