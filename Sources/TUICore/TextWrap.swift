/// Greedy word wrapping of styled lines to a column width.
public enum TextWrap {
    private struct Item {
        var character: Character
        var style: Style
        var width: Int
    }

    /// Wraps `line` into lines no wider than `width` columns.
    ///
    /// Breaks after spaces and after wide (CJK) characters where possible, never before closing
    /// punctuation (`，。）`...) or after opening punctuation (`（「`...), so a row never starts with a
    /// comma (the breaking space is dropped, as are leading
    /// spaces of continuation lines and trailing spaces before a break); words longer
    /// than the width are broken anywhere. Styles and the alignment are kept. An empty
    /// line gives one empty line; a width of 0 or less gives no lines.
    public static func wrap(_ line: Line, width: Int) -> [Line] {
        guard width > 0 else { return [] }
        var items: [Item] = []
        for span in line.spans {
            for ch in span.text {
                let w = DisplayWidth.of(ch)
                if w > 0 { items.append(Item(character: ch, style: span.style, width: w)) }
            }
        }
        var rows: [[Item]] = []
        var current: [Item] = []
        var currentWidth = 0
        var breaks: [Int] = []  // indices in `current` where a new row could start (after a space or a wide character)

        func finishRow(_ row: [Item]) {
            var r = row
            while r.last?.character == " " { r.removeLast() }
            rows.append(r)
        }

        for item in items {
            let isSpace = item.character == " "
            if isSpace && current.isEmpty && !rows.isEmpty { continue }
            // No break just before closing punctuation: it stays with the character before it.
            if TextWrap.closing.contains(item.character), breaks.last == current.count { breaks.removeLast() }
            if currentWidth + item.width > width {
                if isSpace {
                    finishRow(current)
                    current = []
                    currentWidth = 0
                    breaks = []
                    continue
                }
                if let b = breaks.last, b > 0, b < current.count {
                    finishRow(Array(current[..<b]))
                    current = Array(current[b...])
                } else {
                    finishRow(current)
                    current = []
                }
                currentWidth = current.reduce(0) { $0 + $1.width }
                breaks = []
                if currentWidth + item.width > width && !current.isEmpty {
                    finishRow(current)
                    current = []
                    currentWidth = 0
                }
            }
            current.append(item)
            currentWidth += item.width
            // Lines may break after a space, and after a wide (CJK) character, as East Asian text
            // has no spaces between words.
            if (isSpace || item.width > 1) && !TextWrap.opening.contains(item.character) { breaks.append(current.count) }
        }
        if !current.isEmpty || rows.isEmpty {
            finishRow(current)
        }
        return rows.map { makeLine($0, alignment: line.alignment) }
    }

    /// Punctuation a row may not start with (full-width comma, full stop, closing brackets...).
    static let closing: Set<Character> = ["，", "。", "；", "：", "、", "）", "」", "』", "》", "〉", "】", "！", "？", "…", ")", ",", ".", ";", ":"]
    /// Punctuation a row may not end with (full-width opening brackets).
    static let opening: Set<Character> = ["（", "「", "『", "《", "〈", "【"]

    private static func makeLine(_ items: [Item], alignment: Alignment) -> Line {
        var spans: [Span] = []
        for item in items {
            if let last = spans.last, last.style == item.style {
                spans[spans.count - 1].text.append(item.character)
            } else {
                spans.append(Span(String(item.character), style: item.style))
            }
        }
        return Line(spans, alignment: alignment)
    }
}
