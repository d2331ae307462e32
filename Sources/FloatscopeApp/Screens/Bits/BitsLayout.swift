import TUICore

/// The geometry of the Bits screen in an area: shared by drawing and by mouse hit-testing so
/// that a click lands on exactly what is drawn.
public struct BitsLayout: Sendable, Hashable {
    /// The input line.
    public let input: Rect
    /// The line under it (the input's exact value, or an error).
    public let info: Rect
    /// The column header (with the focused format's field letters above its bits).
    public let header: Rect
    /// The rows of formats that are visible.
    public let rows: Rect
    /// The focused row's detail panel (title line first).
    public let detail: Rect
    /// The first visible format (rows scroll when there are more formats than lines).
    public let firstRow: Int
    /// The columns of a row.
    public let columns: BitsColumns
    /// Where the input text starts.
    public let inputTextX: Int

    /// The label in front of the input text.
    public static let inputLabel = "value "

    /// Lays out the screen.
    public init(area: Rect, screen: BitsScreen) {
        input = area.row(0)
        info = area.row(1)
        header = area.row(2)
        let rest = area.inset(top: 3)
        let detailLines = (screen.facts.detail?.lines.count ?? 3) + 2
        let formatCount = screen.facts.rows.count
        let rowCount = max(0, min(formatCount, max(3, rest.height - detailLines)))
        let split = rest.splitTop(rowCount)
        rows = split.top
        detail = split.rest
        firstRow = max(0, min(screen.facts.focus - rowCount + 1, formatCount - rowCount))
        columns = BitsColumns(width: area.width, rows: screen.facts.rows)
        inputTextX = area.x + BitsLayout.inputLabel.count + 2
    }

    /// The format index drawn on screen row `y`, if any.
    public func formatIndex(atY y: Int, formatCount: Int) -> Int? {
        guard y >= rows.y && y < rows.maxY else { return nil }
        let index = firstRow + (y - rows.y)
        return index < formatCount ? index : nil
    }

    /// The screen row of a format, if visible.
    public func y(ofFormat index: Int) -> Int? {
        let y = rows.y + index - firstRow
        return y >= rows.y && y < rows.maxY ? y : nil
    }

    /// How many columns a row's bits are scrolled left (only when they do not fit; the focused
    /// row scrolls to keep the cursor bit visible).
    public func bitsOffset(fields: BitFields, cursorBit: Int?) -> Int {
        let width = columns.bits.width
        guard fields.displayWidth > width, let cursorBit, cursorBit < fields.bitCount else { return 0 }
        return max(0, min(fields.columns[cursorBit] - width + 2, fields.displayWidth - width))
    }

    /// The screen column of bit `bit`, or nil when it is scrolled out of the bits column.
    public func x(ofBit bit: Int, fields: BitFields, offset: Int, areaX: Int) -> Int? {
        guard bit >= 0 && bit < fields.bitCount else { return nil }
        let column = fields.columns[bit] - offset
        guard column >= 0 && column < columns.bits.width else { return nil }
        return areaX + columns.bits.x + column
    }

    /// The bit under screen column `x`, if any.
    public func bit(atX x: Int, fields: BitFields, offset: Int, areaX: Int) -> Int? {
        let column = x - areaX - columns.bits.x
        guard column >= 0 && column < columns.bits.width else { return nil }
        return fields.bit(atColumn: column + offset)
    }
}
