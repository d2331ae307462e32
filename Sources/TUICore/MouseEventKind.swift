/// What happened with the mouse.
public enum MouseEventKind: Sendable, Hashable {
    /// A button went down.
    case press
    /// A button went up.
    case release
    /// The wheel turned up (away from the user).
    case wheelUp
    /// The wheel turned down (towards the user).
    case wheelDown
}
