import FloatscopeApp
import TUICore

/// The event loop: reads terminal events, runs `App.update`, performs the effects and draws
/// each new frame through `Terminal` (which sends only the changed cells).
///
/// Generic over the backend, so tests drive it with `MemoryBackend`. Ticks are sent every
/// `tickInterval` while `model.wantsTicks`. Sweeps are started by `perform(_:)` on background
/// threads (`SweepJobs`); each message they post wakes the wait for input (the backend's
/// `waker`) and is handled at once. A backend without a waker (`MemoryBackend`) is read with
/// at most `pollInterval` of waiting while a job runs.
public struct AppRunner<Backend: TerminalBackend> {
    /// The terminal (backend plus the last frame sent).
    public var terminal: Terminal<Backend>
    /// The current model.
    public private(set) var model: AppModel
    /// Glyphs, colours and theme.
    public let context: RenderContext
    /// Interval between ticks while the model wants them.
    public var tickInterval: Duration = .milliseconds(100)
    /// Longest wait for input while a background job runs.
    public var pollInterval: Duration = .milliseconds(50)
    /// The background sweeps.
    public let jobs: SweepJobs
    /// Called after every frame with its timing (benchmarks and `--timing-log`).
    public var frameObserver: ((FrameTiming) -> Void)?
    /// Opens model files for `Effect.openModel` (the executable hands in its file layer): the model, or
    /// the message saying why not. Without one, opening is refused with a message.
    public var openModel: (@Sendable ([String]) -> (ModelHandle?, String?))?

    private let clock = ContinuousClock()
    private var lastTick: ContinuousClock.Instant

    /// Creates a runner; the model takes the terminal's size.
    public init(backend: Backend, model: AppModel, context: RenderContext, jobs: SweepJobs = SweepJobs()) {
        terminal = Terminal(backend: backend)
        var model = model
        let size = terminal.size
        if size != model.size { model = App.update(model, .resize(size)).0 }
        self.model = model
        self.context = context
        self.jobs = jobs
        jobs.setWaker(terminal.backend.waker)
        lastTick = clock.now
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
        if let status = handle(.launched) { return finish(status) }
        while true {
            let busy = jobs.isBusy
            let polls = busy && !jobs.wakesRunner
            let timeout: Duration? = polls ? (model.wantsTicks ? min(pollInterval, tickInterval) : pollInterval) : model.wantsTicks ? tickInterval : nil
            switch terminal.readEvent(timeout: timeout) {
            case .none where !busy:
                guard model.wantsTicks else { return nil }
                lastTick = clock.now
                if let status = handle(.tick) { return finish(status) }
                continue
            case .none:
                break
            case .signal(let number):
                jobs.cancelAll()
                return 128 + number
            case .some(let event):
                for message in Message.messages(for: event) {
                    if let status = handle(message) { return finish(status) }
                }
            }
            if let status = handleBackground() { return finish(status) }
            if busy && model.wantsTicks && clock.now - lastTick >= tickInterval {
                lastTick = clock.now
                if let status = handle(.tick) { return finish(status) }
            }
        }
    }

    /// Handles the messages background jobs posted since the last call; returns an exit status
    /// when one quits.
    public mutating func handleBackground() -> Int32? {
        for message in jobs.drain() {
            if let status = handle(message) { return status }
        }
        return nil
    }

    /// Stops the background jobs before the app leaves.
    mutating func finish(_ status: Int32) -> Int32 {
        jobs.cancelAll()
        return status
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
        case .startSweep(let request): jobs.start(request); return nil
        case .cancelSweep(let id): jobs.cancel(id); return nil
        case .startModelMeasurement(let request): jobs.startModel(request); return nil
        case .cancelModelMeasurement(let id): jobs.cancelModel(id); return nil
        case .readTensorData(let model, let tensor): jobs.readTensorData(tensor, of: model); return nil
        case .openModel(let paths):
            let (handle, problem) = openModel?(paths) ?? (nil, "this build of the app cannot open files; start it with one (floatscope FILE.gguf)")
            jobs.post(.modelOpened(handle, problem: problem))
            return nil
        case .export(let name):
            let svgMode: ColorMode = context.colorMode == .noColor ? .noColor : .ansi256
            let svgContext = RenderContext(glyphs: context.glyphs, colorMode: svgMode, theme: Theme.standard(for: svgMode, appearance: context.theme.appearance))
            let result = ScreenExport.write(App.view(model, context: svgContext), theme: svgContext.theme, colorMode: svgContext.colorMode, name: name,
                                           language: model.session.language)
            jobs.post(.exported(result.message, failed: result.failed))
            return nil
        }
    }
}
