import TUICore

/// The lesson menu: every lesson with its number of steps; ↑/↓ choose, Enter starts.
public struct LessonMenuOverlay: View {
    /// The row selected.
    public var selected: Int
    /// The language of the titles.
    public var language: Language

    /// Creates the overlay.
    public init(selected: Int, language: Language) {
        self.selected = selected
        self.language = language
    }

    /// Draws the menu centred in `area`.
    public func render(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let theme = context.theme
        let unicode = context.glyphs.isUnicode
        func text(_ s: String) -> String { unicode ? s : ASCIIText.transliterate(s) }
        let lessons = LessonCatalog.all
        let nameWidth = lessons.map { $0.name.count }.max() ?? 0
        let rows = lessons.map { lesson -> String in
            let steps = language == .zh ? "\(lesson.steps.count) 步" : "\(lesson.steps.count) steps"
            return text(lesson.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  " + lesson.title(language) + "  (" + steps + ")")
        }
        let hint = text(language == .zh ? "↑↓ 选择 · Enter 开始 · Esc 关闭" : "↑↓ choose · Enter starts · Esc closes")
        let width = min(area.width, max(rows.map { DisplayWidth.of($0) }.max() ?? 0, DisplayWidth.of(hint)) + 4)
        let box = area.centered(width: width, height: min(area.height, rows.count + 4))
        guard !box.isEmpty else { return }
        let style = theme.helpOverlay
        Block(title: Line(text(language == .zh ? "课程" : "Lessons"), style: style.bold()), borderStyle: style, fill: style)
            .render(into: &buffer, area: box, context: context)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        for (i, row) in rows.enumerated() where i < inner.height - 2 {
            _ = buffer.write(row, x: inner.x, y: inner.y + i, style: i == selected ? style.reverse() : style, clip: inner)
        }
        _ = buffer.write(hint, x: inner.x, y: inner.maxY - 1, style: style, clip: inner)
    }
}
