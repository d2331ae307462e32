/// A mouse event at a cell position.
public struct MouseEvent: Sendable, Hashable {
    /// Press, release or wheel.
    public var kind: MouseEventKind
    /// Button number: 1 left, 2 middle, 3 right, 4/5 wheel, 0 unknown.
    public var button: Int
    /// Column, zero-based.
    public var x: Int
    /// Row, zero-based.
    public var y: Int

    /// Creates a mouse event.
    public init(kind: MouseEventKind, button: Int, x: Int, y: Int) {
        self.kind = kind
        self.button = button
        self.x = x
        self.y = y
    }
}
