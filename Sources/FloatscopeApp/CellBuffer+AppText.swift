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
