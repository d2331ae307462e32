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
