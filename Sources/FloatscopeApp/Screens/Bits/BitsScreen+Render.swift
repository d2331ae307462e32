import FormatCore
import TUICore

/// Drawing the Bits screen.
extension BitsScreen {
    /// The detail panel's lines at a width: the wrapped fact lines, then the exact decimal in chunks.
    struct DetailPlan {
        var facts: [Line]
        var exactChunks: [String]
        var exactRows: Int
        var exactFirst: Int
    }

    /// Width of the labels column in front of the exact decimal.
    static let exactLabel = "exact "

    /// Plans the detail panel in `rect` (title line included).
    func detailPlan(_ rect: Rect, theme: Theme, ascii: Bool) -> DetailPlan {
        guard let detail = facts.detail else { return DetailPlan(facts: [], exactChunks: [], exactRows: 0, exactFirst: 0) }
        let width = max(1, rect.width - 2)
        var lines = detail.lines.flatMap { TextWrap.wrap($0.line(theme, ascii: ascii, language: language), width: width) }
        let bodyRows = max(0, rect.height - 1)
        let chunks = TextFit.chunks(detail.exact, width: max(1, width - BitsScreen.exactLabel.count))
        let exactRows = min(chunks.count, max(1, bodyRows - lines.count))
        if lines.count + exactRows > bodyRows { lines = Array(lines.prefix(max(0, bodyRows - exactRows))) }
        let first = max(0, min(exactScroll, chunks.count - exactRows))
        return DetailPlan(facts: lines, exactChunks: chunks, exactRows: exactRows, exactFirst: first)
    }

    /// Draws the screen.
    func draw(into buffer: inout CellBuffer, area: Rect, session: Session, context: RenderContext) {
        guard !area.isEmpty else { return }
        let layout = BitsLayout(area: area, screen: self)
        drawInput(into: &buffer, layout: layout, area: area, context: context)
        drawInfo(into: &buffer, layout: layout, area: area, context: context)
        drawHeader(into: &buffer, layout: layout, area: area, context: context)
        drawRows(into: &buffer, layout: layout, area: area, context: context)
        drawDetail(into: &buffer, layout: layout, area: area, context: context)
        if let picker { drawPicker(picker, into: &buffer, area: area, context: context) }
    }

    /// Where the terminal cursor goes: in the input line while editing.
    func cursorPosition(in area: Rect) -> Position? {
        guard isEditing, picker == nil, !area.isEmpty else { return nil }
        let layout = BitsLayout(area: area, screen: self)
        let visible = editor.visible(width: inputWidth(area))
        return Position(x: layout.inputTextX + visible.cursorColumn, y: layout.input.y)
    }

    // MARK: - Parts

    func drawInput(into buffer: inout CellBuffer, layout: BitsLayout, area: Rect, context: RenderContext) {
        let theme = context.theme, y = layout.input.y
        if isEditing { buffer.put(String(context.glyphs.pointer), x: area.x, y: y, style: theme.title, context: context) }
        buffer.put(Translation.fixedWidth(BitsLayout.inputLabel, language), x: area.x + 2, y: y, style: isEditing ? theme.title : theme.dim, context: context)
        let visible = editor.visible(width: inputWidth(area))
        let textStyle = isEditing && editor.selectsAll ? theme.text.reverse() : theme.text.bold()
        let end = layout.inputTextX + buffer.put(visible.text, x: layout.inputTextX, y: y, style: textStyle, clip: layout.input, context: context)
        let hint = isEditing ? language.say("Enter apply · Esc cancel · ? help", "Enter 确定 · Esc 取消 · ? 帮助")
            : presenting ? language.say("/ type a value · ↑↓ format · P leaves", "/ 输入数值 · ↑↓ 格式 · P 退出") : Translation.text("/ or Enter: type a value · ? help", language)
        let hintX = area.maxX - DisplayWidth.of(hint) - 1
        if hintX > end + 2 { buffer.put(hint, x: hintX, y: y, style: theme.dim, context: context) }
    }

    func drawInfo(into buffer: inout CellBuffer, layout: BitsLayout, area: Rect, context: RenderContext) {
        let theme = context.theme, y = layout.info.y
        let ellipsis = context.glyphs.ellipsis
        if let inputError {
            let text = TextFit.truncate("✗ " + inputError, width: area.width - 3, ellipsis: ellipsis)
            buffer.put(text, x: area.x + 2, y: y, style: theme.statusError, clip: layout.info, context: context)
            return
        }
        let line = facts.inputInfo.line(theme, ascii: !context.glyphs.isUnicode, language: language)
        let x = layout.inputTextX - 2
        let room = area.maxX - x - 1
        if line.width <= room {
            buffer.write(line.spans, x: x, y: y, clip: layout.info)
        } else {
            let text = TextFit.truncate(line.plainText, width: room, ellipsis: ellipsis)
            buffer.put(text, x: x, y: y, style: theme.text, clip: layout.info, context: context)
        }
    }

