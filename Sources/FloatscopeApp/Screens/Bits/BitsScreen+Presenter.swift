import FormatCore
import TUICore

/// The Bits screen in presenter mode: the focused format's value and bits in big glyphs.
///
/// Top: the input line and its exact value, as on the normal screen (typing works the same).
/// Then the format and status, the value as stored in big glyphs (exact when its big glyphs fit
/// the width, else rounded and marked with a big ≈, with the exact decimal under it when that
/// fits), the bits in big glyphs coloured by field with the fields named under them, and as many
/// of the detail lines as fit. Formats whose big bits do not fit (fp32, fp64) show the code in
/// big hex when it fits, and the bits in ordinary bold text coloured by field. Bottom: the
/// formats, the focused one marked (↑ ↓ change it).
extension BitsScreen {
    /// Columns kept free at the left and right.
    static let presenterMargin = 1

    /// Draws the presenter view.
    func drawPresenter(into buffer: inout CellBuffer, area: Rect, session: Session, context: RenderContext) {
        guard !area.isEmpty else { return }
        let layout = BitsLayout(area: area, screen: self)
        drawInput(into: &buffer, layout: layout, area: area, context: context)
        drawInfo(into: &buffer, layout: layout, area: area, context: context)
        let body = area.inset(top: 2, left: BitsScreen.presenterMargin, bottom: 1, right: BitsScreen.presenterMargin)
        if let row = facts.rows.indices.contains(facts.focus) ? facts.rows[facts.focus] : nil {
            let blocks = presenterBlocks(row: row, width: body.width, height: body.height, context: context)
            let height = blocks.reduce(0) { $0 + $1.height }
            var y = body.y + max(0, (body.height - height) / 2)
            for block in blocks where y + block.height <= body.maxY {
                block.draw(&buffer, Rect(x: body.x, y: y, width: body.width, height: block.height))
                y += block.height
            }
        }
        drawFormatStrip(into: &buffer, area: area.splitBottom(1).bottom, context: context)
        if let picker { drawPicker(picker, into: &buffer, area: area, context: context) }
    }

    /// A horizontal band of the presenter view: its height and how to draw it in a rect.
    struct PresenterBlock {
        var height: Int
        var draw: (inout CellBuffer, Rect) -> Void
    }

    /// The bands of the view for a row, top to bottom; the detail lines last, as many as the
    /// caller has room for.
    func presenterBlocks(row: RowFacts, width: Int, height: Int, context: RenderContext) -> [PresenterBlock] {
        let theme = context.theme, g = context.glyphs, ascii = !g.isUnicode
        var blocks: [PresenterBlock] = []
        let blank = PresenterBlock(height: 1) { _, _ in }
        // Format and status.
        let badge = " " + Translation.text(row.badge, language) + " "
        let title = facts.detail?.title(language) ?? row.format.name
        blocks.append(PresenterBlock(height: 1) { buffer, rect in
            let room = max(1, rect.width - DisplayWidth.of(badge) - 1)
            buffer.put(TextFit.truncate(title, width: room, ellipsis: g.ellipsis), x: rect.x, y: rect.y, style: theme.title, context: context)
            buffer.put(badge, x: rect.maxX - DisplayWidth.of(badge), y: rect.y, style: row.tone.style(in: theme).bold(), context: context)
        })
        blocks.append(blank)
        // The value.
        let exact = facts.detail?.exact
        if let big = BigValueText(row.value, maxWidth: RowFacts.valueWidth, room: width) {
            blocks.append(PresenterBlock(height: BigFont.height) { buffer, rect in
                BigText(big.text, style: theme.text.bold(), alignment: .center).render(into: &buffer, area: rect, context: context)
            })
            let note: String
            if big.isExact {
                note = language.say("= the exact value of \(row.format.name) code \(row.hex)", "= \(row.format.name) 编码 \(row.hex) 的精确值")
            } else if let exact, DisplayWidth.of(language.say("≈ rounded; exact ", "≈ 已舍入；精确值 ") + exact) <= width {
                note = language.say("≈ rounded; exact ", "≈ 已舍入；精确值 ") + exact
            } else {
                note = language.say("≈ rounded to fit; P leaves presenter mode for the exact decimal", "≈ 为显示而舍入；按 P 退出演示模式可看精确十进制")
            }
            blocks.append(PresenterBlock(height: 1) { buffer, rect in
                buffer.put(TextFit.truncate(note, width: rect.width, ellipsis: g.ellipsis), x: rect.x + max(0, (rect.width - DisplayWidth.of(note)) / 2),
                           y: rect.y, style: theme.text.bold(), context: context)
            })
        } else {
            // No text fits in big glyphs: the value column's text for the width, in bold.
            let text = row.value.text(width: width)
            blocks.append(PresenterBlock(height: 1) { buffer, rect in
                buffer.put(text, x: rect.x + max(0, (rect.width - DisplayWidth.of(text)) / 2), y: rect.y, style: theme.text.bold(), context: context)
            })
        }
        blocks.append(blank)
        let above = blocks.reduce(0) { $0 + $1.height }
        blocks += bitBlocks(row: row, width: width, height: height - above, context: context)
        // The detail lines, wrapped, in the rows left.
        let lines = (facts.detail?.lines ?? []).flatMap { TextWrap.wrap($0.line(theme, ascii: ascii, language: language), width: max(1, width)) }
        if !lines.isEmpty { blocks.append(blank) }
        for line in lines {
            blocks.append(PresenterBlock(height: 1) { buffer, rect in
                buffer.write(line.spans, x: rect.x, y: rect.y, clip: rect)
            })
        }
        return blocks
    }

