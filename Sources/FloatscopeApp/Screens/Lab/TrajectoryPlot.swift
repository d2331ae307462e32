import FormatCore
import Lab
import TUICore

/// The master-weights runs as a picture: each scheme's weight over the sampled steps, one glyph per
/// scheme, and the exact sum; rows are equal slices of the range the values cover.
struct TrajectoryPlot {
    /// The result plotted.
    var result: MasterWeightsResult
    /// The language of the labels.
    var language: Language = .en

    /// The glyphs of the curves, in order of first appearance.
    static let glyphs: [Character] = ["o", "b", "m", "k", "s", "h", "e"]

    /// The names of the series: every run's scheme, the masters of master copies, then the exact sum.
    var names: [String] {
        let zh = language == .zh
        return result.runs.map(\.scheme.name)
            + result.runs.compactMap { $0.masterTrajectory == nil ? nil : zh ? "\($0.scheme.name) 的主权重" : "\($0.scheme.name)'s master" } + [zh ? "精确值" : "exact"]
    }

    /// The series: every run's trajectory, the masters of master copies, then the exact sum (nearest doubles).
    var series: [[Double]] { result.runs.map(\.trajectory) + result.runs.compactMap(\.masterTrajectory) + [result.exact.map(\.nearestDouble)] }

    /// The plot's lines for `width` columns and `rows` rows of values, the step axis and a legend, or
    /// none when there is no room. Series drawn in the same cells at every column are one curve
    /// with one glyph (the legend names them together); different curves meeting in a cell show `&`.
    func lines(width: Int, rows: Int) -> [String] {
        let series = self.series
        let values = series.flatMap { $0 }.filter(\.isFinite)
        guard rows >= 2, width >= 24, let low = values.min(), let high = values.max(), let lastStep = result.sampleSteps.last,
              !result.sampleSteps.isEmpty else { return [] }
        let labelTexts = (0..<rows).map { r -> String in
            let v = high - (high - low) * Double(r) / Double(max(1, rows - 1))
            return ValueText.rounded(v, digits: 6).text
        }
        let label = (labelTexts.map(\.count).max() ?? 0) + 1
        let columns = width - label - 1
        guard columns >= 10 else { return [] }
        func row(_ v: Double) -> Int? {
            guard v.isFinite else { return nil }
            return high == low ? 0 : Int(((high - v) / (high - low) * Double(rows - 1)).rounded())
        }
        let points = result.sampleSteps.count
        let cells: [[Int?]] = series.map { values in
            (0..<columns).map { c in
                let i = points == 1 ? 0 : c * (points - 1) / max(1, columns - 1)
                return i < values.count ? row(values[i]) : nil
            }
        }
        // Curves: series with the same cells, in order of first appearance.
        var curves: [(cells: [Int?], members: [String])] = []
        for (k, c) in cells.enumerated() {
            if let j = curves.firstIndex(where: { $0.cells == c }) { curves[j].members.append(names[k]) } else { curves.append((c, [names[k]])) }
        }
        var grid = [[Character]](repeating: [Character](repeating: " ", count: columns), count: rows)
        for (j, curve) in curves.enumerated() {
            let glyph = Self.glyphs[j % Self.glyphs.count]
            for (c, r) in curve.cells.enumerated() {
                guard let r else { continue }
                grid[r][c] = grid[r][c] == " " || grid[r][c] == glyph ? glyph : "&"
            }
        }
        var out = (0..<rows).map { r in labelTexts[r].padding(toLength: label, withPad: " ", startingAt: 0) + "│" + String(grid[r]) }
        let start = (language == .zh ? "步 " : "step ") + "\(result.sampleSteps[0])", end = "\(lastStep)"
        out.append(String(repeating: " ", count: label + 1) + start + String(repeating: " ", count: max(1, columns - DisplayWidth.of(start) - end.count)) + end)
        let legend = curves.enumerated().map { "\(Self.glyphs[$0.offset % Self.glyphs.count]) \($0.element.members.joined(separator: language == .zh ? "、" : ", "))" }
        // One curve per line when they do not fit on one.
        let joined = legend.joined(separator: "  ·  ")
        out += DisplayWidth.of(joined) <= width ? [joined] : legend.flatMap { TextWrap.wrap(Line($0), width: width).map(\.plainText) }
        return out
    }
}
