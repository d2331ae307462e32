import TUICore

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
