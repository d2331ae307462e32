import FormatCore
import Measure
import TensorFiles
import TUICore

/// Drawing the Model screen: the header with the progress, the tensor list, and the panel.
extension ModelScreen {
    /// Rows above the list: file line, progress line, keys line.
    static let headerRows = 3

    /// The list (with its heading row) and the panel below it, inside `area`.
    static func layout(_ area: Rect, tensors: Int) -> (list: Rect, panel: Rect) {
        let rest = max(0, area.height - headerRows)
        let rows = min(max(1, tensors), max(4, rest - 14))
        let list = Rect(x: area.x, y: area.y + headerRows, width: area.width, height: min(rest, rows + 1))
        let panelTop = list.maxY
        return (list, Rect(x: area.x, y: panelTop, width: area.width, height: max(0, area.maxY - panelTop)))
    }

    /// Draws everything, or how to open a file.
    func draw(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        defer { drawPathEditor(into: &buffer, area: area, context: context) }
        guard let model else { return drawNoFile(into: &buffer, area: area, context: context) }
        let theme = context.theme, language = drawnLanguage(context)
        let file = model.file
        let params = file.tensors.reduce(0) { $0 + $1.elementCount }
        var x = area.x + 1
        x += buffer.put(language.say("model ", "模型 "), x: x, y: area.y, style: theme.dim, context: context)
        x += buffer.put(model.title, x: x, y: area.y, style: theme.title, clip: area, context: context)
        let tensors = file.tensors.count, parameters = TensorData.grouped(params)
        buffer.put(language.say("  \(file.kind.rawValue) · \(tensors) tensors · \(parameters) parameters", "  \(file.kind.rawValue) · \(tensors) 个张量 · \(parameters) 个参数"),
                   x: x, y: area.y, style: theme.dim, clip: area, context: context)
        drawProgress(into: &buffer, x: area.x + 1, y: area.y + 1, width: area.width - 2, context: context)
        let keys = language.say("format \(chosenName) (f F) · sort \(sort.title) (s) · ↑↓ tensor · h \(showsHeatmap ? "histogram" : "heatmap")", "格式 \(chosenName) (f F) · 排序 \(sort.title(language)) (s) · ↑↓ 张量 · h \(showsHeatmap ? "直方图" : "热图")")
        buffer.put(keys, x: area.x + 1, y: area.y + 2, style: theme.dim, clip: area, context: context)
        let (list, panel) = Self.layout(area, tensors: file.tensors.count)
        drawList(into: &buffer, area: list, context: context)
        guard panel.height >= 4 else { return }
        if showsHeatmap {
            drawHeatmap(into: &buffer, area: panel, context: context)
        } else {
            drawPanel(into: &buffer, area: panel, context: context)
        }
    }

    /// The path line of `o`, over the screen's first row.
    func drawPathEditor(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        guard let pathEditor, !area.isEmpty else { return }
        let theme = context.theme, prompt = Self.openPrompt(drawnLanguage(context))
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(row, with: Cell(" ", style: theme.text))
        let x = area.x + 1 + buffer.put(prompt, x: area.x + 1, y: area.y, style: theme.title, clip: area, context: context)
        let visible = pathEditor.visible(width: max(1, area.width - DisplayWidth.of(prompt) - 2))
        buffer.put(visible.text, x: x, y: area.y, style: theme.text, clip: area, context: context)
    }

    /// Without a file: how to open one.
    func drawNoFile(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let theme = context.theme
        if drawnLanguage(context) == .zh {
            return buffer.putParagraphs(noFileChinese(theme), in: area, fromRow: area.y + 1, context: context)
        }
        let lines: [(String, Style)] = [
            ("No model file is open. Press o and type its path to open one here.", theme.title),
            ("", theme.text),
            ("Start floatscope with one to measure its tensors here, in the background:", theme.text),
            ("  floatscope model.gguf", theme.text),
            ("  floatscope model.safetensors", theme.text),
            ("  floatscope tui --model shard-1.safetensors --model shard-2.safetensors", theme.text),
            ("", theme.text),
            ("Each tensor is measured against \(candidates.joined(separator: ", ")): its SQNR, its outliers beyond 6 std, "
                + "and its histogram of log2|x| under the ranges of fp16, bf16, e4m3fn and e5m2.", theme.dim),
            ("Without the app: floatscope model FILE prints the same figures as a table (--json, --csv).", theme.dim),
        ]
        buffer.putParagraphs(lines, in: area, fromRow: area.y + 1, context: context)
    }

