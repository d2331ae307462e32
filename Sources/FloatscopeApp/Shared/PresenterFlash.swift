import TUICore

/// The status message in presenter mode, where there is no status line: drawn over the bottom
/// row, right-aligned, while the message lasts (a few seconds).
public struct PresenterFlash: View {
    /// The message.
    public var flash: Flash

    /// Creates the line.
    public init(flash: Flash) {
        self.flash = flash
    }

    /// Draws the message on the first row of `area`, over what is there.
    public func render(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        guard area.width > 4, area.height > 0 else { return }
        let shown = context.glyphs.isUnicode ? flash.text : ASCIIText.transliterate(flash.text)
        let text = " " + TextFit.truncate(shown, width: area.width - 4, ellipsis: context.glyphs.ellipsis) + " "
        let x = area.maxX - DisplayWidth.of(text) - 1
        buffer.fill(Rect(x: x, y: area.y, width: DisplayWidth.of(text), height: 1), style: context.theme.text)
        // A neutral message gets the badge look: it sits over the screen and must stand out.
        let style = flash.tone == .neutral ? context.theme.badge : flash.tone.style(in: context.theme)
        buffer.put(text, x: x, y: area.y, style: style, context: context)
    }
}
