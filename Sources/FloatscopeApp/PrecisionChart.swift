import Foundation
import TUICore

/// The relative spacing (ULP / |x|) of each float format against magnitude, on the Range
/// screen's log2 axis: flat sawtooth teeth over the normals, climbing to 1 through the subnormals.
struct PrecisionChart: View {
    /// The formats' bars (those without mantissa bits are left out).
    var bars: [RangeBar]
    /// The shared axis.
    var axis: LogAxis

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

    /// Draws the title with the legend, the y labels and one mark per format and column.
    func render(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let theme = context.theme
        let floats = bars.filter { $0.mantissaBits != nil }
        guard area.height >= 4, !floats.isEmpty else { return }
        var x = area.x + 1
        x += buffer.put("relative spacing ULP/|x| (lower = finer):", x: x, y: area.y, style: theme.title, clip: area, context: context)
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
        for column in plot.x..<plot.maxX {
            // Sample a few points per column so narrow teeth still show their extremes.
            for (i, bar) in floats.enumerated().reversed() {
                for k in 0..<3 {
                    let m = axis.value(atColumn: column) + (Double(k) - 1) / 3 * (axis.high - axis.low) / Double(max(1, axis.width - 1))
                    guard let r = PrecisionChart.relativeSpacing(bar, at: m) else { continue }
                    buffer.write(String(PrecisionChart.marks[i % PrecisionChart.marks.count]), x: column, y: row(r), style: markStyle(i, context: context))
                }
            }
        }
    }

    /// The style of a format's marks.
    func markStyle(_ index: Int, context: RenderContext) -> Style {
        context.colorMode == .noColor ? Style.plain.bold() : Style(fg: PrecisionChart.colors[index % PrecisionChart.colors.count], attributes: .bold)
    }
}
