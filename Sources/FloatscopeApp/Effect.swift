/// Work that `App.update` asks the runner to do outside the pure update function.
///
/// The runner (`AppRunner`) performs effects in order after each update. Background work
/// (issue 5's sweeps) adds cases here, e.g. `startSweep(SweepRequest)` and
/// `cancelSweep(SweepID)`; its progress comes back as `Message`s.
public enum Effect: Sendable, Hashable {
    /// Leave the app with this exit status (0 for a normal quit).
    case quit(status: Int32)
    /// Forget what is on the screen and redraw every cell (Ctrl-L).
    case repaint
}
