import Foundation
import TUICore

/// The relative spacing (ULP / |x|) of each float format against magnitude, on the Range
/// screen's log2 axis: flat sawtooth teeth over the normals, climbing to 1 through the subnormals.
struct PrecisionChart: View {
    /// The formats' bars (those without mantissa bits are left out).
    var bars: [RangeBar]
    /// The shared axis.
    var axis: LogAxis
    /// The language of the labels.
    var language: Language = .en

    /// The marks of the formats, in order (ASCII, so they stay the same in every mode).
    static let marks: [Character] = ["*", "+", "o", "x", "#", "@", "%", "="]

    /// The colours of the marks in colour mode.
    static let colors: [Color] = [.cyan, .yellow, .magenta, .green, .red, .blue, .brightWhite, .white]

    /// log2 of ULP / |x| at log2 |x| = `m` for a bar, or nil outside its range.
    static func relativeSpacing(_ bar: RangeBar, at m: Double) -> Double? {
        guard let mantissa = bar.mantissaBits, m >= bar.low, m <= bar.high else { return nil }
        let exponent = m >= bar.normal ? m.rounded(.down) : bar.normal
        return exponent - Double(mantissa) - m
    }

    /// The least and greatest log2(ULP / |x|) over log2 |x| in `[u, v]` (clipped to the bar's
    /// range), worked out from the shape rather than sampled: over the normals it falls from
    /// -p at each power of two towards -p - 1 just below the next; over the subnormals it falls
    /// steadily. Nil when the span misses the bar.
    static func relativeSpacingRange(_ bar: RangeBar, from u: Double, to v: Double) -> (low: Double, high: Double)? {
        guard let mantissa = bar.mantissaBits else { return nil }
        let p = Double(mantissa)
        let a = max(u, bar.low), b = min(v, bar.high)
        guard a <= b else { return nil }
        var low = Double.infinity, high = -Double.infinity
        if a < bar.normal {
            // Subnormals: ULP fixed at 2^(normal - p), so the ratio falls as |x| grows.
            let end = min(b, bar.normal)
            high = max(high, bar.normal - p - a)
            low = min(low, bar.normal - p - end)
        }
        if b >= bar.normal {
            let start = max(a, bar.normal)
            if b.rounded(.down) > start.rounded(.down) {
                // A power of two inside: the ratio reaches -p there and nearly -p - 1 just below it.
                high = max(high, -p)
                low = min(low, -p - 1)
            } else {
                high = max(high, start.rounded(.down) - p - start)
                low = min(low, start.rounded(.down) - p - b)
            }
        }
        return (low, high)
    }

    /// Draws the title with the legend, the y labels and one mark per format and column.
    func render(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let theme = context.theme
        let floats = bars.filter { $0.mantissaBits != nil }
        guard area.height >= 4, !floats.isEmpty else { return }
        var x = area.x + 1
        x += buffer.put(Translation.text("relative spacing ULP/|x| (lower = finer):", language), x: x, y: area.y, style: theme.title, clip: area, context: context)
        for (i, bar) in floats.enumerated() {
            let style = markStyle(i, context: context)
            x += buffer.put("  \(PrecisionChart.marks[i % PrecisionChart.marks.count]) ", x: x, y: area.y, style: style, clip: area, context: context)
            x += buffer.put(bar.format.name, x: x, y: area.y, style: theme.text, clip: area, context: context)
        }
        let plot = Rect(x: axis.x, y: area.y + 1, width: axis.width, height: area.height - 1)
        let bottom = -Double((floats.compactMap(\.mantissaBits).max() ?? 1) + 1)
        func row(_ value: Double) -> Int {
            let t = (0 - value) / (0 - bottom)
            return plot.y + min(plot.height - 1, max(0, Int((t * Double(plot.height - 1)).rounded())))
        }
        buffer.put("2^0", x: area.x + 1, y: plot.y, style: theme.dim, context: context)
        buffer.put("2^\(Int(bottom))", x: area.x + 1, y: plot.maxY - 1, style: theme.dim, context: context)
        // Each column spans a range of |x|: every format's true least and greatest ratio over it
        // fills its cells. A cell two formats share shows `&`, so none hides behind another.
        let half = (axis.high - axis.low) / Double(max(1, axis.width - 1)) / 2
        var owners: [Int: [Int]] = [:]
        for column in plot.x..<plot.maxX {
            let centre = axis.value(atColumn: column)
            for (i, bar) in floats.enumerated() {
                guard let range = PrecisionChart.relativeSpacingRange(bar, from: centre - half, to: centre + half) else { continue }
                for y in row(range.high)...row(range.low) {
                    owners[y * 100_000 + column, default: []].append(i)
                }
            }
        }
        for (key, formats) in owners {
            let x = key % 100_000, y = key / 100_000
            let mark: Character = formats.count == 1 ? PrecisionChart.marks[formats[0] % PrecisionChart.marks.count] : "&"
            buffer.write(String(mark), x: x, y: y, style: formats.count == 1 ? markStyle(formats[0], context: context) : theme.text.bold())
        }
        if owners.values.contains(where: { $0.count > 1 }) {
            buffer.put(Translation.label("  & shared", language), x: x, y: area.y, style: theme.text, clip: area, context: context)
        }
    }

    /// The style of a format's marks.
    func markStyle(_ index: Int, context: RenderContext) -> Style {
        context.colorMode == .noColor ? Style.plain.bold() : Style(fg: PrecisionChart.colors[index % PrecisionChart.colors.count], attributes: .bold)
    }
}
