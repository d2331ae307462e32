import TUICore

/// Aligns rows of cells into columns for terminal output, by their display width in terminal
/// columns (`DisplayWidth`), so that Chinese text (two columns a character) lines up too.
struct TextTable {
    /// Column alignment.
    enum Alignment { case left, right }

    /// The header row.
    var header: [String]
    /// Alignment per column (missing columns align left).
    var alignments: [Alignment] = []
    /// The body rows.
    var rows: [[String]] = []

    /// The table as text, columns separated by two spaces, a rule under the header.
    func render() -> String {
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        var widths = [Int](repeating: 0, count: columns)
        for row in [header] + rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        func line(_ row: [String]) -> String {
            var parts: [String] = []
            for i in 0..<columns {
                let cell = i < row.count ? row[i] : ""
                let pad = String(repeating: " ", count: widths[i] - DisplayWidth.of(cell))
                let right = i < alignments.count && alignments[i] == .right
                parts.append(right ? pad + cell : (i == columns - 1 ? cell : cell + pad))
            }
            var text = parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var out = [line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        out += rows.map(line)
        return out.joined(separator: "\n") + "\n"
    }
}
