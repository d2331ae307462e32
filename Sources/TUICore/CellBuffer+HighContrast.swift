/// High contrast for presenting: no dim text, no grey text, everything bold.
extension CellBuffer {
    /// Makes every cell bold, drops dim, and turns grey text (a grey foreground between the
    /// darkest and lightest greys) into the default (or page) colour. Backgrounds are kept.
    public mutating func makeHighContrast() {
        for y in 0..<height {
            for x in 0..<width {
                var style = self[x: x, y: y].style
                style.attributes.subtract(.dim)
                style.attributes.formUnion(.bold)
                if CellBuffer.isGrey(style.foreground) { style.foreground = .default }
                restyle(x: x, y: y, style)
            }
        }
    }

    /// Whether a colour is a mid grey (neither near black nor near white), the colour of hints.
    static func isGrey(_ color: Color) -> Bool {
        guard let (r, g, b) = color.rgbValue, r == g, g == b else { return false }
        return (40...215).contains(r)
    }
}
