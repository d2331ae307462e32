/// A width and height in terminal cells.
public struct Size: Sendable, Hashable {
    /// Width in columns.
    public var width: Int
    /// Height in rows.
    public var height: Int

    /// Creates a size.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}
