/// Text drawn in the big block font (`BigFont`), `BigFont.height` rows high, each span in its
/// own style.
///
/// Callers ask `width` first and fall back to ordinary text when it is nil (a character the font
/// lacks) or wider than their room: `render` draws nothing at all unless the whole text fits, so
/// a figure is never shown cut off.
public struct BigText: View {
    /// The text, in runs of one style. The blank column after a glyph takes its span's style when
    /// the next glyph is in the same span, so a span reads as one band (a field of bits).
    public var spans: [Span]
    /// Where the text sits in the area's width.
    public var alignment: Alignment
    /// Whether `0` and `1` take the narrow glyphs (three columns: rows of bits).
    public var narrow: Bool

    /// Creates big text in runs of styles.
    public init(spans: [Span], alignment: Alignment = .left, narrow: Bool = false) {
        self.spans = spans
        self.alignment = alignment
        self.narrow = narrow
    }

    /// Creates big text in one style.
    public init(_ text: String, style: Style = .plain, alignment: Alignment = .left, narrow: Bool = false) {
        self.init(spans: [Span(text, style: style)], alignment: alignment, narrow: narrow)
    }

    /// The whole text.
    public var text: String { spans.map(\.text).joined() }

    /// Columns the text needs, or nil when the font lacks one of its characters.
    public var width: Int? { BigText.width(of: text, narrow: narrow) }

    /// Columns `text` needs in the big font (glyphs and the spacing between them), or nil when the
    /// font lacks one of its characters.
    public static func width(of text: String, narrow: Bool = false) -> Int? {
        var total = 0
        for (n, c) in text.enumerated() {
            guard let glyph = BigFont.glyph(c, narrow: narrow) else { return nil }
            total += glyph.width + (n > 0 ? BigFont.spacing : 0)
        }
        return total
    }

    /// Whether the text can be drawn whole inside `area`.
    public func fits(in area: Rect) -> Bool {
        guard let width else { return false }
        return width <= area.width && area.height >= BigFont.height
    }

    /// Draws the text in the top `BigFont.height` rows of `area`, or nothing when it does not fit.
    public func render(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        guard fits(in: area), let width else { return }
        let g = context.glyphs
        var x: Int
        switch alignment {
        case .left: x = area.x
        case .center: x = area.x + (area.width - width) / 2
        case .right: x = area.maxX - width
        }
        let characters = spans.enumerated().flatMap { index, span in span.text.map { (character: $0, style: span.style, span: index) } }
        for (n, item) in characters.enumerated() {
            guard let glyph = BigFont.glyph(item.character, narrow: narrow) else { return }
            for (row, line) in glyph.rows.enumerated() {
                for (column, block) in line.enumerated() {
                    let shown: Character
                    switch block {
                    case "█": shown = g.blockFull
                    case "▀": shown = g.blockUpperHalf
                    case "▄": shown = g.blockLowerHalf
                    default: shown = " "
                    }
                    buffer.set(x: x + column, y: area.y + row, cell: Cell(shown, style: item.style))
                }
            }
            x += glyph.width
            guard n + 1 < characters.count else { break }
            // The gap inside a span is part of its band; between spans the area shows through.
            if characters[n + 1].span == item.span {
                for column in 0..<BigFont.spacing {
                    for row in 0..<BigFont.height { buffer.set(x: x + column, y: area.y + row, cell: Cell(" ", style: item.style)) }
                }
            }
            x += BigFont.spacing
        }
    }
}
