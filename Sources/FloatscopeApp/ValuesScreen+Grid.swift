import FormatCore
import TUICore

/// Drawing the Values screen's grid of every code (formats of 8 bits or fewer).
extension ValuesScreen {
    /// Columns of the row labels (`0x38`-style start codes, then a space).
    static let rowLabelWidth = 5

    /// Draws the header, the grid, the selected code's detail and the legend.
    func drawGrid(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let theme = context.theme
        let (columns, rows) = gridShape
        let facts = FormatFacts(format)
        let cellWidth = max(3, min(12, (area.width - ValuesScreen.rowLabelWidth - 1) / columns))
        let textWidth = cellWidth - 1
        let gridX = area.x + ValuesScreen.rowLabelWidth
        drawHeader(into: &buffer, area: area, context: context,
                   mode: "\(columns)×\(rows) grid: row = high bits, column = low bits")
        let headerY = area.y + 1
        for column in 0..<columns {
            let label = "+" + String(column, radix: 16, uppercase: true)
            buffer.put(TextFit.rightAligned(label, width: textWidth), x: gridX + column * cellWidth, y: headerY, style: theme.dim, context: context)
        }
        for row in 0..<rows {
            let y = headerY + 1 + row
            guard y < area.maxY - 3 else { break }
            let first = UInt64(row * columns)
            let decoded = (0..<columns).map { format.decode(first + UInt64($0)) }
            // In narrow cells a row of negative values shows magnitudes, its label carrying the sign.
            let allNegative = textWidth < 5 && decoded.allSatisfy { $0.category == .nan || $0.exact.isNegative }
                && decoded.contains { $0.category != .nan }
            let label = String(first, radix: 16, uppercase: true)
            let labelText = (allNegative ? "-" : " ") + String(repeating: "0", count: max(0, 2 - label.count)) + label + "_"
            buffer.put(labelText, x: area.x, y: y, style: theme.dim, context: context)
            for (column, value) in decoded.enumerated() {
                let code = first + UInt64(column)
                var number = value.exact.doubleValue
                if allNegative && !number.isNaN { number = -number }
                let text = CompactNumber.text(number, width: textWidth)
                var style = CategoryStyle(value, maxFinite: facts.maxFinite).style(context)
                if code == cursor { style = style.patched(with: theme.cursor) }
                let x = gridX + column * cellWidth
                if code == cursor { buffer.fill(Rect(x: x - 1, y: y, width: textWidth + 1, height: 1), style: style) }
                buffer.put(TextFit.rightAligned(text, width: textWidth), x: x, y: y, style: style, context: context)
            }
        }
        drawSelection(into: &buffer, area: area, context: context, facts: facts)
    }

    /// The title line: format, mode and keys.
    func drawHeader(into buffer: inout CellBuffer, area: Rect, context: RenderContext, mode: String) {
        let theme = context.theme
        var x = area.x + 1
        x += buffer.put(format.name, x: x, y: area.y, style: theme.title, context: context)
        x += buffer.put(" (f F)  ", x: x, y: area.y, style: theme.dim, context: context)
        buffer.put(TextFit.truncate(mode, width: max(1, area.maxX - x - 1), ellipsis: context.glyphs.ellipsis), x: x, y: area.y,
                   style: theme.text, context: context)
    }

    /// The bottom three lines: the selected code (bits, category, value), its exact value, the legend.
    func drawSelection(into buffer: inout CellBuffer, area: Rect, context: RenderContext, facts: FormatFacts) {
        let theme = context.theme, g = context.glyphs
        let decoded = format.decode(cursor)
        let category = CategoryStyle(decoded, maxFinite: facts.maxFinite)
        var y = area.maxY - 3
        var x = area.x + 1
        x += buffer.put("code ", x: x, y: y, style: theme.dim, context: context)
        x += buffer.put(format.hexCode(cursor) + "  ", x: x, y: y, style: theme.text.bold(), context: context)
        x += buffer.put("bits ", x: x, y: y, style: theme.dim, context: context)
        x += buffer.put(format.groupedBits(cursor) + "  ", x: x, y: y, style: theme.text.bold(), context: context)
        x += buffer.put(category.name, x: x, y: y, style: category.style(context), context: context)
        x += buffer.put("  = " + format.shortestDecimal(cursor), x: x, y: y, style: theme.text.bold(), context: context)
        buffer.put("  Enter: use it", x: x, y: y, style: theme.dim, clip: area, context: context)
        y += 1
        let exact = "exact " + format.exactDecimal(cursor)
        buffer.put(TextFit.truncate(exact, width: area.width - 2, ellipsis: g.ellipsis), x: area.x + 1, y: y, style: theme.text, context: context)
        y += 1
        drawLegend(into: &buffer, x: area.x + 1, y: y, area: area, context: context)
    }

    /// One sample of every category's style.
    func drawLegend(into buffer: inout CellBuffer, x start: Int, y: Int, area: Rect, context: RenderContext) {
        var x = start
        for category in CategoryStyle.allCases {
            x += buffer.put(category.name, x: x, y: y, style: category.style(context), clip: area, context: context)
            x += buffer.put("  ", x: x, y: y, clip: area, context: context)
        }
    }
}