    /// Without a file, in Chinese: how to open one.
    func noFileChinese(_ theme: Theme) -> [(String, Style)] {
        [
            ("没有打开模型文件。按 o 并输入路径，即可在这里打开。", theme.title),
            ("", theme.text),
            ("启动 floatscope 时带上模型文件，就会在后台测量它的张量并显示在这里：", theme.text),
            ("  floatscope 模型.gguf", theme.text),
            ("  floatscope 模型.safetensors", theme.text),
            ("  floatscope tui --model 分片-1.safetensors --model 分片-2.safetensors", theme.text),
            ("", theme.text),
            ("每个张量都用 \(candidates.joined(separator: "、")) 测量：它的 SQNR、超过 6 个标准差的离群值，"
                + "以及 log2|x| 的直方图，下面画出 fp16、bf16、e4m3fn 和 e5m2 的范围。", theme.dim),
            ("不进入界面：floatscope model 文件 以表格输出同样的数字（--json、--csv）。", theme.dim),
        ]
    }

    /// The progress bar while measuring, else what the measurement did.
    func drawProgress(into buffer: inout CellBuffer, x: Int, y: Int, width: Int, context: RenderContext) {
        let theme = context.theme, g = context.glyphs, language = drawnLanguage(context)
        let clip = Rect(x: x, y: y, width: width, height: 1)
        guard let run else {
            buffer.put(language.say("waiting to measure", "等待测量"), x: x, y: y, style: theme.dim, clip: clip, context: context)
            return
        }
        let counted = language.say("\(reportedCount)/\(reports.count) tensors", "\(reportedCount)/\(reports.count) 个张量")
        if run.ended {
            let time = SweepScreen.duration(run.elapsed)
            if let problem = run.problem {
                buffer.put(language.say("stopped (\(problem)) after \(time): \(counted) measured", "已停止（\(Self.problemText(problem, language))），用时 \(time)：已测量 \(counted)"),
                           x: x, y: y, style: theme.statusWarn, clip: clip, context: context)
            } else {
                buffer.put(language.say("measured \(counted) against \(candidates.count) formats in \(time)", "已用 \(candidates.count) 种格式测量 \(counted)，用时 \(time)"),
                           x: x, y: y, style: theme.statusOK, clip: clip, context: context)
            }
            return
        }
        let barWidth = max(10, min(30, width / 3))
        let filled = Int((run.fraction * Double(barWidth)).rounded(.down))
        var column = x
        column += buffer.put("[", x: column, y: y, style: theme.dim, context: context)
        column += buffer.put(String(repeating: g.blockFull, count: filled), x: column, y: y, style: theme.statusOK, context: context)
        column += buffer.put(String(repeating: g.shadeLight, count: barWidth - filled), x: column, y: y, style: theme.dim, context: context)
        column += buffer.put("] ", x: column, y: y, style: theme.dim, context: context)
        // Whole percent done, rounded down (never 100% before the end).
        let percent = Int((run.fraction * 100).rounded(.down))
        var text = language.say("\(percent)%  measuring \(counted)  ", "\(percent)%  正在测量 \(counted)  ") + SweepScreen.duration(run.elapsed)
        if run.done > 0, run.elapsed > 0, run.total > run.done {
            let left = SweepScreen.duration(run.elapsed * Double(run.total - run.done) / Double(run.done))
            text += language.say("  \(left) left", "  还剩 \(left)")
        }
        buffer.put(text, x: column, y: y, style: theme.text, clip: clip, context: context)
    }

    /// The list's columns after the name: title and width.
    static let columns: [(String, Int)] = [("shape", 13), ("type", 6), ("params", 10), ("SQNR dB", 10), (">6sd", 10)]

