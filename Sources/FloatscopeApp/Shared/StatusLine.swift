import FormatCore
import TUICore

/// The bottom line: rounding mode and saturation (with their keys), and the latest message.
public struct StatusLine: View {
    /// The session shown.
    public var session: Session

    /// Creates the line.
    public init(session: Session) {
        self.session = session
    }

    /// Draws the line on the first row of `area`.
    public func render(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let theme = context.theme, y = area.y
        var x = area.x + 1
        let language = session.language
        x += buffer.put(Translation.text("rounding", language) + " ", x: x, y: y, style: theme.dim, context: context)
        x += buffer.put(session.rounding.shortName, x: x, y: y, style: theme.text.bold(), context: context)
        x += buffer.put(" (r)  ", x: x, y: y, style: theme.dim, context: context)
        x += buffer.put(Translation.text("saturation", language) + " ", x: x, y: y, style: theme.dim, context: context)
        let saturating = session.overflow == .saturate
        x += buffer.put(Translation.text(saturating ? "on" : "off", language), x: x, y: y, style: saturating ? theme.statusWarn : theme.text.bold(), context: context)
        x += buffer.put(" (s)", x: x, y: y, style: theme.dim, context: context)
        guard let flash = session.flash else { return }
        let room = area.maxX - x - 4
        guard room > 4 else { return }
        // Measured as drawn: the ASCII spelling may be longer (`…` becomes `...`).
        let shown = context.glyphs.isUnicode ? flash.text : ASCIIText.transliterate(flash.text)
        let text = TextFit.truncate(shown, width: room, ellipsis: context.glyphs.ellipsis)
        buffer.put(text, x: area.maxX - DisplayWidth.of(text) - 1, y: y, style: flash.tone.style(in: context.theme), context: context)
    }
}
