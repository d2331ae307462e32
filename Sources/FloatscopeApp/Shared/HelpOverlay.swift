import TUICore

/// The help overlay: every key of the current screen and of the app, and the value syntax.
public struct HelpOverlay: View {
    /// The current screen's sections.
    public var sections: [HelpSection]
    /// Lines scrolled off the top (when the help is taller than the terminal).
    public var scroll: Int
    /// The language of the texts (the sections are given translated; this translates the rest).
    public var language: Language

    /// Keys that work on every screen.
    public static let global = HelpSection("Everywhere", [
        HelpEntry("Tab S-Tab 1-9", "switch screen"),
        HelpEntry("?", "help (any key closes)"),
        HelpEntry("^L · x", "redraw · export .svg"),
        HelpEntry("P F5", "presenter mode"),
        HelpEntry("q ^C", "quit"),
        HelpEntry("Esc", "cancel / close"),
        HelpEntry("L", "lessons: menu; → ← next / back, Esc leaves"),
    ])

    /// The value syntax, at the bottom.
    public static let syntax = [
        "Values: 0.1  -6.5e4  1e-40  0x1.8p-3  1/3  2^-10  inf  nan  -0",
        "        fp16:max  tiny (focused format)  bf16:0x3f80  e4m3fn:0b01111110",
    ]

    /// Creates the overlay.
    public init(sections: [HelpSection], scroll: Int = 0, language: Language = .en) {
        self.sections = sections
        self.scroll = scroll
        self.language = language
    }

    /// The content lines for an inner width: two columns of sections when they fit, else one.
    func lines(width: Int, theme: Theme, unicode: Bool) -> [Line] {
        let all = sections + Translation.sections([HelpOverlay.global], language)
        func text(_ s: String) -> String { unicode ? s : ASCIIText.transliterate(s) }
        func columnLines(_ group: [HelpSection]) -> (lines: [Line], width: Int) {
            let keyWidth = group.flatMap(\.entries).map { DisplayWidth.of(text($0.keys)) }.max() ?? 0
            var lines: [Line] = []
            for (n, section) in group.enumerated() {
                if n > 0 { lines.append(Line.empty) }
                lines.append(Line(text(section.title), style: theme.helpOverlay.bold().underline()))
                for entry in section.entries {
                    let keys = text(entry.keys)
                    let pad = String(repeating: " ", count: max(0, keyWidth - DisplayWidth.of(keys)))
                    lines.append(Line([Span(keys + pad, style: theme.helpOverlay.bold()), Span(" " + text(entry.action), style: theme.helpOverlay)]))
                }
            }
            return (lines, lines.map(\.width).max() ?? 0)
        }
        var body: [Line]
        let total = all.reduce(0) { $0 + $1.entries.count + 2 }
        var split = 0, count = 0
        while split < all.count && count * 2 < total { count += all[split].entries.count + 2; split += 1 }
        let left = columnLines(Array(all[..<split])), right = columnLines(Array(all[split...]))
        let gap = 3
        if split > 0 && split < all.count && left.width + gap + right.width <= width {
            body = []
            for i in 0..<max(left.lines.count, right.lines.count) {
                let l = i < left.lines.count ? left.lines[i] : Line.empty
                let r = i < right.lines.count ? right.lines[i] : Line.empty
                let pad = Span(String(repeating: " ", count: left.width - l.width + gap), style: theme.helpOverlay)
                body.append(Line(l.spans + [pad] + r.spans))
            }
        } else {
            body = columnLines(all).lines
        }
        body.append(Line.empty)
        body += HelpOverlay.syntax.map { Line(text(Translation.text($0, language)), style: theme.helpOverlay) }
        return body
    }

    /// The box in `area` and its content lines.
    func layout(in area: Rect, theme: Theme, unicode: Bool) -> (box: Rect, lines: [Line]) {
        let lines = self.lines(width: max(1, area.width - 4), theme: theme, unicode: unicode)
        let contentWidth = lines.map(\.width).max() ?? 0
        let box = area.centered(width: contentWidth + 4, height: lines.count + 2)
        return (box, lines)
    }

    /// The largest scroll that still shows something new.
    public func maxScroll(in area: Rect, unicode: Bool) -> Int {
        let (box, lines) = layout(in: area, theme: .monochrome, unicode: unicode)
        return max(0, lines.count - max(0, box.height - 2))
    }

    /// Draws the overlay centred in `area`.
    public func render(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let theme = context.theme
        let (box, lines) = layout(in: area, theme: theme, unicode: context.glyphs.isUnicode)
        guard !box.isEmpty else { return }
        let style = theme.helpOverlay
        let maxScroll = max(0, lines.count - max(0, box.height - 2))
        let first = min(max(0, scroll), maxScroll)
        var title = Translation.text("Keys", language)
        if maxScroll > 0 { title += " (\(context.glyphs.isUnicode ? "↑↓" : "up/down") \(Translation.text("scroll", language)))" }
        Block(title: Line(title, style: style.bold()), borderStyle: style, fill: style).render(into: &buffer, area: box, context: context)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        Paragraph(lines, scrollY: first, style: style).render(into: &buffer, area: inner, context: context)
    }
}
