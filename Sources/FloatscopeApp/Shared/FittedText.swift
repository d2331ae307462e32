import FormatCore

/// A value's text for every column width up to a maximum, worked out once: for each width the
/// exact decimal when it fits, otherwise rounded (marked ≈) to enough digits to tell the value
/// from its neighbours (`ValueText.fittedTexts`, which never writes out more digits than the
/// widest column shows).
public struct FittedText: Sendable, Hashable {
    /// The distinct texts, widest first, with the width each needs.
    private let texts: [String]
    /// Whether each text is exact.
    private let exact: [Bool]
    /// Whether each text tells the value from its neighbours.
    private let clear: [Bool]

    /// Works out the texts of `value` for widths from `maxWidth` down to `minWidth`.
    public init(_ value: ExactValue, maxWidth: Int, minWidth: Int = 3, minimumDigits: Int = 1, neighbours: [ExactValue] = []) {
        let all = ValueText.fittedTexts(value, maxWidth: maxWidth, minWidth: minWidth, minimumDigits: minimumDigits, neighbours: neighbours)
        texts = all.map(\.text)
        exact = all.map(\.isExact)
        clear = all.map(\.distinguishes)
    }

    /// A text that is the same at every width (`-`, `≈2^-5000`).
    public init(fixed text: String, isExact: Bool) {
        texts = [text]
        exact = [isExact]
        clear = [true]
    }

    /// The text for `width` columns (the narrowest one when none fits).
    public func text(width: Int) -> String { texts[index(width)] }

    /// Whether the text for `width` columns is the exact value.
    public func isExact(width: Int) -> Bool { exact[index(width)] }

    /// Whether the text for `width` columns tells the value from its neighbours.
    public func distinguishes(width: Int) -> Bool { clear[index(width)] }

    /// The widest text (what the value needs at most).
    public var widest: String { texts[0] }

    /// The narrowest text.
    public var narrowest: String { texts[texts.count - 1] }

    private func index(_ width: Int) -> Int {
        texts.firstIndex { $0.count <= width } ?? texts.count - 1
    }
}
