import TUICore

extension Fragment {
    /// The fragment as a span styled by `theme`.
    func span(_ theme: Theme) -> Span {
        switch kind {
        case .label: return Span(text, style: theme.dim)
        case .value: return Span(text, style: theme.text)
        case .dim: return Span(text, style: theme.dim)
        case .tone(let tone): return Span(text, style: tone.style(in: theme))
        }
    }
}

extension Array where Element == Fragment {
    /// The fragments as a line styled by `theme` (transliterated to ASCII when `ascii`).
    func line(_ theme: Theme, ascii: Bool = false) -> Line {
        Line(map { fragment in
            var span = fragment.span(theme)
            if ascii { span.text = ASCIIText.transliterate(span.text) }
            return span
        })
    }
}
