import BigInt

/// The work behind `ValueText.fitted` for one value, shared by every width it is fitted to and
/// bounded by the widest of them: the exact decimal is written out only when it can fit, and a
/// value with a longer expansion (a float64 subnormal has up to 751 significant digits) is only
/// ever cut to as many digits as the texts need. Gives what `ValueText.referenceFitted` gives.
final class ValueTextFitting {
    /// One number of significant digits: the value cut to it, in each way it can be written.
    private struct Candidate {
        var texts: [String]
        var isExact: Bool
        var tells: Bool
    }

    private let value: ExactValue
    private let magnitude: Rational
    /// `floor(log10(magnitude))`, worked out once for every cut.
    private let log10: Int
    private let others: [ExactValue]
    private let low: Int
    /// The widest width asked for (`unbounded` and above: no limit).
    private let maxWidth: Int
    /// Significant digits of the exact expansion when it has at most `maxWidth` of them.
    private let shortCount: Int?
    /// The renderings of the exact expansion when it has at most `maxWidth` significant digits.
    private let exactTexts: [String]
    /// Significant digits of a longer exact expansion (nil inside: it does not terminate), worked
    /// out only if the digit loop goes that far.
    private var longCount: Int??
    /// The cuts to `low`, `low + 1`, ... digits, as far as they were needed.
    private var candidates: [Candidate] = []

    /// Widths from this one on count as unlimited (the full expansion is written out).
    static let unbounded = 1 << 20

    /// Prepares fitting a finite non-zero `value` (magnitude `r`) into at most `maxWidth` columns.
    init(_ value: ExactValue, magnitude r: Rational, maxWidth: Int, minimumDigits: Int, neighbours: [ExactValue]) {
        self.value = value
        magnitude = r
        self.maxWidth = maxWidth
        others = ValueText.comparable(neighbours, to: value)
        low = max(1, minimumDigits)
        log10 = r.floorLog10
        let exact: (digits: BigUInt, exponent: Int)?
        if maxWidth >= Self.unbounded {
            exact = r.terminatingDecimalDigits
        } else {
            // Every rendering has at least as many columns as significant digits: cut to maxWidth
            // digits (one division) and see whether anything was lost.
            var (digits, exponent) = r.significantDigits(max(1, maxWidth), .down, knownFloorLog10: log10)
            if Rational(significand: digits, decimalExponent: exponent) == r {
                exponent += Rational.removeFactors(of: 10, from: &digits)
                exact = (digits, exponent)
            } else {
                exact = nil
            }
        }
        shortCount = exact.map { String($0.digits).count }
        if maxWidth >= Self.unbounded { longCount = .some(shortCount) }
        exactTexts = exact.map { ValueText.renderings(digits: $0.digits, exponent: $0.exponent, negative: value.isNegative) } ?? []
    }

    /// The text for `width` columns (at most `maxWidth`).
    func fit(width: Int) -> ValueText {
        if let text = ValueText.firstFitting(exactTexts, width: width) {
            return ValueText(text: text, isExact: true, distinguishes: true)
        }
        var best: ValueText?
        var n = low
        while n == low || isWithinLoop(n) {
            let c = candidate(n)
            if let text = ValueText.firstFitting(c.texts, width: width) {
                best = ValueText(text: text, isExact: c.isExact, distinguishes: c.isExact || c.tells)
                if c.tells { return best! }
            } else {
                if let best { return best }
                if n == low { return ValueText(text: c.texts.min { $0.count < $1.count }!, isExact: c.isExact, distinguishes: c.isExact || c.tells) }
                break
            }
            n += 1
        }
        return best!
    }

    /// Whether the reference's loop over digit counts goes on to `n`: up to the exact expansion's
    /// length, or 40 digits for a value without one.
    private func isWithinLoop(_ n: Int) -> Bool {
        if let shortCount { return n <= shortCount }
        // Longer than maxWidth digits, or not terminating: no need to know which below both bounds.
        if n <= min(maxWidth, ValueText.nonTerminatingDigits) { return true }
        return n <= (exactCount ?? ValueText.nonTerminatingDigits)
    }

    /// Significant digits of the exact expansion, nil when it does not terminate.
    private var exactCount: Int? {
        if let shortCount { return shortCount }
        if let longCount { return longCount }
        let count = magnitude.terminatingDecimalDigits.map { String($0.digits).count }
        longCount = .some(count)
        return count
    }

    /// The value cut to `n >= low` significant digits.
    private func candidate(_ n: Int) -> Candidate {
        while candidates.count <= n - low {
            let k = low + candidates.count
            let cut = magnitude.significantDigits(k, .nearest, knownFloorLog10: log10)
            let negative = value.isNegative
            let shown = ExactValue.finite(Rational(significand: cut.digits, decimalExponent: cut.exponent), negative: negative)
            let tells = ValueText.tellsApart(shown, from: others, value: value)
            // Up to maxWidth digits only a short expansion can be reached; beyond, ask the long one.
            let isExact = shortCount.map { k >= $0 } ?? (k > maxWidth ? (exactCount.map { k >= $0 } ?? false) : false)
            let texts = ValueText.renderings(digits: cut.digits, exponent: cut.exponent, negative: negative)
                .map { isExact ? $0 : ValueText.roundedMark + $0 }
            candidates.append(Candidate(texts: texts, isExact: isExact, tells: tells))
        }
        return candidates[n - low]
    }
}
