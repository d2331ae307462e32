import Foundation
import TUICore

/// A horizontal log2 axis: maps exponents to columns and draws `2^n` labels.
struct LogAxis: Sendable, Hashable {
    /// log2 at the left edge.
    var low: Double
    /// log2 at the right edge.
    var high: Double
    /// First column.
    var x: Int
    /// Columns.
    var width: Int

    /// The column of a log2 value (clamped to the axis).
    func column(_ value: Double) -> Int {
        guard width > 1, high > low else { return x }
        let t = (value - low) / (high - low)
        return x + min(width - 1, max(0, Int((t * Double(width - 1)).rounded())))
    }

    /// The log2 value at the centre of a column.
    func value(atColumn column: Int) -> Double {
        guard width > 1 else { return low }
        return low + Double(column - x) / Double(width - 1) * (high - low)
    }

    /// `2^n` labels at round exponents, spaced so they do not collide.
    func drawTicks(into buffer: inout CellBuffer, y: Int, context: RenderContext) {
        let span = high - low
        let steps = [1.0, 2, 4, 5, 8, 10, 16, 20, 32, 50, 64, 100, 128, 256, 500, 1000]
        let step = steps.first { span / $0 * 7 <= Double(width) } ?? 1000
        var e = (low / step).rounded(.up) * step
        var lastEnd = x - 1
        while e <= high {
            let label = "2^\(Int(e))"
            let c = column(e)
            let start = min(max(x, c - label.count / 2), x + width - label.count)
            if start > lastEnd + 1 {
                buffer.write(label, x: start, y: y, style: context.theme.dim)
                lastEnd = start + label.count
            }
            e += step
        }
    }
}
