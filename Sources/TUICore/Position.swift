/// A cell position: column `x` and row `y`, zero-based from the top-left corner.
public struct Position: Sendable, Hashable {
    /// Column, 0 at the left.
    public var x: Int
    /// Row, 0 at the top.
    public var y: Int

    /// Creates a position.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
