import TUICore

/// The value text the Bits screen's presenter view draws in big glyphs: the same texts as the
/// value column (`FittedText`: the exact decimal when it fits, else rounded and marked ≈), the
/// widest one whose big glyphs fit the room.
struct BigValueText: Sendable, Hashable {
    /// The text (carrying ≈ when rounded).
    let text: String
    /// Whether the text is the exact value.
    let isExact: Bool

    /// The widest text of `fitted` (for widths from `maxWidth` down) whose big glyphs fit in
    /// `room` columns, or nil when none does (the caller falls back to ordinary text).
    init?(_ fitted: FittedText, maxWidth: Int, room: Int) {
        var width = maxWidth
        while width > 0 {
            let text = fitted.text(width: width)
            if let big = BigText.width(of: text), big <= room {
                self.text = text
                isExact = fitted.isExact(width: width)
                return
            }
            // The next narrower text: FittedText gives the same one for every width down to its length.
            width = min(width, text.count) - 1
        }
        return nil
    }
}
