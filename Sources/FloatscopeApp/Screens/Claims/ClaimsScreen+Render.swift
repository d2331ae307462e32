import Claims
import TUICore

/// Drawing the Claims screen: the list with verdicts, then the selected claim's explanation and its
/// figures in two columns laid out by display width (Chinese characters take two columns).
extension ClaimsScreen {
    /// The style of a verdict.
    static func style(_ verdict: Verdict, _ theme: Theme) -> Style {
        switch verdict {
        case .correct: theme.statusOK
        case .partly: theme.statusWarn
        case .incorrect, .backwards: theme.statusError
        }
    }

    /// `text` padded with spaces to `width` display columns.
    static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    /// Draws the header, the list, the explanation and the figures, top to bottom; what does not fit is left out at the bottom.
    func draw(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let theme = context.theme
        // ASCII-only terminals cannot draw Chinese: English there.
        let language = context.glyphs.isUnicode ? self.language : .en
        let zh = language == .zh
        let x0 = area.x + 1
        var y = area.y
        var x = x0
        x += buffer.put(zh ? "常见说法" : "Claims", x: x, y: y, style: theme.title, context: context)
        let parts = zh ? ["  结论和依据数字均为当场计算", " · ↑↓ 选择", " · l English"]
            : ["  circulating statements, verdicts and figures computed now", " · ↑↓: claim", " · l: 中文"]
        for part in parts {
            guard x + DisplayWidth.of(part) <= area.maxX else { break }
            x += buffer.put(part, x: x, y: y, style: theme.dim, clip: area, context: context)
        }
        y += 2
        let checks = Self.checks
        if case .failure(let error) = Self.result {
            buffer.putParagraphs([(error.description, theme.statusError)], in: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y), fromRow: y, context: context)
            return
        }
        // The list: number, statement, verdict in a column after the longest statement.
        let statements = checks.map { $0.statement(language) }
        let statementWidth = min(statements.map { DisplayWidth.of($0) }.max() ?? 0, max(area.width - 20, 10))
        for (i, c) in checks.enumerated() where y < area.maxY {
            let marker = i == selected ? "▶" : " "
            let rowStyle = i == selected ? theme.focusedRow : theme.text
            let number = i + 1 < 10 ? " \(i + 1)" : "\(i + 1)"
            var cx = x0
            cx += buffer.put("\(marker)\(number)  ", x: cx, y: y, style: rowStyle, clip: area, context: context)
            let statementArea = Rect(x: cx, y: y, width: min(statementWidth, max(area.maxX - cx, 0)), height: 1)
            buffer.put(Self.padded(statements[i], statementWidth), x: cx, y: y, style: rowStyle, clip: statementArea.intersection(area), context: context)
            cx += statementWidth + 2
            buffer.put(c.verdict.word(language), x: cx, y: y, style: Self.style(c.verdict, theme), clip: area, context: context)
            y += 1
        }
        guard checks.indices.contains(selected), y + 2 < area.maxY else { return }
        let c = checks[selected]
        y += 1
        // The explanation, wrapped.
        let line = Line([Span(c.verdict.word(language) + (zh ? "：" : ": "), style: Self.style(c.verdict, theme)),
                         Span(c.explanation(language), style: theme.text)])
        for chunk in TextWrap.wrap(line, width: area.width - 2) where y < area.maxY {
            buffer.put(chunk.spans, x: x0, y: y, clip: area, context: context)
            y += 1
        }
        y += 1
        // The figures: label and value columns.
        let labels = c.figures.map { $0.label(language) + ($0.isQuoted ? (zh ? "（引述）" : " (quoted)") : "") }
        let labelWidth = min(labels.map { DisplayWidth.of($0) }.max() ?? 0, max(area.width / 2, 10))
        if y < area.maxY {
            buffer.put(Self.padded(zh ? "依据" : "figure", labelWidth) + "  " + (zh ? "数值" : "value"), x: x0, y: y, style: theme.dim, clip: area, context: context)
            y += 1
        }
        for (f, label) in zip(c.figures, labels) where y < area.maxY {
            let labelArea = Rect(x: x0, y: y, width: labelWidth, height: 1).intersection(area)
            buffer.put(label, x: x0, y: y, style: theme.dim, clip: labelArea, context: context)
            buffer.put(f.text(language), x: x0 + labelWidth + 2, y: y, style: theme.text, clip: area, context: context)
            y += 1
        }
    }
}
