import TUICore

extension CellBuffer {
    /// Writes text like `write(_:x:y:style:clip:)`, first replacing non-ASCII characters when the
    /// context draws ASCII only. Returns the columns advanced.
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil, context: RenderContext) -> Int {
        write(context.glyphs.isUnicode ? text : ASCIIText.transliterate(text), x: x, y: y, style: style, clip: clip)
    }

    /// Writes spans one after another (transliterated when ASCII only); returns the columns advanced.
    @discardableResult
    mutating func put(_ spans: [Span], x: Int, y: Int, clip: Rect? = nil, context: RenderContext) -> Int {
        var column = x
        for span in spans {
            column += put(span.text, x: column, y: y, style: span.style, clip: clip, context: context)
        }
        return column - x
    }

    /// Writes paragraphs wrapped to `area`'s width less two columns, from row `y` down, one column in
    /// from its left (transliterated when ASCII only); an empty paragraph is a blank row. Stops at the
    /// bottom of `area`.
    mutating func putParagraphs(_ paragraphs: [(String, Style)], in area: Rect, fromRow y: Int, context: RenderContext) {
        var y = y
        for (raw, style) in paragraphs {
            let text = context.glyphs.isUnicode ? raw : ASCIIText.transliterate(raw)
            guard !text.isEmpty else { y += 1; continue }
            for chunk in TextWrap.wrap(Line(text, style: style), width: area.width - 2) where y < area.maxY {
                write(chunk.spans, x: area.x + 1, y: y, clip: area)
                y += 1
            }
        }
    }

    /// Replaces every non-ASCII cell with `?` (a final guarantee for ASCII-only output).
    mutating func forceASCII() {
        for y in 0..<height {
            for x in 0..<width {
                guard let c = self[x: x, y: y].character, !c.isASCII else { continue }
                set(x: x, y: y, cell: Cell("?", style: self[x: x, y: y].style))
            }
        }
    }
}
