/// An input event delivered by a terminal backend.
public enum InputEvent: Sendable, Hashable {
    /// A key press.
    case key(Key)
    /// A mouse press, release or wheel turn.
    case mouse(MouseEvent)
    /// The terminal now has this size; redraw everything.
    case resize(width: Int, height: Int)
    /// A timer tick (produced by the application loop or injected in tests, never by the terminal).
    case tick
    /// A termination signal (SIGINT 2, SIGTERM 15, SIGHUP 1) arrived: restore the terminal
    /// and exit with status 128 + the signal number.
    case signal(Int32)
    /// Something other than the terminal asked for attention: background work posted a message
    /// (through the backend's `waker`). Carries no input.
    case wake
}
