import Lab
import TUICore

/// The dynamic loss scaler's run as a picture: log2 of the scale over the steps (one column per
/// run of steps, its scale at the run's end), and a row marking the columns with a skipped step.
struct ScalerPlot {
    /// The steps.
    var steps: [ScalerStep]
    /// The language of the labels.
    var language: Language = .en

    /// The plot's lines for `width` columns and at most `rows` rows (labels, levels, the skip row and
    /// the step axis), or none when there is no room.
    func lines(width: Int, rows: Int) -> [String] {
        guard let first = steps.first, let last = steps.last, rows >= 4, width >= 20 else { return [] }
        let levels = steps.map { Int($0.scale.exponent) }
        let low = levels.min() ?? 0, high = levels.max() ?? 0
        let levelRows = min(high - low + 1, rows - 2)
        // The row of a level (0 at the top); with fewer rows than levels, neighbouring levels share a
        // row, and the row's label names every level it holds.
        func row(ofLevel level: Int) -> Int {
            levelRows <= 1 ? 0 : Int((Double(high - level) * Double(levelRows - 1) / Double(max(1, high - low))).rounded())
        }
        var names = [String](repeating: "", count: levelRows)
        for r in 0..<levelRows {
            let held = (low...high).filter { row(ofLevel: $0) == r }
            guard let top = held.max(), let bottom = held.min() else { continue }
            names[r] = top == bottom ? "2^\(top)" : "2^\(top)-\(bottom)"
        }
        let label = max(6, (names.map(\.count).max() ?? 0) + 1)
        let columns = width - label - 1
        guard columns >= 10 else { return [] }
        var grid = [[Character]](repeating: [Character](repeating: " ", count: columns), count: levelRows)
        var skips = [Character](repeating: " ", count: columns)
        for c in 0..<columns {
            let start = c * steps.count / columns, end = max(start + 1, (c + 1) * steps.count / columns)
            guard start < steps.count else { break }
            let bucket = steps[start..<min(end, steps.count)]
            grid[row(ofLevel: levels[bucket.endIndex - 1])][c] = "█"
            if bucket.contains(where: \.skipped) { skips[c] = "x" }
        }
        var out: [String] = []
        for r in 0..<levelRows {
            out.append(Self.padded(names[r], label) + "│" + String(grid[r]))
        }
        let zh = language == .zh
        out.append(Self.padded(zh ? "跳过" : "skips", label) + "│" + String(skips))
        let axis = (zh ? "步 " : "step ") + "\(first.step)"
        let end = "\(last.step)"
        out.append(String(repeating: " ", count: label + 1) + axis
                   + String(repeating: " ", count: max(1, columns - DisplayWidth.of(axis) - end.count)) + end)
        return out
    }

    /// `text` followed by spaces to `width` columns (measured as drawn: a Chinese character takes two).
    static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