    /// The bits: big and grouped by field with the fields named under them, on one line or with
    /// whole fields wrapped onto more lines (fp32 at 120 columns) when they fit in `width` x
    /// `height`; else the code in big hex (when that fits) over the bits in ordinary bold text.
    func bitBlocks(row: RowFacts, width: Int, height: Int, context: RenderContext) -> [PresenterBlock] {
        let theme = context.theme, g = context.glyphs
        let fields = row.fields
        // One span per field, with its width in big glyphs.
        var parts: [(span: Span, role: BitRole, width: Int)] = []
        var bit = 0
        for field in fields.fields {
            let text = String((bit..<bit + field.width).map { fields.isSet($0, in: row.code) ? "1" : "0" })
            parts.append((Span(text, style: field.role.bigStyle(in: theme)), field.role, BigText.width(of: text, narrow: true) ?? .max))
            bit += field.width
        }
        // Whole fields packed into lines, a blank glyph between fields on a line.
        let separator = Span(" ")
        let separatorWidth = (BigText.width(of: " ") ?? 2) + 2 * BigFont.spacing
        var lines: [[Int]] = [], lineWidth = 0
        for (index, part) in parts.enumerated() {
            if let last = lines.indices.last, lineWidth + separatorWidth + part.width <= width {
                lines[last].append(index)
                lineWidth += separatorWidth + part.width
            } else {
                lines.append([index])
                lineWidth = part.width
            }
        }
        let bigFits = parts.allSatisfy { $0.width <= width } && lines.count * (BigFont.height + 1) <= height
        if bigFits {
            var blocks: [PresenterBlock] = []
            for line in lines {
                var spans: [Span] = []
                for (n, index) in line.enumerated() {
                    if n > 0 { spans.append(separator) }
                    spans.append(parts[index].span)
                }
                let big = BigText(spans: spans, alignment: .center, narrow: true)
                let bigWidth = big.width ?? 0
                // Field names centred under their bands (the letter when the name is wider).
                var labels: [(x: Int, text: String)] = []
                var x = (width - bigWidth) / 2
                for index in line {
                    let part = parts[index]
                    let roleName = Translation.text(part.role.name, language)
                    let name = DisplayWidth.of(roleName) <= part.width ? roleName : String(part.role.letter)
                    labels.append((x + (part.width - DisplayWidth.of(name)) / 2, name))
                    x += part.width + separatorWidth
                }
                blocks.append(PresenterBlock(height: BigFont.height) { buffer, rect in big.render(into: &buffer, area: rect, context: context) })
                blocks.append(PresenterBlock(height: 1) { buffer, rect in
                    for label in labels { buffer.put(label.text, x: rect.x + label.x, y: rect.y, style: theme.text.bold(), clip: rect, context: context) }
                })
            }
            return blocks
        }
        var blocks: [PresenterBlock] = []
        let hex = BigText(row.hex, style: theme.text.bold(), alignment: .center)
        if let hexWidth = hex.width, hexWidth <= width {
            blocks.append(PresenterBlock(height: BigFont.height) { buffer, rect in hex.render(into: &buffer, area: rect, context: context) })
            blocks.append(PresenterBlock(height: 1) { buffer, rect in
                let label = language.say("code in hex (\(row.format.bitWidth) bits: too wide for big bits)",
                                         "十六进制编码（\(row.format.bitWidth) 位：太宽，无法逐位放大显示）")
                buffer.put(TextFit.truncate(label, width: rect.width, ellipsis: g.ellipsis), x: rect.x + max(0, (rect.width - DisplayWidth.of(label)) / 2),
                           y: rect.y, style: theme.text.bold(), context: context)
            })
        }
        // The letters and the bits in ordinary text, bold, coloured by field.
        let letters = fields.letters
        let bitsWidth = fields.displayWidth
        blocks.append(PresenterBlock(height: 2) { buffer, rect in
            let x0 = rect.x + max(0, (rect.width - bitsWidth) / 2)
            for index in 0..<fields.bitCount {
                let x = x0 + fields.columns[index]
                let style = fields.roles[index].style(in: theme).bold()
                buffer.put(String(letters[letters.index(letters.startIndex, offsetBy: x - x0)]), x: x, y: rect.y, style: theme.text.bold(), clip: rect, context: context)
                buffer.put(fields.isSet(index, in: row.code) ? "1" : "0", x: x, y: rect.y + 1, style: style, clip: rect, context: context)
            }
        })
        return blocks
    }

    /// The formats in one line, the focused one marked, with the keys that change it.
    func drawFormatStrip(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let theme = context.theme
        var x = area.x + 1
        x += buffer.put("\(context.glyphs.arrowUp)\(context.glyphs.arrowDown) ", x: x, y: area.y, style: theme.text.bold(), clip: area, context: context)
        for (index, format) in facts.formats.enumerated() {
            let focused = index == facts.focus
            let text = focused ? "[\(format.name)]" : " \(format.name) "
            x += buffer.put(text, x: x, y: area.y, style: focused ? theme.cursor : theme.text, clip: area, context: context)
        }
    }
}
