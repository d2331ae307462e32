import TensorFiles
import TUICore

extension ModelScreen: Screen {
    /// The Model screen's registry entry.
    public static let id = ScreenID.model

    /// Selection, sort, format, heatmap, cancel and use-as-data keys; the wheel moves the selection and a click
    /// on a row selects it.
    public mutating func handle(_ message: Message, in area: Rect, session: inout Session) -> [Effect]? {
        if case .mouse(let event) = message { return handleMouse(event, in: area) }
        guard case .key(let key) = message else { return nil }
        if var editor = pathEditor {
            switch key {
            case .escape:
                pathEditor = nil
                session.show("open cancelled")
            case .enter:
                pathEditor = nil
                let path = editor.text.trimmingSpaces()
                guard !path.isEmpty else {
                    session.show("no file named", tone: .warning)
                    return []
                }
                session.show("opening \(path)…")
                return [.openModel([path])]
            default:
                if !editor.handle(key) { return [] }
                pathEditor = editor
            }
            return []
        }
        if key == .character("o", modifiers: []) {
            pathEditor = LineEditor()
            session.show("type a model file's path (safetensors, index.json, GGUF, npy, npz); Enter opens, Esc cancels")
            return []
        }
        guard model != nil else {
            switch key {
            case .up, .down, .pageUp, .pageDown, .home, .end, .character("s", modifiers: []), .character("f", modifiers: []),
                 .character("F", modifiers: []), .character("h", modifiers: []), .character("c", modifiers: []),
                 .character("u", modifiers: []):
                session.show("no model file: press o to open one, or start floatscope with one (floatscope FILE.gguf)", tone: .warning)
                return []
            default: return nil
            }
        }
        let count = tensors.count
        let page = max(1, ModelScreen.layout(area, tensors: count).list.height - 1)
        switch key {
        case .up, .character("k", modifiers: []): selected = max(0, selected - 1)
        case .down, .character("j", modifiers: []): selected = min(max(0, count - 1), selected + 1)
        case .pageUp: selected = max(0, selected - page)
        case .pageDown: selected = min(max(0, count - 1), selected + page)
        case .home: selected = 0
        case .end: selected = max(0, count - 1)
        case .character("s", modifiers: []):
            let tensor = selectedTensor
            sort = sort.next
            keepSelection(on: tensor)
            session.show("sorted by \(sort.title)\(sort == .error ? " in \(chosenName)" : "")")
        case .character("f", modifiers: []), .character("F", modifiers: []):
            let step = key == .character("f", modifiers: []) ? 1 : candidates.count - 1
            let tensor = selectedTensor
            chosen = (chosen + step) % candidates.count
            keepSelection(on: tensor)
            session.show("figures in \(chosenName)")
        case .character("h", modifiers: []):
            showsHeatmap.toggle()
            session.show(showsHeatmap ? "heatmap: layer × tensor kind, SQNR in \(chosenName)" : "histogram of log2|x| of the selected tensor")
        case .character("c", modifiers: []):
            guard let current = run, !current.ended else {
                session.show("no measurement running")
                return []
            }
            session.show("cancelling the measurement…", tone: .warning)
            return [.cancelModelMeasurement(current.id)]
        case .character("u", modifiers: []): return useSelectedTensor(session: &session)
        case .character("U", modifiers: []):
            if let data = session.tensorData {
                session.tensorData = nil
                session.show("forgot \(data.title): Sweep, Blocks and NF4 use their own data again")
            } else {
                session.show("no tensor data to forget (u takes the selected tensor)")
            }
        default: return nil
        }
        return []
    }

    /// Asks the runner to read the selected tensor's values (the first `TensorData.limit` at most)
    /// in the background; `Message.tensorDataRead` makes them the data of the Sweep, Blocks and NF4
    /// screens, or says why it cannot.
    mutating func useSelectedTensor(session: inout Session) -> [Effect] {
        guard let model, let index = selectedTensor else {
            session.show("no tensor selected", tone: .warning)
            return []
        }
        let tensor = tensors[index]
        session.show("reading \(tensor.name)…")
        return [.readTensorData(model, tensor)]
    }

    /// The wheel over the screen moves the selection; a press on a list row selects its tensor.
    mutating func handleMouse(_ event: MouseEvent, in area: Rect) -> [Effect]? {
        let count = tensors.count
        guard model != nil, count > 0 else { return nil }
        switch event.kind {
        case .wheelUp: selected = max(0, selected - 1)
        case .wheelDown: selected = min(count - 1, selected + 1)
        case .press:
            let list = ModelScreen.layout(area, tensors: count).list
            let line = event.y - list.y - 1
            guard line >= 0, event.y < list.maxY else { return nil }
            let focus = min(max(0, selected), count - 1)
            let position = ModelScreen.firstShown(focus: focus, rows: count, visible: list.height - 1) + line
            guard position < count else { return nil }
            selected = position
        case .release: return nil
        }
        return []
    }

    /// Draws the screen.
    public func render(into buffer: inout CellBuffer, area: Rect, session: Session, context: RenderContext) {
        guard !area.isEmpty else { return }
        draw(into: &buffer, area: area, context: context)
    }

    /// While a path is typed after `o`, the cursor stands in it on the screen's first row.
    public func cursor(in area: Rect, session: Session) -> Position? {
        guard let pathEditor, !area.isEmpty else { return nil }
        let prompt = Self.openPrompt.count
        let visible = pathEditor.visible(width: max(1, area.width - prompt - 2))
        return Position(x: area.x + 1 + prompt + visible.cursorColumn, y: area.y)
    }

    /// The prompt of the path line.
    static let openPrompt = "open model file: "
}
