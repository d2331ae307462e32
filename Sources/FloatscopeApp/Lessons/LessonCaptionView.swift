import TUICore

/// The caption box of a lesson step: a header rule with the title, the step and the keys, then
/// the caption wrapped to the width (cut with "…" when it has more rows than the box).
public struct LessonCaptionView: View {
    /// The lesson shown.
    public var state: LessonState

    /// Creates the view.
    public init(state: LessonState) {
        self.state = state
    }

    /// Draws the box into `area` (its height comes from `LessonState.rows(width:)`).
    public func render(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        guard area.height > 0, area.width > 2 else { return }
        let theme = context.theme
        let unicode = context.glyphs.isUnicode
        func text(_ s: String) -> String { unicode ? s : ASCIIText.transliterate(s) }
        buffer.fill(area, style: theme.text)
        buffer.drawHorizontalLine(x: area.x, y: area.y, length: area.width, glyph: context.glyphs.horizontal, style: theme.border)
        let header = DisplayWidth.of(state.header) + 4 <= area.width ? state.header : state.shortHeader
        _ = buffer.write(" " + text(header) + " ", x: area.x + 1, y: area.y, style: theme.title.bold(),
                         clip: Rect(x: area.x, y: area.y, width: area.width, height: 1))
        var lines = state.captionLines(width: area.width)
        let room = area.height - 1
        if lines.count > room, room > 0 {
            lines = Array(lines.prefix(room))
            lines[room - 1] = Line(lines[room - 1].plainText + "…")
        }
        for (i, line) in lines.prefix(max(0, room)).enumerated() {
            let row = Line(text(line.plainText), style: theme.text)
            _ = buffer.write(row.spans, x: area.x + 1, y: area.y + 1 + i, clip: area)
        }
    }
}
