/// What views need to know about the output besides their area: glyphs, colours, theme.
public struct RenderContext: Sendable, Hashable {
    /// The drawing characters to use (Unicode or ASCII).
    public var glyphs: Glyphs
    /// The colour capability of the output.
    public var colorMode: ColorMode
    /// Named styles.
    public var theme: Theme

    /// Creates a context; the theme defaults to `Theme.standard(for: colorMode)`.
    public init(glyphs: Glyphs = .unicode, colorMode: ColorMode = .ansi256, theme: Theme? = nil) {
        self.glyphs = glyphs
        self.colorMode = colorMode
        self.theme = theme ?? Theme.standard(for: colorMode)
    }

    /// Unicode glyphs, no colour, monochrome theme: convenient for text snapshots.
    public static let plain = RenderContext(glyphs: .unicode, colorMode: .noColor)

    /// ASCII glyphs, no colour, monochrome theme.
    public static let ascii = RenderContext(glyphs: .ascii, colorMode: .noColor)
}
