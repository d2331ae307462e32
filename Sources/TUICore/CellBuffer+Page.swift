/// Painting the page colours of a theme (a light page on any terminal).
extension CellBuffer {
    /// Gives every cell left at the terminal's default foreground or background the page's colour
    /// instead (attributes kept). On a light page, light text drawn straight on the page (yellow,
    /// cyan, green bars meant for a dark terminal) is darkened so it stays readable, and white or
    /// light grey text takes the page's text colour. A plain page
    /// changes nothing.
    public mutating func paintPage(_ page: Style) {
        guard page.foreground != .default || page.background != .default else { return }
        let lightPage = CellBuffer.luminance(page.background).map { $0 > 0.5 } ?? false
        for y in 0..<height {
            for x in 0..<width {
                var style = self[x: x, y: y].style
                let onPage = style.background == .default
                if lightPage, onPage, !style.attributes.contains(.reverse), let l = CellBuffer.luminance(style.foreground), l > 0.5,
                   let (r, g, b) = style.foreground.rgbValue {
                    // A colour keeps its hue, darker; white and light greys become the page's text.
                    let greyish = max(r, g, b) - min(r, g, b) < 48
                    style.foreground = greyish ? page.foreground : .rgb(UInt8(Int(r) * 11 / 20), UInt8(Int(g) * 11 / 20), UInt8(Int(b) * 11 / 20))
                }
                if style.foreground == .default { style.foreground = page.foreground }
                if onPage { style.background = page.background }
                restyle(x: x, y: y, style)
            }
        }
    }

    /// Relative luminance (0 black ... 1 white) of a colour, nil for the default colour.
    static func luminance(_ color: Color) -> Double? {
        guard let (r, g, b) = color.rgbValue else { return nil }
        return (0.2126 * Double(r) + 0.7152 * Double(g) + 0.0722 * Double(b)) / 255
    }
}
