import FormatCore
import TUICore

/// Drawing the Values screen's grid of every code (formats of 8 bits or fewer).
extension ValuesScreen {
    /// Draws the header, the grid, the selected code's detail and the legend, in a language.
    func drawGrid(into buffer: inout CellBuffer, area: Rect, context: RenderContext, language: Language) {
        func say(_ en: String, _ zh: String) -> String { language.say(en, zh) }
        let theme = context.theme, g = context.glyphs
        let layout = GridLayout(format: format, area: area, cursor: cursor)
        let facts = FormatFacts(format)
        let texts = GridCellTexts.of(format, width: layout.textWidth)
        let textWidth = layout.textWidth, cellWidth = layout.cellWidth
        let gridX = area.x + GridLayout.rowLabelWidth
        let scrolls = layout.visibleRows < layout.rows
        drawHeader(into: &buffer, area: area, context: context,
                   mode: say("\(layout.columns)×\(layout.rows) grid: row = high bits, column = low bits" + (scrolls ? " (rows scroll)" : ""),
                             "\(layout.columns)×\(layout.rows) 网格：行 = 高位，列 = 低位" + (scrolls ? "（行可滚动）" : "")))
        let headerY = area.y + 1
        for column in 0..<layout.columns {
            let label = "+" + String(column, radix: 16, uppercase: true)
            buffer.put(TextFit.rightAligned(label, width: textWidth), x: gridX + column * cellWidth, y: headerY, style: theme.dim, clip: area, context: context)
        }
        for (n, row) in (layout.firstRow..<(layout.firstRow + layout.visibleRows)).enumerated() {
            let y = headerY + 1 + n
            let first = row * layout.columns
            let label = String(first, radix: 16, uppercase: true)
            var labelText = " " + String(repeating: "0", count: max(0, 2 - label.count)) + label + "_"
            if scrolls && n == 0 && row > 0 { labelText = String(g.arrowUp) + labelText.dropFirst() }
            if scrolls && n == layout.visibleRows - 1 && row < layout.rows - 1 { labelText = String(g.arrowDown) + labelText.dropFirst() }
            buffer.put(labelText, x: area.x, y: y, style: theme.dim, context: context)
            for column in 0..<layout.columns where first + column < texts.texts.count {
                let code = UInt64(first + column)
                let value = texts.texts[Int(code)]
                // A text that does not tell its code apart is drawn cut, so it reads as incomplete.
                let clear = value.distinguishes && value.columns <= textWidth
                let cut = g.isUnicode ? "…" : ".."
                let text = clear ? value.text : String(value.text.prefix(max(0, textWidth - cut.count))) + cut
                var style = CategoryStyle(format.decode(code), maxFinite: facts.maxFinite).style(context)
                if code == cursor { style = style.patched(with: theme.cursor) }
                let x = gridX + column * cellWidth
                if code == cursor { buffer.fill(Rect(x: x - 1, y: y, width: textWidth + 1, height: 1), style: style) }
                buffer.put(TextFit.rightAligned(text, width: textWidth), x: x, y: y, style: style, clip: area, context: context)
            }
        }
        drawSelection(into: &buffer, area: area, context: context, language: language, facts: facts,
                      note: texts.unclear > 0 ? (g.isUnicode ? "…" : "..") + say(" cut: too narrow to tell from a neighbour", " 截断：太窄，无法与相邻值区分") : nil)
    }

    /// The title line: format, mode and keys (the mode in the screen's language).
    func drawHeader(into buffer: inout CellBuffer, area: Rect, context: RenderContext, mode: String) {
        let theme = context.theme
        var x = area.x + 1
        x += buffer.put(format.name, x: x, y: area.y, style: theme.title, context: context)
        x += buffer.put(" (f F)  ", x: x, y: area.y, style: theme.dim, context: context)
        buffer.put(TextFit.truncate(mode, width: max(1, area.maxX - x - 1), ellipsis: context.glyphs.ellipsis), x: x, y: area.y,
                   style: theme.text, context: context)
    }

    /// The bottom three lines: the selected code and its bits; its category and value (exact
    /// when it fits, else rounded, marked ≈, with enough digits to tell it from its neighbours);
    /// the legend.
    func drawSelection(into buffer: inout CellBuffer, area: Rect, context: RenderContext, language: Language, facts: FormatFacts, note: String? = nil) {
        let theme = context.theme
        let decoded = format.decode(cursor)
        let category = CategoryStyle(decoded, maxFinite: facts.maxFinite)
        var y = area.maxY - 3
        var x = area.x + 1
        x += buffer.put(Translation.label("code ", language), x: x, y: y, style: theme.dim, context: context)
        x += buffer.put(format.hexCode(cursor) + "  ", x: x, y: y, style: theme.text.bold(), context: context)
        let hint = Translation.text("Enter: use it · v: the shared value", language)
        let bits = format.groupedBits(cursor), bitsLabel = Translation.label("bits ", language)
        if x + DisplayWidth.of(bitsLabel) + bits.count + 2 + DisplayWidth.of(hint) < area.maxX {
            x += buffer.put(bitsLabel, x: x, y: y, style: theme.dim, context: context)
            x += buffer.put(bits + "  ", x: x, y: y, style: theme.text.bold(), context: context)
        }
        buffer.put(hint, x: x, y: y, style: theme.dim, clip: area, context: context)
        y += 1
        x = area.x + 1
        x += buffer.put(Translation.text(category.name, language) + "  ", x: x, y: y, style: category.style(context), context: context)
        let text = ValuesScreen.valueText(format: format, code: cursor, width: area.maxX - x - 3)
        buffer.put((text.isExact ? "= " : "") + text.text, x: x, y: y, style: theme.text.bold(), clip: area, context: context)
        y += 1
        let end = drawLegend(into: &buffer, x: area.x + 1, y: y, area: area, context: context, language: language)
        if let note { buffer.put(note, x: end, y: y, style: theme.dim, clip: area, context: context) }
    }

    /// A code's value in `width` columns: exact when it fits, otherwise rounded (marked ≈) to
    /// enough digits to tell it from the values next to it (at least 3 for codebook levels,
    /// whose neighbours are far apart).
    static func valueText(format: Format, code: UInt64, width: Int) -> ValueText {
        ValueText.fitted(format.decode(code).exact, width: max(1, width), minimumDigits: minimumDigits(format),
                         neighbours: neighbours(format: format, code: code))
    }

    /// The values next to a code (below and above), to tell it apart from.
    static func neighbours(format: Format, code: UInt64) -> [ExactValue] {
        [format.nextDown(code), format.nextUp(code)].compactMap { $0.map { format.decode($0).exact } }
    }

    /// Significant digits a value of the format gets at least: 3 for codebook levels, else 1.
    static func minimumDigits(_ format: Format) -> Int {
        if case .codebook = format.kind { return 3 }
        return 1
    }

    /// One sample of every category's style.
    @discardableResult
    func drawLegend(into buffer: inout CellBuffer, x start: Int, y: Int, area: Rect, context: RenderContext, language: Language) -> Int {
        var x = start
        for category in CategoryStyle.allCases {
            x += buffer.put(Translation.text(category.name, language), x: x, y: y, style: category.style(context), clip: area, context: context)
            x += buffer.put("  ", x: x, y: y, clip: area, context: context)
        }
        return x
    }
}
