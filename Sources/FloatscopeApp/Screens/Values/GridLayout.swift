import FormatCore
import TUICore

/// Where the Values screen's grid of codes goes in an area: how many columns (low bits), the
/// cell width, and which rows are visible.
///
/// It takes the most columns (16, 8, 4... for 8 bits) whose cells are wide enough for every
/// code's text to tell it from its neighbours; with fewer columns there are more rows, and they
/// scroll to keep the cursor in view. When no column count is wide enough, the one with the
/// fewest unclear cells is used and those cells are drawn cut (ending in `…`).
struct GridLayout: Sendable, Hashable {
    /// Columns of the row labels (`0x38`-style start codes, then a space).
    static let rowLabelWidth = 5

    /// Codes per row.
    let columns: Int
    /// Rows of the whole grid.
    let rows: Int
    /// Columns of one cell (its text and a blank).
    let cellWidth: Int
    /// The first visible row.
    let firstRow: Int
    /// Rows that fit.
    let visibleRows: Int

    /// The text width of a cell.
    var textWidth: Int { cellWidth - 1 }

    /// Lays out `format`'s grid in `area`, the cursor's row visible.
    init(format: Format, area: Rect, cursor: UInt64) {
        let bits = format.bitWidth
        let widest = 1 << (bits / 2)
        var candidates: [Int] = []
        var c = widest
        while c >= 2 && candidates.count < 3 { candidates.append(c); c /= 2 }
        if candidates.isEmpty { candidates = [1] }
        func width(_ columns: Int) -> Int { max(2, min(12, (area.width - GridLayout.rowLabelWidth - 1) / columns)) }
        var chosen = candidates[0], fewest = Int.max
        for columns in candidates {
            let unclear = GridCellTexts.of(format, width: width(columns) - 1).unclear
            if unclear < fewest { chosen = columns; fewest = unclear }
            if unclear == 0 { break }
        }
        columns = chosen
        cellWidth = width(chosen)
        let count = Int(format.codeCount ?? 1)
        rows = max(1, (count + chosen - 1) / chosen)
        // Two lines above (title, column labels), three below (selection, value, legend).
        visibleRows = max(1, min(rows, area.height - 5))
        let cursorRow = Int(cursor) / chosen
        firstRow = max(0, min(cursorRow - visibleRows / 2, rows - visibleRows))
    }
}
