import Foundation
import FormatCore
import TUICore

/// The Range screen's picture: a shared log2 axis, one bar per format with its numbers, a marker
/// for the current value, and the relative spacing (precision) chart below.
struct RangeChart: View {
    /// The formats compared.
    var formats: [Format]
    /// The group's name.
    var title: String
    /// The session (value, rounding, overflow).
    var session: Session

    /// Columns of the format names.
    static let nameWidth = 9
    /// Columns at the right for digits and the verdict.
    static let sideWidth = 26

    /// Draws everything.
    func render(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let theme = context.theme, g = context.glyphs
        let bars = formats.compactMap { RangeBar($0, session: session) }
        guard !bars.isEmpty else { return }
        let plot = Rect(x: area.x + RangeChart.nameWidth, y: area.y, width: area.width - RangeChart.nameWidth - RangeChart.sideWidth, height: area.height)
        let valueLog = RangeBar.log2(session.source.value)
        var lowest = bars.map(\.low).min()!.rounded(.down), highest = bars.map(\.high).max()!.rounded(.up)
        if valueLog.isFinite { lowest = min(lowest, valueLog.rounded(.down) - 1); highest = max(highest, valueLog.rounded(.up) + 1) }
        let axis = LogAxis(low: lowest, high: highest, x: plot.x, width: plot.width)
        var x = area.x + 1
        let language = session.language
        x += buffer.put(Translation.text(title, language), x: x, y: area.y, style: theme.title, context: context)
        x += buffer.put(Translation.label("  (c fp16 vs bf16 · p groups · b Bits formats)", language), x: x, y: area.y, style: theme.dim, clip: area, context: context)
        let valueText = Translation.text("value", language) + " " + TextFit.truncate(session.source.text, width: 20, ellipsis: g.ellipsis)
        // The axis labels.
        let axisY = area.y + 1
        axis.drawTicks(into: &buffer, y: axisY, context: context)
        buffer.put(Translation.text("digits  value", language), x: plot.maxX + 2, y: axisY, style: theme.dim, context: context)
        // Bars: two rows each when there is room, else one.
        let chartRows = max(5, min(12, area.height / 3))
        let twoRows = bars.count * 2 + chartRows + 4 <= area.height
        var y = axisY + 1
        for bar in bars where y < area.maxY - 1 {
            drawBar(bar, into: &buffer, axis: axis, y: y, numbers: twoRows, area: area, context: context)
            y += twoRows ? 2 : 1
        }
        let barsEnd = y
        if valueLog.isFinite {
            let vx = axis.column(valueLog)
            // The marker never covers an axis label: over one, the line below marks the value alone.
            if buffer[x: vx, y: axisY].character == " " {
                buffer.put(String(g.arrowDown), x: vx, y: axisY, style: theme.cursor, context: context)
            }
            for row in (axisY + 1)..<barsEnd where buffer[x: vx, y: row].character == " " {
                buffer.put(String(g.vertical), x: vx, y: row, style: theme.title, context: context)
            }
        }
        buffer.put(valueText, x: area.x + 1, y: barsEnd, style: theme.dim, clip: area, context: context)
        let chart = Rect(x: area.x, y: barsEnd + 1, width: area.width, height: area.maxY - barsEnd - 1)
        PrecisionChart(bars: bars, axis: axis, language: language).render(into: &buffer, area: chart, context: context)
    }

    /// One format: name, the spans, the numbers at the ends (second row), digits and verdict.
    func drawBar(_ bar: RangeBar, into buffer: inout CellBuffer, axis: LogAxis, y: Int, numbers: Bool, area: Rect, context: RenderContext) {
        let theme = context.theme, g = context.glyphs
        buffer.put(TextFit.truncate(bar.format.name, width: RangeChart.nameWidth - 2, ellipsis: g.ellipsis), x: area.x + 1, y: y,
                   style: theme.text.bold(), context: context)
        let x0 = axis.column(bar.low), xn = axis.column(bar.normal), x1 = axis.column(bar.high)
        let subStyle = context.colorMode == .noColor ? Style.plain : Style(fg: .yellow, attributes: .dim)
        let normalStyle = context.colorMode == .noColor ? Style.plain : Style(fg: .green)
        for x in x0..<max(x0, xn) { buffer.put(String(g.shadeLight), x: x, y: y, style: subStyle, context: context) }
        for x in xn...max(xn, x1) { buffer.put(String(g.blockFull), x: x, y: y, style: normalStyle, context: context) }
        let sideX = axis.x + axis.width + 2
        let digits = bar.digits.map { "≈" + String(format: "%.1f", $0) } ?? bar.digitsLabel(session.language)
        buffer.put(digits + String(repeating: " ", count: max(0, 8 - DisplayWidth.of(digits))), x: sideX, y: y, style: theme.text, context: context)
        buffer.put(TextFit.truncate(Translation.text(bar.verdict, session.language), width: RangeChart.sideWidth - 9, ellipsis: g.ellipsis), x: sideX + 8, y: y,
                   style: bar.verdictTone.style(in: theme), context: context)
        guard numbers else { return }
        let row = y + 1
        // The numbers at the ends, each pushed right of the one before so they never overlap:
        // the widest texts that all fit near their ends, narrower ones when they crowd.
        var ends = [(bar.lowText, x0)]
        if bar.normal > bar.low { ends.append((bar.normalText, xn)) }
        ends.append((bar.highText, x1))
        let right = axis.x + axis.width + 1
        var chosen: [(String, Int)]?, complete: [(String, Int)]?, narrowest: [(String, Int)] = []
        for width in [RangeBar.labelWidth, 12, 10, 8, 6, 3] {
            narrowest = RangeChart.placeLabels(ends.map { ($0.0.text(width: width), $0.1) }, from: axis.x - 1, to: right)
            guard narrowest.count == ends.count else { continue }
            complete = complete ?? narrowest
            // Each label still over (or next to) the end it names.
            if !zip(narrowest, ends).contains(where: { p, end in abs(p.1 + p.0.count / 2 - end.1) > p.0.count }) {
                chosen = narrowest
                break
            }
        }
        let placed = chosen ?? complete ?? narrowest
        for (n, (text, start)) in placed.enumerated() {
            buffer.put(text, x: start, y: row, style: n == placed.count - 1 ? theme.text : theme.dim, context: context)
        }
    }

    /// Where labels go: each centred under its column when it can be, pushed right of the one
    /// before (a gap of two) and left of `right`; a label that does not fit is left out.
    static func placeLabels(_ labels: [(text: String, column: Int)], from left: Int, to right: Int) -> [(String, Int)] {
        var end = left
        var placed: [(String, Int)] = []
        for (text, column) in labels {
            let start = max(min(column - text.count / 2, right - 1 - text.count), end + 2)
            guard start + text.count <= right else { continue }
            placed.append((text, start))
            end = start + text.count
        }
        return placed
    }
}
