/// A bordered box with an optional title in its top border.
///
/// Draw the block, then draw content into `inner(area)`.
public struct Block: View {
    /// Title drawn in the top border, padded with a space on each side; its alignment is honoured.
    public var title: Line?
    /// Style of the border (nil: the theme's `border` style).
    public var borderStyle: Style?
    /// If set, the whole area is first filled with spaces in this style.
    public var fill: Style?
    /// Glyph set overriding the context's (e.g. `Glyphs.unicodeRounded`).
    public var glyphs: Glyphs?

    /// Creates a block.
    public init(title: Line? = nil, borderStyle: Style? = nil, fill: Style? = nil, glyphs: Glyphs? = nil) {
        self.title = title
        self.borderStyle = borderStyle
        self.fill = fill
        self.glyphs = glyphs
    }

    /// The area inside the border.
    public func inner(_ area: Rect) -> Rect {
        area.inset(by: 1)
    }

    /// Draws the border and title.
    public func render(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let area = area.intersection(buffer.bounds)
        guard !area.isEmpty else { return }
        if let fill { buffer.fill(area, style: fill) }
        let border = borderStyle ?? context.theme.border
        let g = context.glyphs.isUnicode ? (glyphs ?? context.glyphs) : context.glyphs
        buffer.drawBox(area, glyphs: g, style: border)
        if let title, !title.spans.isEmpty, area.width > 2 {
            let padded = Line([Span(" ", style: border)] + title.spans + [Span(" ", style: border)], alignment: title.alignment)
            buffer.write(padded, in: Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: 1))
        }
    }
}
