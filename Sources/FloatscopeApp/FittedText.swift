import FormatCore

/// A value's text for every column width up to a maximum, worked out once: for each width the
/// exact decimal when it fits, otherwise rounded (marked ≈) to enough digits to tell the value
/// from its neighbours (`ValueText.fitted`).
public struct FittedText: Sendable, Hashable {
    /// The distinct texts, widest first, with the width each needs.
    private let texts: [String]
    /// Whether each text is exact.
    private let exact: [Bool]
    /// Whether each text tells the value from its neighbours.
    private let clear: [Bool]

    /// Works out the texts of `value` for widths from `maxWidth` down to `minWidth`.
    public init(_ exactValue: ExactValue, maxWidth: Int, minWidth: Int = 3, minimumDigits: Int = 1, neighbours: [ExactValue] = []) {
        let value = FittedText.shortened(exactValue)
        var texts: [String] = [], exact: [Bool] = [], clear: [Bool] = []
        var width = maxWidth
        while width >= minWidth {
            let t = ValueText.fitted(value, width: width, minimumDigits: minimumDigits, neighbours: neighbours)
            if texts.last != t.text {
                texts.append(t.text)
                exact.append(t.isExact)
                clear.append(t.distinguishes)
            }
            width = min(width, t.columns) - 1
        }
        if texts.isEmpty {
            let t = ValueText.fitted(value, width: minWidth, minimumDigits: minimumDigits, neighbours: neighbours)
            texts = [t.text]; exact = [t.isExact]; clear = [t.distinguishes]
        }
        self.texts = texts
        self.exact = exact
        self.clear = clear
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

    /// Significant digits beyond which a value's exact decimal is never worked out here: no column
    /// is that wide, and expanding thousands of digits again for every width takes seconds.
    static let longDigits = 60

    /// The value itself when its exact decimal has at most `longDigits` significant digits;
    /// otherwise those digits cut with a sticky last digit (odd whenever anything was cut), so
    /// that rounding it to fewer digits gives what rounding the value would, and it is never
    /// taken for exact in a column narrower than `longDigits`.
    static func shortened(_ value: ExactValue) -> ExactValue {
        guard let r = value.finiteMagnitude, !r.isZero else { return value }
        var (digits, exponent) = r.significantDigits(longDigits, .down)
        if Rational(significand: digits, decimalExponent: exponent) == r { return value }
        if digits.words.first.map({ $0 & 1 == 0 }) ?? true { digits += 1 }
        return .finite(Rational(significand: digits, decimalExponent: exponent), negative: value.isNegative)
    }

    private func index(_ width: Int) -> Int {
        texts.firstIndex { $0.count <= width } ?? texts.count - 1
    }
}
