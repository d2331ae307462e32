import TUICore

extension Array where Element == Fragment {
    /// The fragments as a line styled by `theme` (labels and notes in `language`, transliterated to
    /// ASCII when `ascii`).
    func line(_ theme: Theme, ascii: Bool = false, language: Language = .en) -> Line {
        Line(map { fragment in
            var span = fragment.span(theme)
            if case .value = fragment.kind {} else { span.text = Translation.label(span.text, language) }
            if ascii { span.text = ASCIIText.transliterate(span.text) }
            return span
        })
    }
}