    private func drawHeader(into buffer: inout CellBuffer, layout: BitsLayout, area: Rect, context: RenderContext) {
        let theme = context.theme, y = layout.header.y, c = layout.columns, x0 = area.x
        let label = theme.dim
        if layout.firstRow > 0 { buffer.put(String(context.glyphs.arrowUp), x: x0, y: y, style: label, context: context) }
        buffer.put(Translation.text("format", language), x: x0 + c.name.x, y: y, style: label, context: context)
        if let format = facts.focusedFormat {
            let fields = BitFields(format)
            let offset = layout.bitsOffset(fields: fields, cursorBit: bitIndex)
            for bit in 0..<fields.bitCount {
                guard let bx = layout.x(ofBit: bit, fields: fields, offset: offset, areaX: x0) else { continue }
                let role = fields.roles[bit]
                if bit == bitIndex && picker == nil {
                    buffer.put(String(context.glyphs.arrowDown), x: bx, y: y, style: theme.cursor, context: context)
                } else {
                    buffer.put(String(role.letter), x: bx, y: y, style: role.style(in: theme), context: context)
                }
            }
        }
        if let hex = c.hex { buffer.put(Translation.text("code", language), x: x0 + hex.x, y: y, style: label, context: context) }
        buffer.put(TextFit.rightAligned(Translation.text("value", language), width: c.value.width), x: x0 + c.value.x, y: y, style: label, context: context)
        if let a = c.absoluteError { buffer.put(TextFit.rightAligned(Translation.text("abs err", language), width: a.width), x: x0 + a.x, y: y, style: label, context: context) }
        if let r = c.relativeError { buffer.put(TextFit.rightAligned(Translation.text("rel err", language), width: r.width), x: x0 + r.x, y: y, style: label, context: context) }
        buffer.put(Translation.text("status", language), x: x0 + c.status.x, y: y, style: label, clip: layout.header, context: context)
    }

    private func drawRows(into buffer: inout CellBuffer, layout: BitsLayout, area: Rect, context: RenderContext) {
        let theme = context.theme, c = layout.columns, x0 = area.x, g = context.glyphs
        for index in facts.formats.indices {
            guard let y = layout.y(ofFormat: index), facts.rows.indices.contains(index) else { continue }
            let row = facts.rows[index]
            let focused = index == facts.focus
            let rowRect = Rect(x: area.x, y: y, width: area.width, height: 1)
            if focused {
                buffer.put(String(g.pointer), x: x0, y: y, style: theme.title, context: context)
            } else if y == layout.rows.maxY - 1 && index < facts.formats.count - 1 {
                buffer.put(String(g.arrowDown), x: x0, y: y, style: theme.dim, context: context)
            }
            buffer.put(TextFit.truncate(row.format.name, width: c.name.width, ellipsis: g.ellipsis), x: x0 + c.name.x, y: y,
                       style: focused ? theme.text.bold() : theme.text, context: context)
            // Bits, coloured by field, with the cursor bit highlighted on the focused row.
            let fields = row.fields
            let offset = layout.bitsOffset(fields: fields, cursorBit: focused ? bitIndex : nil)
            for bit in 0..<fields.bitCount {
                guard let bx = layout.x(ofBit: bit, fields: fields, offset: offset, areaX: x0) else { continue }
                var style = fields.roles[bit].style(in: theme)
                if focused && bit == bitIndex && picker == nil { style = style.patched(with: theme.cursor) }
                buffer.write(fields.isSet(bit, in: row.code) ? "1" : "0", x: bx, y: y, style: style)
            }
            if offset > 0 { buffer.put(String(g.arrowLeft), x: x0 + c.bits.x, y: y, style: theme.dim, context: context) }
            if fields.displayWidth - offset > c.bits.width {
                buffer.put(String(g.arrowRight), x: x0 + c.bits.x + c.bits.width - 1, y: y, style: theme.dim, context: context)
            }
            if let hex = c.hex { buffer.put(row.hex, x: x0 + hex.x, y: y, style: theme.text, context: context) }
            buffer.put(TextFit.rightAligned(row.value.text(width: c.value.width), width: c.value.width, ellipsis: g.ellipsis), x: x0 + c.value.x, y: y,
                       style: theme.text.bold(), context: context)
            if let a = c.absoluteError {
                buffer.put(TextFit.rightAligned(row.absoluteError.text(width: a.width), width: a.width), x: x0 + a.x, y: y, style: theme.text, context: context)
            }
            if let r = c.relativeError {
                buffer.put(TextFit.rightAligned(row.relativeError.text(width: r.width), width: r.width), x: x0 + r.x, y: y, style: theme.text, context: context)
            }
            buffer.put(TextFit.truncate(Translation.text(row.badge, language), width: c.status.width, ellipsis: g.ellipsis), x: x0 + c.status.x, y: y,
                       style: row.tone.style(in: theme), clip: rowRect, context: context)
            if focused {
                // Highlight the row but not the bits, whose colours carry the fields.
                buffer.patchStyle(theme.focusedRow, in: Rect(x: x0 + 1, y: y, width: c.bits.x - 2, height: 1))
                let after = x0 + c.bits.x + c.bits.width + 1
                buffer.patchStyle(theme.focusedRow, in: Rect(x: after, y: y, width: area.maxX - after, height: 1))
            }
        }
    }

