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
        let language = session.language
        func say(_ en: String, _ zh: String) -> String { language.say(en, zh) }
        if var editor = pathEditor {
            switch key {
            case .escape:
                pathEditor = nil
                session.show(say("open cancelled", "已取消打开"))
            case .enter:
                pathEditor = nil
                let path = editor.text.trimmingSpaces()
                guard !path.isEmpty else {
                    session.show(say("no file named", "没有输入文件路径"), tone: .warning)
                    return []
                }
                session.show(say("opening \(path)…", "正在打开 \(path)…"))
                return [.openModel([path])]
            default:
                if !editor.handle(key) { return [] }
                pathEditor = editor
            }
            return []
        }
        if key == .character("o", modifiers: []) {
            pathEditor = LineEditor()
            session.show(say("type a model file's path (safetensors, index.json, GGUF, npy, npz); Enter opens, Esc cancels",
                             "输入模型文件路径（safetensors、index.json、GGUF、npy、npz）；Enter 打开，Esc 取消"))
            return []
        }
        guard model != nil else {
            switch key {
            case .up, .down, .pageUp, .pageDown, .home, .end, .character("s", modifiers: []), .character("f", modifiers: []),
                 .character("F", modifiers: []), .character("h", modifiers: []), .character("c", modifiers: []),
                 .character("u", modifiers: []):
                session.show(say("no model file: press o to open one, or start floatscope with one (floatscope FILE.gguf)",
                                 "没有模型文件：按 o 打开，或启动时带上文件（floatscope 文件.gguf）"), tone: .warning)
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
            session.show(say("sorted by \(sort.title)\(sort == .error ? " in \(chosenName)" : "")",
                             "按\(sort.title(language))排序\(sort == .error ? "（\(chosenName) 格式）" : "")"))
        case .character("f", modifiers: []), .character("F", modifiers: []):
            let step = key == .character("f", modifiers: []) ? 1 : candidates.count - 1
            let tensor = selectedTensor
            chosen = (chosen + step) % candidates.count
            keepSelection(on: tensor)
            session.show(say("figures in \(chosenName)", "显示 \(chosenName) 格式的数字"))
        case .character("h", modifiers: []):
            showsHeatmap.toggle()
            session.show(showsHeatmap ? say("heatmap: layer × tensor kind, SQNR in \(chosenName)", "热图：层 × 张量类型，\(chosenName) 格式的 SQNR")
                                      : say("histogram of log2|x| of the selected tensor", "所选张量的 log2|x| 直方图"))
        case .character("c", modifiers: []):
            guard let current = run, !current.ended else {
                session.show(say("no measurement running", "没有正在进行的测量"))
                return []
            }
            session.show(say("cancelling the measurement…", "正在取消测量…"), tone: .warning)
            return [.cancelModelMeasurement(current.id)]
        case .character("u", modifiers: []): return useSelectedTensor(session: &session)
        case .character("U", modifiers: []):
            if let data = session.tensorData {
                session.tensorData = nil
                session.show(say("forgot \(data.title): Sweep, Blocks and NF4 use their own data again",
                                 "不再使用\(data.title(language))：扫描、块和 NF4 画面改回各自的数据"))
            } else {
                session.show(say("no tensor data to forget (u takes the selected tensor)", "没有可放下的张量数据（u 取用所选张量）"))
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
            session.show(session.language.say("no tensor selected", "没有选中的张量"), tone: .warning)
            return []
        }
        let tensor = tensors[index]
        session.show(session.language.say("reading \(tensor.name)…", "正在读取 \(tensor.name)…"))
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

    /// Takes the session's language.
    public mutating func refresh(session: Session) {
        language = session.language
    }

    /// Draws the screen.
    public func render(into buffer: inout CellBuffer, area: Rect, session: Session, context: RenderContext) {
        guard !area.isEmpty else { return }
        draw(into: &buffer, area: area, context: context)
    }

    /// While a path is typed after `o`, the cursor stands in it on the screen's first row.
    public func cursor(in area: Rect, session: Session) -> Position? {
        guard let pathEditor, !area.isEmpty else { return nil }
        let prompt = DisplayWidth.of(Self.openPrompt)
        let visible = pathEditor.visible(width: max(1, area.width - prompt - 2))
        return Position(x: area.x + 1 + prompt + visible.cursorColumn, y: area.y)
    }

    /// The status message when a tensor's values became the data of Sweep and Blocks.
    static func dataMessage(_ data: TensorData, _ language: Language) -> String {
        language.say("data: \(data.title) for Sweep (f) and Blocks (d)\(data.isCut ? ", cut" : "")", "数据：\(data.title(language))，用于扫描 (f) 和块 (d)\(data.isCut ? "，已截断" : "")")
    }

    /// The status message when a model file was opened (its files' names and its tensors).
    static func openedMessage(_ handle: ModelHandle, _ language: Language) -> String {
        let names = handle.file.paths.map { $0.split(separator: "/").last.map(String.init) ?? $0 }.joined(separator: ", ")
        return language.say("opened \(names): \(handle.file.tensors.count) tensors", "已打开 \(names)：\(handle.file.tensors.count) 个张量")
    }

    /// The status message when a model file could not be opened (the reason as the file layer gives it).
    static func openFailedMessage(_ problem: String?, _ language: Language) -> String {
        language.say("cannot open the model: \(problem ?? "unknown reason")", "无法打开模型：\(problem ?? "原因不明")")
    }

    /// The prompt of the path line.
    static let openPrompt = "open model file: "

    /// The prompt of the path line in a language, as wide as the English one (so that the cursor
    /// stands where the path is drawn in either language).
    static func openPrompt(_ language: Language) -> String { language.say(openPrompt, "打开模型文件：   ") }
}
