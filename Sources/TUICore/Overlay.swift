/// A bordered box centred in its area and drawn over whatever is there (e.g. a help screen).
///
/// By default the box fits its content (widest line or title, plus a border and one
/// column of padding on each side), clamped to the area; text wraps if it must.
public struct Overlay: View {
    /// Title in the top border.
    public var title: Line?
    /// Content lines.
    public var lines: [Line]
    /// Total box width including the border (nil: fit the content).
    public var width: Int?
    /// Total box height including the border (nil: fit the content).
    public var height: Int?
    /// Style of the box and its text (nil: the theme's `helpOverlay` style).
    public var style: Style?

    /// Creates an overlay.
    public init(title: Line? = nil, lines: [Line], width: Int? = nil, height: Int? = nil, style: Style? = nil) {
        self.title = title
        self.lines = lines
        self.width = width
        self.height = height
        self.style = style
    }

    /// The rect the box occupies when drawn in `area`.
    public func boxRect(in area: Rect) -> Rect {
        let contentWidth = max(lines.map(\.width).max() ?? 0, (title?.width ?? 0) + 2)
        let w = min(width ?? contentWidth + 4, area.width)
        let rows = lines.reduce(0) { $0 + TextWrap.wrap($1, width: max(1, w - 4)).count }
        let h = height ?? rows + 2
        return area.centered(width: w, height: h)
    }

    /// Draws the box over the existing content.
    public func render(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let box = boxRect(in: area.intersection(buffer.bounds))
        guard !box.isEmpty else { return }
        let s = style ?? context.theme.helpOverlay
        let block = Block(title: title, borderStyle: s, fill: s)
        block.render(into: &buffer, area: box, context: context)
        let inner = block.inner(box).inset(left: 1, right: 1)
        Paragraph(lines, wrap: true, style: s).render(into: &buffer, area: inner, context: context)
    }
}
