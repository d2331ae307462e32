import BigInt

/// How a number is shown: its text, whether that text is the exact value, and whether its digits
/// tell it apart from the values it must not be confused with.
///
/// Every value a format holds is a dyadic rational with a finite decimal expansion, so "exact"
/// means the full expansion. A text that is not exact carries the mark "≈" at its front; callers
/// may put "=" only before an exact text. `inf`, `-inf`, `nan`, `0` and `-0` are exact.
public struct ValueText: Sendable, Equatable, CustomStringConvertible {
    /// The text, already carrying the "≈" prefix when it is not exact.
    public let text: String
    /// Whether `text` is the value exactly.
    public let isExact: Bool
    /// Whether the digits tell the value apart from every neighbour it was fitted against: the
    /// decimal shown is strictly nearer to the value than to any of them (so two neighbours never
    /// show the same text). Always true for exact texts.
    public let distinguishes: Bool

    /// The rounding mark.
    public static let roundedMark = "≈"

    /// The text.
    public var description: String { text }

    /// Display columns of the text (every character used here is one column wide).
    public var columns: Int { text.count }

    /// The exact decimal when it fits `width` display columns; otherwise the value rounded to
    /// the fewest significant digits (at least `minimumDigits`) that still tell it apart from
    /// `neighbours`, marked "≈" (the mark counts toward width). If even that cannot fit, the one
    /// with the most digits that fits (or one digit when none fits), still marked "≈", with
    /// `distinguishes` false when its digits do not tell the value apart.
    ///
    /// A value without a terminating expansion (`1/3` typed by a user) is never exact; it is
    /// rounded the same way (at least `minimumDigits`, at most 40 significant digits).
    ///
    /// The work is bounded by `width`: an expansion longer than that is never written out (see
    /// `referenceFitted` for the plain definition this gives the same texts as).
    public static func fitted(_ value: ExactValue, width: Int = .max, minimumDigits: Int = 1,
                              neighbours: [ExactValue] = []) -> ValueText {
        guard let r = value.finiteMagnitude, !r.isZero else { return special(value) }
        return ValueTextFitting(value, magnitude: r, maxWidth: width, minimumDigits: minimumDigits, neighbours: neighbours)
            .fit(width: width)
    }

    /// The texts `fitted` gives for every width from `maxWidth` down to `minWidth`, each once,
    /// widest first, with the work shared between the widths; the text for a width is the first
    /// one not wider than it (the last one when none is that narrow).
    public static func fittedTexts(_ value: ExactValue, maxWidth: Int, minWidth: Int = 1, minimumDigits: Int = 1,
                                   neighbours: [ExactValue] = []) -> [ValueText] {
        guard let r = value.finiteMagnitude, !r.isZero else { return [special(value)] }
        let fitting = ValueTextFitting(value, magnitude: r, maxWidth: max(maxWidth, minWidth), minimumDigits: minimumDigits,
                                       neighbours: neighbours)
        var texts: [ValueText] = []
        var width = maxWidth
        while width >= minWidth {
            let t = fitting.fit(width: width)
            if texts.last?.text != t.text { texts.append(t) }
            width = min(width, t.columns) - 1
        }
        if texts.isEmpty { texts = [fitting.fit(width: minWidth)] }
        return texts
    }

    /// The value with at most `digits` significant digits: exact when it has no more, otherwise
    /// rounded to nearest and marked "≈" (for errors, spacings and other figures with no neighbours).
    public static func rounded(_ value: ExactValue, digits: Int) -> ValueText {
        guard let r = value.finiteMagnitude, !r.isZero else { return special(value) }
        let cut = r.significantDigits(max(1, digits), .nearest)
        // Exact when the cut loses nothing (one comparison: cheap even for a 100,000-digit input's error).
        let exact = Rational(significand: cut.digits, decimalExponent: cut.exponent) == r
        let text = DecimalText.render(digits: cut.digits, exponent: cut.exponent, negative: value.isNegative)
        return ValueText(text: exact ? text : roundedMark + text, isExact: exact, distinguishes: true)
    }

    /// The value of a Double with at most `digits` significant digits (see `rounded(_:digits:)`).
    public static func rounded(_ value: Double, digits: Int) -> ValueText {
        rounded(ExactValue(value), digits: digits)
    }

    /// The full exact decimal of a value with a terminating expansion; otherwise 40 significant
    /// digits marked "≈".
    public static func exact(_ value: ExactValue) -> ValueText {
        fitted(value, width: .max, minimumDigits: 40)
    }

    /// Significant digits a value without a terminating expansion is cut to at most.
    static let nonTerminatingDigits = 40

    /// The neighbours that are finite and differ from `value` (the ones to tell it apart from).
    static func comparable(_ neighbours: [ExactValue], to value: ExactValue) -> [ExactValue] {
        neighbours.filter { n in n.finiteMagnitude != nil && n.compare(value) != 0 }
    }

    /// `inf`, `-inf`, `nan`, `0`, `-0`.
    static func special(_ value: ExactValue) -> ValueText {
        let text: String
        switch value.magnitude {
        case .nan: text = "nan"
        case .infinity: text = value.isNegative ? "-inf" : "inf"
        case .finite: text = value.isNegative ? "-0" : "0"
        }
        return ValueText(text: text, isExact: true, distinguishes: true)
    }

    /// Whether `shown` is strictly nearer to `value` than to every neighbour.
    static func tellsApart(_ shown: ExactValue, from neighbours: [ExactValue], value: ExactValue) -> Bool {
        guard !neighbours.isEmpty, let own = shown.distance(to: value) else { return true }
        for n in neighbours {
            guard let other = shown.distance(to: n) else { continue }
            if !(own < other) { return false }
        }
        return true
    }

    /// The ways to write `digits × 10^exponent`: the usual one first (plain from 1e-4 to 1e16,
    /// scientific outside, see `DecimalText`), then the other one.
    static func renderings(digits: BigUInt, exponent: Int, negative: Bool) -> [String] {
        let usual = DecimalText.render(digits: digits, exponent: exponent, negative: negative)
        var text = String(digits)
        var e = exponent
        while text.count > 1 && text.hasSuffix("0") { text.removeLast(); e += 1 }
        let magnitude = e + text.count - 1
        let head = text.prefix(1), tail = text.dropFirst()
        let expText = magnitude < 0 ? "-\(String(format2: -magnitude))" : "+\(String(format2: magnitude))"
        let scientific = (negative ? "-" : "") + head + (tail.isEmpty ? "" : ".\(tail)") + "e" + expText
        return usual == scientific ? [usual] : [usual, scientific]
    }

    /// The first text that fits, else the shortest one if it fits.
    static func firstFitting(_ texts: [String], width: Int) -> String? {
        if let first = texts.first, first.count <= width { return first }
        return texts.filter { $0.count <= width }.min { $0.count < $1.count }
    }
}
