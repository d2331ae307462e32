/// Start-up options for `NCursesBackend`.
public struct NCursesOptions: Sendable, Hashable {
    /// Never use colour (e.g. `--no-color` or the NO_COLOR environment variable); attributes still work.
    public var noColor: Bool
    /// Report mouse button 1 presses/releases and the wheel.
    public var mouse: Bool
    /// Raw mode: Ctrl+C, Ctrl+Z, Ctrl+\ arrive as keys instead of signals.
    /// The default (cbreak) lets Ctrl+C raise SIGINT, delivered as `InputEvent.signal(2)`.
    public var rawMode: Bool
    /// Milliseconds curses waits after ESC for the rest of an escape sequence.
    public var escapeDelay: Int

    /// Creates options.
    public init(noColor: Bool = false, mouse: Bool = true, rawMode: Bool = false, escapeDelay: Int = 25) {
        self.noColor = noColor
        self.mouse = mouse
        self.rawMode = rawMode
        self.escapeDelay = escapeDelay
    }
}
