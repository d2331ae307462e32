/// Painting the page colours of a theme (a light page on any terminal).
extension CellBuffer {
    /// Gives every cell left at the terminal's default foreground or background the page's colour
    /// instead (attributes kept). A plain page changes nothing.
    public mutating func paintPage(_ page: Style) {
        guard page.foreground != .default || page.background != .default else { return }
        for y in 0..<height {
            for x in 0..<width {
                var style = self[x: x, y: y].style
                guard style.foreground == .default || style.background == .default else { continue }
                if style.foreground == .default { style.foreground = page.foreground }
                if style.background == .default { style.background = page.background }
                restyle(x: x, y: y, style)
            }
        }
    }
}
