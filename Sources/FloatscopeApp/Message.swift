import TUICore

/// Everything that can change the app model: input from the terminal and the runner's ticks.
///
/// Background work (issue 5's sweeps) adds a case carrying its progress, posted by the runner
/// when a job reports; `App.update` stays the only place where the model changes.
public enum Message: Sendable, Hashable {
    /// A key press.
    case key(Key)
    /// A mouse press, release or wheel turn.
    case mouse(MouseEvent)
    /// The terminal now has this size.
    case resize(Size)
    /// A timer tick (about ten a second while something is animated or times out).
    case tick
}
