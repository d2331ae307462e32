/// Styled text lines, optionally word-wrapped, with horizontal and vertical scrolling.
///
/// The paragraph owns its area: it first fills it with `style`, then draws the lines
/// with `style` underneath each span's own style. Lines beyond the area are clipped.
public struct Paragraph: View {
    /// The logical lines.
    public var lines: [Line]
    /// Wrap lines to the area width (horizontal scroll is then ignored).
    public var wrap: Bool
    /// Columns scrolled off to the left (unwrapped text only).
    public var scrollX: Int
    /// Visual rows scrolled off the top.
    public var scrollY: Int
    /// Base style for the area and the text.
    public var style: Style

    /// Creates a paragraph from lines.
    public init(_ lines: [Line], wrap: Bool = false, scrollX: Int = 0, scrollY: Int = 0, style: Style = .plain) {
        self.lines = lines
        self.wrap = wrap
        self.scrollX = scrollX
        self.scrollY = scrollY
        self.style = style
    }

    /// Creates a paragraph from text; "\n" separates lines.
    public init(_ text: String, style: Style = .plain, wrap: Bool = false) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Line(String($0)) }
        self.init(lines, wrap: wrap, style: style)
    }

    /// The rows the paragraph shows at the given width (after wrapping, before scrolling).
    public func visualLines(width: Int) -> [Line] {
        guard wrap else { return lines }
        return lines.flatMap { TextWrap.wrap($0, width: width) }
    }

    /// Number of rows at the given width; use it to clamp `scrollY`.
    public func lineCount(width: Int) -> Int {
        visualLines(width: width).count
    }

    /// Draws the paragraph.
    public func render(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let area = area.intersection(buffer.bounds)
        guard !area.isEmpty else { return }
        buffer.fill(area, style: style)
        let rows = visualLines(width: area.width)
        let dx = wrap ? 0 : max(0, scrollX)
        let first = max(0, scrollY)
        for row in 0..<area.height {
            let index = first + row
            guard index < rows.count else { break }
            let line = rows[index].patchingStyle(style)
            let lineWidth = line.width
            var start = area.x
            switch line.alignment {
            case .left: break
            case .center: start += max(0, (area.width - lineWidth) / 2)
            case .right: start += max(0, area.width - lineWidth)
            }
            buffer.write(line.spans, x: start - dx, y: area.y + row, clip: area)
        }
    }
}
