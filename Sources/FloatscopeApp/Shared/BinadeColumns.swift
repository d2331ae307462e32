import TUICore

/// A range of binades (powers of two) spread over a number of columns, as the log2 histograms of
/// the Model and Lab screens draw them: which binades each column holds, and `2^n` tick labels.
struct BinadeColumns {
    /// The binades, lowest first.
    var axis: ClosedRange<Int>
    /// The columns.
    var width: Int

    /// The binades column `j` holds (at least one; neighbouring columns may share a binade when the
    /// columns outnumber the binades).
    func binades(column j: Int) -> ClosedRange<Int> {
        let span = axis.count
        let first = axis.lowerBound + j * span / width
        let last = max(first, axis.lowerBound + (j + 1) * span / width - 1)
        return first...min(last, axis.upperBound)
    }

    /// `2^n` labels at round exponents from column `x` on row `y`, spaced so they do not collide;
    /// each at the first column that holds its binade.
    func drawTicks(into buffer: inout CellBuffer, x: Int, y: Int, context: RenderContext) {
        let columnsPerBinade = Double(width) / Double(axis.count)
        let step = [4, 8, 16, 32, 64, 128, 256].first { Double($0) * columnsPerBinade >= 7 } ?? 512
        let firstColumn = Dictionary((0..<width).map { (binades(column: $0).lowerBound, $0) }, uniquingKeysWith: min)
        var e = Int((Double(axis.lowerBound) / Double(step)).rounded(.up)) * step
        var lastEnd = x - 1
        while e <= axis.upperBound {
            let label = "2^\(e)"
            let c = x + (firstColumn[e] ?? Int(Double(e - axis.lowerBound) * columnsPerBinade))
            let start = min(max(x, c), x + width - label.count)
            if start > lastEnd {
                buffer.put(label, x: start, y: y, style: context.theme.dim, context: context)
                lastEnd = start + label.count
            }
            e += step
        }
    }
}