    /// One row per tensor in the chosen order, the selected one kept in view.
    func drawList(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        guard area.height >= 2 else { return }
        let theme = context.theme, language = drawnLanguage(context)
        let fixed = Self.columns.reduce(0) { $0 + $1.1 }
        let nameWidth = max(8, area.width - 2 - fixed - 1)
        var heading = "  " + pad(Translation.text("tensor", language), nameWidth, left: true)
        for (i, (title, width)) in Self.columns.enumerated() {
            heading += pad(sortMark(i, Translation.text(title, language), context: context), width)
        }
        buffer.put(heading, x: area.x, y: area.y, style: theme.dim, clip: area, context: context)
        let rows = sortedRows
        let visible = area.height - 1
        let focus = rows.isEmpty ? -1 : min(max(0, selected), rows.count - 1)
        let top = Self.firstShown(focus: focus, rows: rows.count, visible: visible)
        for (line, position) in (top..<min(rows.count, top + visible)).enumerated() {
            let index = rows[position], tensor = tensors[index]
            let cells = [
                pad(Self.clipped(tensor.name, nameWidth - 1), nameWidth, left: true),
                pad(Self.clipped(Self.shapeText(tensor.shape, language), 12), 13),
                pad(Self.clipped(tensor.storedType, 5), 6),
                pad(Self.count(tensor.elementCount, width: 9), 10),
                pad(sqnrText(index, width: 9), 10),
                pad(outlierText(index, width: 9), 10),
            ]
            let isSelected = position == focus
            let pointer = isSelected ? String(context.glyphs.pointer) + " " : "  "
            let style = isSelected ? theme.focusedRow : reports[index] == nil ? theme.dim : theme.text
            buffer.put(pointer + cells.joined(), x: area.x, y: area.y + 1 + line, style: style, clip: area, context: context)
        }
    }

    /// The first list position shown in `visible` rows: the selected one kept near the middle.
    static func firstShown(focus: Int, rows: Int, visible: Int) -> Int {
        max(0, min(focus - visible / 2, rows - visible))
    }

    /// A column title with the sort arrow when the list is sorted by it.
    func sortMark(_ column: Int, _ title: String, context: RenderContext) -> String {
        let sorted = (sort == .size && column == 2) || (sort == .error && column == 3) || (sort == .outliers && column == 4)
        return sorted ? title + String(context.glyphs.arrowDown) : title
    }

    /// The chosen format's SQNR of a tensor: `…` while waiting, `n/a` when the format does not apply
    /// or the tensor could not be read, `inf` without error.
    func sqnrText(_ index: Int, width: Int) -> String {
        guard let report = reports[index] else { return "…" }
        guard report.measurement != nil, let outcome = outcome(index) else { return "n/a" }
        guard let figures = outcome.figures else { return "n/a" }
        guard let sqnr = figures.sqnr else { return "-" }
        return SweepScreen.number(sqnr, digits: 3, width: width)
    }

    /// The share of a tensor's values beyond 6σ, as a percentage.
    func outlierText(_ index: Int, width: Int) -> String {
        guard let report = reports[index] else { return "…" }
        guard let s = report.measurement?.statistics else { return "n/a" }
        return SweepScreen.percent(UInt64(s.beyondSixSigma), of: UInt64(s.count), width: width, digits: 2)
    }

    /// `text` right-aligned (or left-aligned) in `width` columns; a right-aligned text too wide for
    /// them still gets one space before it, so that columns never run together.
    func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let w = DisplayWidth.of(text)
        guard w < width else { return left ? text : " " + text }
        let fill = String(repeating: " ", count: width - w)
        return left ? text + fill : fill + text
    }

    /// `text` cut to `width` columns with `…` at the end when longer.
    static func clipped(_ text: String, _ width: Int) -> String {
        guard text.count > width, width > 1 else { return text }
        return String(text.prefix(width - 1)) + "…"
    }

    /// A shape as `64×32` (a scalar as `scalar`, in Chinese `标量`).
    static func shapeText(_ shape: [Int], _ language: Language = .en) -> String {
        shape.isEmpty ? language.say("scalar", "标量") : shape.map(String.init).joined(separator: "×")
    }

    /// The language the screen is drawn in: the session's, English where the terminal draws ASCII
    /// only (Chinese characters have no ASCII stand-ins).
    func drawnLanguage(_ context: RenderContext) -> Language {
        context.glyphs.isUnicode ? language : .en
    }

    /// Why a measurement stopped, in a language (`cancelled` translated; other problems come from
    /// the file as they are).
    static func problemText(_ problem: String, _ language: Language) -> String {
        problem == "cancelled" ? language.say(problem, "已取消") : problem
    }

    /// A count: exact with thousands separators when that fits `width` columns, else exact without
    /// them, else rounded with an SI prefix and marked ≈.
    static func count(_ n: Int, width: Int) -> String {
        let grouped = TensorData.grouped(n), exact = String(n)
        if grouped.count <= width { return grouped }
        return exact.count <= width ? exact : ValueText.roundedMark + CompactNumber.text(Double(n), width: width - 1)
    }
}