    private func drawDetail(into buffer: inout CellBuffer, layout: BitsLayout, area: Rect, context: RenderContext) {
        let rect = layout.detail
        guard rect.height > 0, let detail = facts.detail else { return }
        let theme = context.theme, g = context.glyphs
        let plan = detailPlan(rect, theme: theme, ascii: !g.isUnicode)
        buffer.drawHorizontalLine(x: rect.x, y: rect.y, length: rect.width, glyph: g.horizontal, style: theme.border)
        var scrollNote = ""
        if plan.exactChunks.count > plan.exactRows {
            let last = plan.exactFirst + plan.exactRows
            scrollNote = language.say(" exact: lines \(plan.exactFirst + 1)-\(last) of \(plan.exactChunks.count) · [ ] scroll ",
                                      " 精确值：第 \(plan.exactFirst + 1)-\(last) 行，共 \(plan.exactChunks.count) 行 · [ ] 滚动 ")
        }
        let titleRoom = rect.width - 4 - DisplayWidth.of(scrollNote)
        buffer.put(" " + TextFit.truncate(detail.title(language), width: max(1, titleRoom - 2), ellipsis: g.ellipsis) + " ",
                   x: rect.x + 2, y: rect.y, style: theme.title, context: context)
        if !scrollNote.isEmpty {
            buffer.put(scrollNote, x: rect.maxX - DisplayWidth.of(scrollNote) - 1, y: rect.y, style: theme.dim, context: context)
        }
        var y = rect.y + 1
        for line in plan.facts where y < rect.maxY {
            buffer.write(line.spans, x: rect.x + 2, y: y, clip: rect)
            y += 1
        }
        for (n, chunk) in plan.exactChunks.dropFirst(plan.exactFirst).prefix(plan.exactRows).enumerated() where y < rect.maxY {
            if n == 0 { buffer.put(Translation.fixedWidth(BitsScreen.exactLabel, language), x: rect.x + 2, y: y, style: theme.dim, context: context) }
            buffer.put(chunk, x: rect.x + 2 + BitsScreen.exactLabel.count, y: y, style: theme.text, clip: rect, context: context)
            y += 1
        }
    }

    func drawPicker(_ picker: FormatPicker, into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let theme = context.theme, g = context.glyphs
        let geometry = picker.geometry(in: area)
        let style = theme.helpOverlay
        Block(title: Line("Formats", style: style.bold()), borderStyle: style, fill: style).render(into: &buffer, area: geometry.box, context: context)
        let nameWidth = FormatPicker.entries.map(\.name.count).max() ?? 8
        for (row, index) in (geometry.first..<FormatPicker.entries.count).enumerated() where row < geometry.list.height {
            let format = FormatPicker.entries[index]
            let y = geometry.list.y + row
            let shown = facts.formats.contains(format)
            let name = format.name + String(repeating: " ", count: max(0, nameWidth - format.name.count))
            let text = "[\(shown ? "x" : " ")] \(name)  \(format.summary)"
            buffer.put(TextFit.truncate(text, width: geometry.list.width, ellipsis: g.ellipsis), x: geometry.list.x, y: y,
                       style: shown ? style.bold() : style, clip: geometry.list, context: context)
            if index == picker.selection {
                buffer.patchStyle(theme.cursor, in: Rect(x: geometry.list.x, y: y, width: geometry.list.width, height: 1))
            }
        }
        let hint = "space/Enter: add or remove · Esc: close · \(facts.formats.count) shown"
        buffer.put(TextFit.truncate(hint, width: geometry.hint.width, ellipsis: g.ellipsis), x: geometry.hint.x, y: geometry.hint.y,
                   style: style.patched(with: theme.dim), clip: geometry.hint, context: context)
    }
}
