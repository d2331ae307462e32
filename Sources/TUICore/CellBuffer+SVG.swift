/// SVG export: the buffer drawn like a terminal (monospace grid, same colours and attributes).
extension CellBuffer {
    /// Width of a cell in the SVG, in pixels.
    public static let svgCellWidth = 8.4
    /// Height of a cell in the SVG, in pixels.
    public static let svgCellHeight = 17.0

    /// The buffer as an SVG document: a background rectangle, one `<rect>` per run of cells with
    /// the same background other than the page's, one `<text>` per run of cells with the same
    /// style, and one `<rect>` per run of full or half blocks of one colour.
    ///
    /// Colours are first reduced to `colorMode` (`.noColor` keeps attributes only); reverse swaps
    /// the colours, dim lowers the opacity, bold, italic and underline map to font attributes.
    public func svgText(colorMode: ColorMode = .ansi256, foreground: String = "#d0d0d0", background: String = "#1c1c1c") -> String {
        let cw = CellBuffer.svgCellWidth, ch = CellBuffer.svgCellHeight
        func number(_ v: Double) -> String {
            let r = (v * 100).rounded() / 100
            return r == r.rounded() ? String(Int(r)) : String(r)
        }
        func hex(_ color: Color, _ fallback: String) -> String {
            guard let (r, g, b) = color.rgbValue else { return fallback }
            return "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
        func colours(_ style: Style) -> (fg: String, bg: String?) {
            let s = style.reduced(to: colorMode)
            var fg = hex(s.foreground, foreground)
            var bg: String? = s.background == .default ? nil : hex(s.background, background)
            if s.attributes.contains(.reverse) {
                let oldFg = fg
                fg = bg ?? background
                bg = oldFg
            }
            return (fg, bg)
        }
        let totalWidth = Double(width) * cw, totalHeight = Double(height) * ch
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(number(totalWidth))" height="\(number(totalHeight))" \
            viewBox="0 0 \(number(totalWidth)) \(number(totalHeight))" font-family="DejaVu Sans Mono, Menlo, Consolas, Noto Sans Mono CJK SC, WenQuanYi Micro Hei Mono, monospace" \
            font-size="14" xml:space="preserve">
            <rect width="100%" height="100%" fill="\(background)"/>

            """
        for y in 0..<height {
            // Backgrounds.
            var x = 0
            while x < width {
                let bg = colours(self[x: x, y: y].style).bg
                var end = x + 1
                while end < width, colours(self[x: end, y: y].style).bg == bg { end += 1 }
                if let bg, bg != background {
                    out += "<rect x=\"\(number(Double(x) * cw))\" y=\"\(number(Double(y) * ch))\" width=\"\(number(Double(end - x) * cw))\" height=\"\(number(ch))\" fill=\"\(bg)\"/>\n"
                }
                x = end
            }
            // Text, one element per run of one style (blank runs skipped). Full and half blocks are
            // drawn as rectangles instead, so block drawings (big glyphs, bars) have no gaps
            // whatever the font's block glyphs look like.
            x = 0
            var blocks: [(x: Int, block: Character, fill: String, dim: Bool)] = []
            while x < width {
                let style = self[x: x, y: y].style
                var end = x, text = ""
                while end < width, self[x: end, y: y].style == style {
                    if let c = self[x: end, y: y].character {
                        if CellBuffer.svgBlocks.contains(c) {
                            blocks.append((end, c, colours(style).fg, style.attributes.contains(.dim)))
                            text.append(" ")
                        } else {
                            text.append(c)
                        }
                    }
                    end += 1
                }
                if !text.allSatisfy({ $0 == " " }) {
                    out += textElement(text, x: Double(x) * cw, y: Double(y) * ch + ch * 0.78, columns: end - x,
                                       style: style, fill: colours(style).fg, number: number)
                }
                x = end
            }
            // Runs of one block in one colour become one rectangle.
            var i = 0
            while i < blocks.count {
                var j = i + 1
                while j < blocks.count, blocks[j].x == blocks[j - 1].x + 1, blocks[j].block == blocks[i].block,
                      blocks[j].fill == blocks[i].fill, blocks[j].dim == blocks[i].dim { j += 1 }
                let top = Double(y) * ch + (blocks[i].block == "▄" ? ch / 2 : 0)
                let height = blocks[i].block == "█" ? ch : ch / 2
                out += "<rect x=\"\(number(Double(blocks[i].x) * cw))\" y=\"\(number(top))\" width=\"\(number(Double(j - i) * cw))\" "
                    + "height=\"\(number(height))\" fill=\"\(blocks[i].fill)\" shape-rendering=\"crispEdges\"\(blocks[i].dim ? " opacity=\"0.6\"" : "")/>\n"
                i = j
            }
        }
        return out + "</svg>\n"
    }

    /// One `<text>` element, stretched to its cells so the grid stays exact in any font.
    private func textElement(_ text: String, x: Double, y: Double, columns: Int, style: Style, fill: String,
                             number: (Double) -> String) -> String {
        var attributes = "x=\"\(number(x))\" y=\"\(number(y))\" fill=\"\(fill)\""
        attributes += " textLength=\"\(number(Double(columns) * CellBuffer.svgCellWidth))\" lengthAdjust=\"spacingAndGlyphs\""
        if style.attributes.contains(.bold) { attributes += " font-weight=\"bold\"" }
        if style.attributes.contains(.italic) { attributes += " font-style=\"italic\"" }
        if style.attributes.contains(.underline) { attributes += " text-decoration=\"underline\"" }
        if style.attributes.contains(.dim) { attributes += " opacity=\"0.6\"" }
        return "<text \(attributes)>\(CellBuffer.xmlEscaped(text))</text>\n"
    }

    /// The buffer as an SVG document on the theme's page: a light theme's page colours, else the
    /// dark defaults (`svgText(colorMode:foreground:background:)`).
    public func svgText(colorMode: ColorMode, theme: Theme) -> String {
        func hex(_ color: Color) -> String? {
            guard let (r, g, b) = color.rgbValue else { return nil }
            return "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
        return svgText(colorMode: colorMode, foreground: hex(theme.page.foreground) ?? "#d0d0d0",
                       background: hex(theme.page.background) ?? "#1c1c1c")
    }

    /// The block characters drawn as rectangles: full, upper half and lower half.
    static let svgBlocks: Set<Character> = ["█", "▀", "▄"]

    /// Text with `&`, `<`, `>`, `"` and `'` escaped for XML.
    public static func xmlEscaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(c)
            }
        }
        return out
    }
}
