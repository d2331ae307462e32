import TUICore

/// Aligns rows of cells into columns by their display width in terminal columns (`DisplayWidth`), so
/// that Chinese text (two columns a character) lines up: columns separated by two spaces, a rule
/// under the header.
struct WideTextTable {
    /// The header row.
    var header: [String]
    /// Which columns are right-aligned.
    var rightAligned: Set<Int> = []
    /// The body rows.
    var rows: [[String]] = []

    /// The table as text.
    func render() -> String {
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        var widths = [Int](repeating: 0, count: columns)
        for row in [header] + rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        func line(_ row: [String]) -> String {
            var parts: [String] = []
            for i in 0..<columns {
                let cell = i < row.count ? row[i] : ""
                let pad = String(repeating: " ", count: widths[i] - DisplayWidth.of(cell))
                parts.append(rightAligned.contains(i) ? pad + cell : cell + pad)
            }
            var text = parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        return ([line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
