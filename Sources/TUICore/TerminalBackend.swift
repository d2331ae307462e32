/// The thin output/input layer under a `Terminal`: it receives only changed cells.
///
/// Implementations: `MemoryBackend` (tests) and `NCursesBackend` (the real terminal).
public protocol TerminalBackend {
    /// The current screen size in cells.
    var size: Size { get }

    /// Draws the changed cells (continuation cells may be skipped) and places the cursor
    /// (nil hides it). Output may be buffered until `flush()`.
    mutating func apply(changes: [CellChange], cursor: Position?)

    /// Makes everything applied so far visible.
    mutating func flush()

    /// Waits up to `timeout` (nil: forever) for the next input event; nil if none arrived.
    mutating func readEvent(timeout: Duration?) -> InputEvent?

    /// A function other threads may call to make a waiting `readEvent` return `.wake` at once, or
    /// nil when the backend cannot be woken (then a loop with background work must wait with a
    /// timeout and look for it).
    var waker: (@Sendable () -> Void)? { get }
}

extension TerminalBackend {
    /// No waker: callers wait with a timeout.
    public var waker: (@Sendable () -> Void)? { nil }
}
