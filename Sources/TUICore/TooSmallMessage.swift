/// A centred "Terminal too small: need at least WxH, have wxh" message filling its area.
public struct TooSmallMessage: View {
    /// The minimum width the application needs.
    public var minimumWidth: Int
    /// The minimum height the application needs.
    public var minimumHeight: Int
    /// Style of the message (nil: the theme's `statusWarn` style).
    public var style: Style?

    /// Creates the message view.
    public init(minimumWidth: Int, minimumHeight: Int, style: Style? = nil) {
        self.minimumWidth = minimumWidth
        self.minimumHeight = minimumHeight
        self.style = style
    }

    /// True when `size` is below the minimum in either direction (the message should be shown).
    public func isTooSmall(_ size: Size) -> Bool {
        size.width < minimumWidth || size.height < minimumHeight
    }

    /// The message text for an area of the given size.
    public func message(for size: Size) -> String {
        "Terminal too small: need at least \(minimumWidth)x\(minimumHeight), have \(size.width)x\(size.height)"
    }

    /// Clears the area and draws the message, word-wrapped and centred.
    public func render(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let area = area.intersection(buffer.bounds)
        guard !area.isEmpty else { return }
        buffer.fill(area)
        let line = Line(message(for: area.size), style: style ?? context.theme.statusWarn, alignment: .center)
        let rows = TextWrap.wrap(line, width: area.width)
        let top = area.y + max(0, (area.height - rows.count) / 2)
        for (i, row) in rows.enumerated() where top + i < area.maxY {
            buffer.write(row, in: Rect(x: area.x, y: top + i, width: area.width, height: 1))
        }
    }
}
