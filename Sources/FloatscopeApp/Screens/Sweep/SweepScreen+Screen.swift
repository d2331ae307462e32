import Sweep
import TUICore

extension SweepScreen: Screen {
    /// The Sweep screen's registry entry.
    public static let id = ScreenID.sweep

    /// Source and target presets, rounding, start, cancel, sort and row keys.
    public mutating func handle(_ message: Message, in area: Rect, session: inout Session) -> [Effect]? {
        guard case .key(let key) = message else { return nil }
        let language = session.language
        switch key {
        case .character("f", modifiers: []): changeSetup(session: &session) { [tensor = session.tensorData] in $0.stepSource(forward: true, tensor: tensor) }
        case .character("F", modifiers: []): changeSetup(session: &session) { [tensor = session.tensorData] in $0.stepSource(forward: false, tensor: tensor) }
        case .character("t", modifiers: []): changeSetup(session: &session) { $0.targets = $0.targets.next }
        case .character("r", modifiers: []):
            session.cycleRounding()
            session.show(language.say("rounding: \(session.rounding.shortName) (scalar targets; block formats follow their specs)", "舍入：\(session.rounding.shortName)（标量目标；块格式按各自的规范）"))
        case .character("s", modifiers: []):
            session.toggleSaturation()
            session.show(session.saturationMessage)
        case .enter: return start(session: &session)
        case .character("c", modifiers: []), .escape:
            guard var current = run else {
                if key == .escape { return nil }
                session.show(Translation.text("no sweep running (Enter starts one)", language))
                return []
            }
            if current.cancelling { return [] }
            current.cancelling = true
            run = current
            session.show(Translation.text("cancelling the sweep…", language), tone: .warning)
            return [.cancelSweep(current.request.id)]
        case .character("o", modifiers: []):
            sort = sort.next
            selected = 0
            session.show(language.say("sorted by \(sort.title)", "按\(sort.title(language))排序"))
        case .up, .character("k", modifiers: []): selected = max(0, selected - 1)
        case .down, .character("j", modifiers: []): selected = min(max(0, shownFigures.count - 1), selected + 1)
        default: return nil
        }
        return []
    }

    /// Changes the source or targets, unless a sweep is running.
    mutating func changeSetup(session: inout Session, _ change: (inout SweepScreen) -> Void) {
        guard run == nil else {
            session.show(Translation.text("a sweep is running: c cancels it", session.language), tone: .warning)
            return
        }
        change(&self)
    }

    /// Starts a sweep of the current setup, unless one is running.
    mutating func start(session: inout Session) -> [Effect] {
        guard run == nil else {
            session.show(Translation.text("a sweep is already running: c cancels it", session.language), tone: .warning)
            return []
        }
        let names = targetNames(session)
        guard !names.isEmpty else {
            session.show(Translation.text("no targets", session.language), tone: .warning)
            return []
        }
        let tensor = usesTensor ? session.tensorData : nil
        let focused = SweepScreen.focused(session)
        if tensor == nil, source == .focusedCodes, let problem = SweepSource.exhaustiveProblem(focused) {
            session.show(Self.exhaustiveProblem(problem, session.language), tone: .error)
            return []
        }
        let request = SweepRequest(id: nextID, source: source, focused: focused, targets: names, rounding: session.rounding, overflow: session.overflow,
                                   tensor: tensor)
        nextID += 1
        run = SweepRun(request: request)
        selected = 0
        session.show(session.language.say("sweeping \(request.sourceTitle) through \(names.count) target\(names.count == 1 ? "" : "s")…", "正在扫描 \(request.sourceTitle(session.language))，\(names.count) 个目标…"))
        return [.startSweep(request)]
    }

    /// Draws the screen.
    public func render(into buffer: inout CellBuffer, area: Rect, session: Session, context: RenderContext) {
        guard !area.isEmpty else { return }
        draw(into: &buffer, area: area, session: session, context: context)
    }
}
