import TUICore

/// The event loop: reads terminal events, runs `App.update`, performs the effects and draws
/// each new frame through `Terminal` (which sends only the changed cells).
///
/// Generic over the backend, so tests drive it with `MemoryBackend`. Ticks are sent every
/// `tickInterval` while `model.wantsTicks`. Background jobs (issue 5) will be started by
/// `perform(_:)` and report through messages fed to `handle(_:)` between reads.
public struct AppRunner<Backend: TerminalBackend> {
    /// The terminal (backend plus the last frame sent).
    public var terminal: Terminal<Backend>
    /// The current model.
    public private(set) var model: AppModel
    /// Glyphs, colours and theme.
    public let context: RenderContext
    /// Interval between ticks while the model wants them.
    public var tickInterval: Duration = .milliseconds(100)
    /// Called after every frame with its timing (benchmarks and `--timing-log`).
    public var frameObserver: ((FrameTiming) -> Void)?

    private let clock = ContinuousClock()

    /// Creates a runner; the model takes the terminal's size.
    public init(backend: Backend, model: AppModel, context: RenderContext) {
        terminal = Terminal(backend: backend)
        var model = model
        let size = terminal.size
        if size != model.size { model = App.update(model, .resize(size)).0 }
        self.model = model
        self.context = context
    }

    /// Draws the current model.
    public mutating func drawFrame(updateTime: Duration = .zero) {
        let viewStart = clock.now
        let frame = App.view(model, context: context)
        let drawStart = clock.now
        let sent = terminal.draw(frame, cursor: App.cursor(model))
        let end = clock.now
        frameObserver?(FrameTiming(update: updateTime, view: drawStart - viewStart, draw: end - drawStart, cellsSent: sent))
    }

    /// Runs until an effect quits or a signal arrives; returns the exit status (0, 130 for
    /// Ctrl-C, 128 + n for signal n), or nil when the backend has no more events (a
    /// `MemoryBackend` in tests; a real terminal waits for ever).
    public mutating func run() -> Int32? {
        drawFrame()
        while true {
            let message: Message
            switch terminal.readEvent(timeout: model.wantsTicks ? tickInterval : nil) {
            case .none:
                guard model.wantsTicks else { return nil }
                message = .tick
            case .signal(let number):
                return 128 + number
            case .some(let event):
                guard let m = Message(event) else { continue }
                message = m
            }
            if let status = handle(message) { return status }
        }
    }

    /// Updates the model with one message, performs the effects and draws; returns an exit
    /// status when an effect quits.
    public mutating func handle(_ message: Message) -> Int32? {
        let start = clock.now
        let (next, effects) = App.update(model, message)
        let updateTime = clock.now - start
        let changed = next != model
        model = next
        for effect in effects {
            if let status = perform(effect) { return status }
        }
        if changed || effects.contains(.repaint) || message == .resize(model.size) {
            drawFrame(updateTime: updateTime)
        }
        return nil
    }

    /// Performs one effect; returns an exit status to quit.
    mutating func perform(_ effect: Effect) -> Int32? {
        switch effect {
        case .quit(let status): return status
        case .repaint: terminal.invalidate(); return nil
        }
    }
}
