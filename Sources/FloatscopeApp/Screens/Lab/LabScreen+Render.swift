import Foundation
import FormatCore
import Lab
import TUICore

/// Drawing the loss-scale view: bars of the gradients per binade of log2|g|, each format's range
/// for g at the scale S (a format's binades moved down by log2 S), and the shares at S. Bar heights
/// are on a log scale of the count, as on the Model screen, so that the tails that underflow or
/// overflow stay visible.
extension LabScreen {
    /// Columns of the labels at the left.
    static let labelWidth = 8

    /// The binades of g on the axis: the data's and fp16's range at S, one binade either side,
    /// within the Double range.
    var axis: ClosedRange<Int> {
        let fp16Low = -24 - scaleLog2, fp16High = 15 - scaleLog2
        let low = max(-1074, min(histogram.lowestBinade, fp16Low) - 1)
        let high = min(1023, max(histogram.highestBinade, fp16High) + 1)
        return low...max(high, low)
    }

    /// A share as text: exact, or ≈ with 3 significant digits, in percent.
    static func percent(_ count: Int, of total: Int) -> String {
        ValueText.rounded(Share.percent(count, of: total), digits: 3).text + "%"
    }

    /// The shares table: one line per format.
    func shareLines() -> [String] {
        var rows = [["format", "underflow", "subnormal", "normal", "overflow"].map { Translation.text($0, language) }]
        for c in counts {
            rows.append([c.format, Self.percent(c.underflow, of: c.total), Self.percent(c.subnormal, of: c.total),
                         Self.percent(c.normal, of: c.total), Self.percent(c.overflow, of: c.total)])
        }
        return Self.table(rows)
    }

    func drawLossScale(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let theme = context.theme, g = context.glyphs
        let shares = shareLines()
        let ranges = Self.arithmetic
        // Rows: a caption, bars, the axis, one per format, a blank, the shares.
        let barRows = area.height - 1 - 1 - ranges.count - 1 - shares.count
        let x0 = area.x + 1 + Self.labelWidth
        let width = area.width - 2 - Self.labelWidth
        guard barRows >= 2, width >= 10 else {
            drawLines(shares, into: &buffer, area: area, context: context)
            return
        }
        let rounded = Translation.text("g·S rounded once, nearest even", language)
        buffer.put(say("\(Self.count) g ~ \(Self.distribution.spelling) (seed \(Self.seed)); \(rounded)", "\(Self.count) 个 g ~ \(Self.distribution.spelling)（种子 \(Self.seed)）；\(rounded)"),
                   x: area.x + 1, y: area.y, style: theme.dim, clip: area, context: context)
        let top = area.y + 1
        let axis = self.axis
        let counts = (0..<width).map { j in BinadeColumns(axis: axis, width: width).binades(column: j).reduce(0) { $0 + histogram.count(binade: $1) } }
        let largest = counts.max() ?? 0
        buffer.put(Translation.text("count", language), x: area.x + 1, y: top, style: theme.dim, context: context)
        buffer.put(Translation.text("(log)", language), x: area.x + 1, y: top + 1, style: theme.dim, context: context)
        let barStyle = context.colorMode == .noColor ? Style.plain : Style(fg: .cyan)
        for (j, c) in counts.enumerated() where c > 0 && largest > 0 {
            // Height in half rows: log(1 + count) against the largest, at least a half row for one value.
            let share = log1p(Double(c)) / log1p(Double(largest))
            let halves = max(1, Int((share * Double(barRows * 2)).rounded()))
            for r in 0..<barRows {
                let filled = halves - r * 2
                guard filled > 0 else { break }
                buffer.put(String(filled >= 2 ? g.blockFull : g.blockLowerHalf), x: x0 + j, y: top + barRows - 1 - r, style: barStyle, context: context)
            }
        }
        let axisY = top + barRows
        buffer.put("log2|g|", x: area.x + 1, y: axisY, style: theme.dim, context: context)
        BinadeColumns(axis: axis, width: width).drawTicks(into: &buffer, x: x0, y: axisY, context: context)
        for (row, f) in ranges.enumerated() {
            let y = axisY + 1 + row
            let s = f.semantics
            // The format's binades for g: its own moved down by log2 S.
            let subnormal = s.minExponent - s.mantissaBits - scaleLog2, normal = s.minExponent - scaleLog2, largestBinade = s.maxExponent - scaleLog2
            buffer.put(f.format.name, x: area.x + 1, y: y, style: theme.dim, context: context)
            for j in 0..<width {
                let b = BinadeColumns(axis: axis, width: width).binades(column: j)
                let hasData = counts[j] > 0
                var glyph: String, style = theme.dim
                if b.lowerBound > largestBinade {
                    glyph = hasData ? "x" : " "
                    if hasData { style = context.colorMode == .noColor ? theme.statusError : Style(fg: .red, attributes: .bold) }
                } else if b.upperBound < subnormal {
                    glyph = hasData ? "0" : " "
                    if hasData { style = theme.statusWarn }
                } else if b.upperBound < normal {
                    glyph = String(g.shadeLight)
                    if hasData { style = theme.statusWarn }
                } else {
                    glyph = g.isUnicode ? "━" : "="
                    style = theme.text
                }
                buffer.put(glyph, x: x0 + j, y: y, style: style, context: context)
            }
        }
        let tableArea = Rect(x: area.x, y: axisY + 2 + ranges.count, width: area.width, height: area.maxY - (axisY + 2 + ranges.count))
        drawLines(shares, into: &buffer, area: tableArea, context: context)
    }

    /// Lines of text from the top of `area`, clipped.
    func drawLines(_ lines: [String], into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        for (i, line) in lines.enumerated() where area.y + i < area.maxY {
            buffer.put(line, x: area.x + 1, y: area.y + i, style: i == 0 ? context.theme.dim : context.theme.text, clip: area, context: context)
        }
    }

    /// Rows as columns: the first left-aligned, the others right-aligned, two spaces apart.
    static func table(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        return rows.map { row in
            row.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - DisplayWidth.of(cell))
                return i == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
    }
}
