/// A width x height grid of cells that views draw into; the unit of rendering and diffing.
///
/// Invariant kept by every mutating method: a 2-column grapheme is always followed by a
/// continuation cell, and a continuation cell always follows a 2-column grapheme.
/// Overwriting either half of a wide grapheme turns the other half into a space.
public struct CellBuffer: Sendable, Hashable {
    /// Cells a view tried to draw outside the buffer (a position off the grid, or text running
    /// past the right edge without a clip rect of its own): a sign of a layout that does not fit.
    /// Not part of the buffer's value (equality and hashing ignore it); tests read it.
    public private(set) var strayCells = 0
    /// Width in columns.
    public private(set) var width: Int
    /// Height in rows.
    public private(set) var height: Int
    /// The cells in row-major order (`cells[y * width + x]`).
    public private(set) var cells: [Cell]

    /// Creates a buffer filled with `fill` (a blank space by default). Negative sizes become 0.
    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        let filler = fill.width == 1 ? fill : Cell(" ", style: fill.style)
        self.cells = Array(repeating: filler, count: self.width * self.height)
    }

    /// Buffers are equal when their sizes and cells are.
    public static func == (a: CellBuffer, b: CellBuffer) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
    }

    /// Hashes the size and the cells.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(height)
        hasher.combine(cells)
    }

    /// Creates a blank buffer of the given size.
    public init(size: Size, fill: Cell = .blank) {
        self.init(width: size.width, height: size.height, fill: fill)
    }

    /// The buffer's size.
    public var size: Size { Size(width: width, height: height) }

    /// The rect covering the whole buffer.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at (x, y); the position must be inside the buffer.
    public subscript(x x: Int, y y: Int) -> Cell {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "cell (\(x), \(y)) outside \(width)x\(height) buffer")
        return cells[y * width + x]
    }

    /// The cell at (x, y), or nil outside the buffer.
    public func cell(x: Int, y: Int) -> Cell? {
        guard x >= 0 && x < width && y >= 0 && y < height else { return nil }
        return cells[y * width + x]
    }

    // MARK: - Single cells

    /// Sets one cell, keeping wide graphemes consistent.
    ///
    /// Positions outside the buffer, continuation cells and zero-width graphemes are
    /// ignored. A 2-column grapheme also takes the cell to its right; if it does not fit
    /// before the right edge a space is drawn instead.
    public mutating func set(x: Int, y: Int, cell: Cell) {
        guard x >= 0 && x < width && y >= 0 && y < height else {
            strayCells += 1
            return
        }
        guard !cell.isContinuation else { return }
        guard let ch = cell.character else { return }
        let w = DisplayWidth.of(ch)
        guard w > 0 else { return }
        if w == 2 && x + 1 >= width {
            place(x: x, y: y, cell: Cell(" ", style: cell.style))
            return
        }
        place(x: x, y: y, cell: cell)
        if w == 2 {
            place(x: x + 1, y: y, cell: .continuation(style: cell.style))
        }
    }

    /// Stores `cell` at an in-bounds position, first breaking any wide grapheme it overlaps.
    private mutating func place(x: Int, y: Int, cell: Cell) {
        let i = y * width + x
        let old = cells[i]
        if old.isContinuation, x > 0, !cell.isContinuation, cells[i - 1].width == 2 {
            // The left half loses its right half: blank it.
            cells[i - 1] = Cell(" ", style: cells[i - 1].style)
        }
        if old.width == 2, x + 1 < width, cells[i + 1].isContinuation {
            cells[i + 1] = Cell(" ", style: cells[i + 1].style)
        }
        cells[i] = cell
    }

    /// Stores a cell exactly as given, with no wide-grapheme repair (for backends mirroring changes).
    mutating func setUnchecked(x: Int, y: Int, cell: Cell) {
        guard x >= 0 && x < width && y >= 0 && y < height else { return }
        cells[y * width + x] = cell
    }

    // MARK: - Text

    /// Writes a single line of text starting at (x, y), clipped to `clip` (default: the whole buffer).
    ///
    /// Control characters and lone combining marks are skipped. A wide grapheme cut by
    /// the left or right clip edge is replaced by a space in the visible column.
    /// Returns the number of columns advanced from `x`: the text's display width, cut at
    /// the right clip edge (0 if `x` is at or beyond it). Use it to place the next span.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let unclipped = clip == nil
        let clip = (clip ?? bounds).intersection(bounds)
        if unclipped && (y < 0 || y >= height || x < 0 || x + DisplayWidth.of(text) > width) && !text.isEmpty { strayCells += 1 }
        let rowVisible = y >= clip.y && y < clip.maxY
        guard x < clip.maxX else { return 0 }
        var col = x
        for ch in text {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if col + w > clip.maxX {
                if col < clip.maxX && col >= clip.x && rowVisible {
                    set(x: col, y: y, cell: Cell(" ", style: style))
                }
                col = clip.maxX
                break
            }
            if rowVisible {
                if col >= clip.x {
                    set(x: col, y: y, cell: Cell(ch, style: style))
                } else if col + w > clip.x {
                    set(x: clip.x, y: y, cell: Cell(" ", style: style))
                }
            }
            col += w
        }
        return max(0, col - x)
    }

    /// Writes spans one after another from (x, y), clipped to `clip`; returns columns advanced.
    @discardableResult
    public mutating func write(_ spans: [Span], x: Int, y: Int, clip: Rect? = nil) -> Int {
        var col = x
        for span in spans {
            col += write(span.text, x: col, y: y, style: span.style, clip: clip)
        }
        return col - x
    }

    /// Writes a line on the first row of `area`, honouring its alignment, clipped to `area`.
    ///
    /// Returns the columns advanced from the line's start.
    @discardableResult
    public mutating func write(_ line: Line, in area: Rect) -> Int {
        guard !area.isEmpty else { return 0 }
        let lineWidth = line.width
        let start: Int
        switch line.alignment {
        case .left: start = area.x
        case .center: start = area.x + max(0, (area.width - lineWidth) / 2)
        case .right: start = area.x + max(0, area.width - lineWidth)
        }
        return write(line.spans, x: start, y: area.y, clip: area)
    }

    // MARK: - Areas

    /// Sets every cell of `rect` (clipped to the buffer) to `cell`.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        let filler = cell.width == 1 ? cell : Cell(" ", style: cell.style)
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX {
                place(x: x, y: y, cell: filler)
            }
        }
    }

    /// Fills `rect` with spaces in the given style.
    public mutating func fill(_ rect: Rect, style: Style) {
        fill(rect, with: Cell(" ", style: style))
    }

    /// Resets the whole buffer to plain blanks.
    public mutating func clear() {
        fill(bounds)
    }

    /// Layers `style` over the existing style of every cell in `rect` (content kept).
    ///
    /// Non-default colours of `style` replace the cell's, attributes are added
    /// (see `Style.patched(with:)`). Use it to highlight a row or a cursor cell.
    public mutating func patchStyle(_ style: Style, in rect: Rect) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX {
                let i = y * width + x
                cells[i].style = cells[i].style.patched(with: style)
            }
        }
    }

    /// Replaces the style of the cell at an in-buffer position (content kept).
    mutating func restyle(x: Int, y: Int, _ style: Style) {
        cells[y * width + x].style = style
    }

    // MARK: - Lines and boxes

    /// Draws `length` copies of `glyph` to the right from (x, y), clipped to the buffer.
    public mutating func drawHorizontalLine(x: Int, y: Int, length: Int, glyph: Character, style: Style = .plain) {
        guard length > 0 else { return }
        for i in 0..<length {
            set(x: x + i, y: y, cell: Cell(glyph, style: style))
        }
    }

    /// Draws `length` copies of `glyph` downwards from (x, y), clipped to the buffer.
    public mutating func drawVerticalLine(x: Int, y: Int, length: Int, glyph: Character, style: Style = .plain) {
        guard length > 0 else { return }
        for i in 0..<length {
            set(x: x, y: y + i, cell: Cell(glyph, style: style))
        }
    }

    /// Draws a border along the edges of `rect` with the given glyph set (interior untouched).
    ///
    /// Rects smaller than 2x2 get only what fits: a 1-row rect gets a horizontal line,
    /// a 1-column rect a vertical line.
    public mutating func drawBox(_ rect: Rect, glyphs: Glyphs, style: Style = .plain) {
        guard !rect.isEmpty else { return }
        if rect.height == 1 {
            drawHorizontalLine(x: rect.x, y: rect.y, length: rect.width, glyph: glyphs.horizontal, style: style)
            return
        }
        if rect.width == 1 {
            drawVerticalLine(x: rect.x, y: rect.y, length: rect.height, glyph: glyphs.vertical, style: style)
            return
        }
        let right = rect.maxX - 1, bottom = rect.maxY - 1
        drawHorizontalLine(x: rect.x + 1, y: rect.y, length: rect.width - 2, glyph: glyphs.horizontal, style: style)
        drawHorizontalLine(x: rect.x + 1, y: bottom, length: rect.width - 2, glyph: glyphs.horizontal, style: style)
        drawVerticalLine(x: rect.x, y: rect.y + 1, length: rect.height - 2, glyph: glyphs.vertical, style: style)
        drawVerticalLine(x: right, y: rect.y + 1, length: rect.height - 2, glyph: glyphs.vertical, style: style)
        set(x: rect.x, y: rect.y, cell: Cell(glyphs.topLeft, style: style))
        set(x: right, y: rect.y, cell: Cell(glyphs.topRight, style: style))
        set(x: rect.x, y: bottom, cell: Cell(glyphs.bottomLeft, style: style))
        set(x: right, y: bottom, cell: Cell(glyphs.bottomRight, style: style))
    }

    // MARK: - Diff

    /// The cells that differ from `previous`, in row-major order.
    ///
    /// If the sizes differ (a resize), every cell is returned.
    public func diff(from previous: CellBuffer) -> [CellChange] {
        var changes: [CellChange] = []
        let sameSize = previous.width == width && previous.height == height
        for y in 0..<height {
            for x in 0..<width {
                let i = y * width + x
                if !sameSize || cells[i] != previous.cells[i] {
                    changes.append(CellChange(x: x, y: y, cell: cells[i]))
                }
            }
        }
        return changes
    }

    /// Every cell as a change, in row-major order (a full redraw).
    public func allCells() -> [CellChange] {
        var changes: [CellChange] = []
        changes.reserveCapacity(cells.count)
        for y in 0..<height {
            for x in 0..<width {
                changes.append(CellChange(x: x, y: y, cell: cells[y * width + x]))
            }
        }
        return changes
    }

    // MARK: - Text snapshots

    /// The text of row `y` without styles, trailing spaces trimmed.
    public func rowText(_ y: Int) -> String {
        guard y >= 0 && y < height else { return "" }
        let row = cells[(y * width)..<(y * width + width)]
        // Trailing spaces are left out before the text is built (trimming a String from the end is slow).
        guard let last = row.lastIndex(where: { $0.character != " " && !$0.isContinuation }) else { return "" }
        var s = ""
        for cell in row[...last] {
            if let c = cell.character { s.append(c) }
        }
        return s
    }

    /// The screen as plain text: rows joined by "\n", trailing spaces trimmed on each row.
    public func plainText() -> String {
        (0..<height).map(rowText).joined(separator: "\n")
    }

    /// The screen as text with ANSI SGR escape codes, rows joined by "\n".
    ///
    /// Colours are first reduced to `colorMode` (`.ansi256` gives `38;5;n` codes,
    /// `.trueColor` gives `38;2;r;g;b`, `.noColor` keeps only attributes). Each style
    /// change emits a full SGR sequence starting with `0`; a line that changed the style
    /// ends with `ESC[0m`. Trailing plain spaces are trimmed like `plainText()`.
    public func ansiText(colorMode: ColorMode = .trueColor) -> String {
        var lines: [String] = []
        lines.reserveCapacity(height)
        for y in 0..<height {
            let row = cells[(y * width)..<(y * width + width)]
            var end = row.endIndex
            while end > row.startIndex {
                let c = row[end - 1]
                if c.character == " " && c.style.reduced(to: colorMode) == .plain { end -= 1 } else { break }
            }
            var line = ""
            var current = Style.plain
            var styled = false
            for cell in row[row.startIndex..<end] {
                guard let ch = cell.character else { continue }
                let style = cell.style.reduced(to: colorMode)
                if style != current {
                    line += CellBuffer.sgr(style)
                    current = style
                    styled = true
                }
                line.append(ch)
            }
            if styled { line += "\u{1B}[0m" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// The SGR escape sequence selecting `style` from a reset state.
    public static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        let a = style.attributes
        if a.contains(.bold) { codes.append("1") }
        if a.contains(.dim) { codes.append("2") }
        if a.contains(.italic) { codes.append("3") }
        if a.contains(.underline) { codes.append("4") }
        if a.contains(.reverse) { codes.append("7") }
        if let fg = colorCode(style.foreground, base: 30, brightBase: 90, extended: 38) { codes.append(fg) }
        if let bg = colorCode(style.background, base: 40, brightBase: 100, extended: 48) { codes.append(bg) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func colorCode(_ color: Color, base: Int, brightBase: Int, extended: Int) -> String? {
        switch color {
        case .default:
            return nil
        case .ansi(let n):
            let m = Int(n % 16)
            return m < 8 ? String(base + m) : String(brightBase + m - 8)
        case .indexed(let n):
            return "\(extended);5;\(n)"
        case .rgb(let r, let g, let b):
            return "\(extended);2;\(r);\(g);\(b)"
        }
    }
}
