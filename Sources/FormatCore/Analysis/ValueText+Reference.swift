import BigInt

/// The plain definition of `ValueText.fitted`, kept to test the fast path against.
extension ValueText {
    /// What `fitted(_:width:minimumDigits:neighbours:)` must return, worked out the straightforward
    /// way: the value's full exact decimal first (hundreds of digits for a float64 subnormal), then
    /// every number of significant digits from `minimumDigits` up until a text tells the value from
    /// its neighbours or no longer fits. Slow for long values; tests compare the fast path with it.
    public static func referenceFitted(_ value: ExactValue, width: Int = .max, minimumDigits: Int = 1,
                                       neighbours: [ExactValue] = []) -> ValueText {
        guard let r = value.finiteMagnitude, !r.isZero else { return special(value) }
        let negative = value.isNegative
        let exactDigits = r.terminatingDecimalDigits
        if let (digits, exponent) = exactDigits {
            if let text = firstFitting(renderings(digits: digits, exponent: exponent, negative: negative), width: width) {
                return ValueText(text: text, isExact: true, distinguishes: true)
            }
        }
        let others = comparable(neighbours, to: value)
        let needed = exactDigits.map { String($0.digits).count } ?? nonTerminatingDigits
        let low = max(1, minimumDigits)
        var best: ValueText?
        var n = low
        while n <= max(low, needed) {
            let cut = r.significantDigits(n, .nearest)
            let shown = ExactValue.finite(Rational(significand: cut.digits, decimalExponent: cut.exponent), negative: negative)
            let tells = tellsApart(shown, from: others, value: value)
            let isExact = exactDigits.map { n >= String($0.digits).count } ?? false
            let texts = renderings(digits: cut.digits, exponent: cut.exponent, negative: negative)
                .map { isExact ? $0 : roundedMark + $0 }
            if let text = firstFitting(texts, width: width) {
                best = ValueText(text: text, isExact: isExact, distinguishes: isExact || tells)
                if tells { return best! }
            } else {
                if let best { return best }
                if n == low { return ValueText(text: texts.min { $0.count < $1.count }!, isExact: isExact, distinguishes: isExact || tells) }
                break
            }
            n += 1
        }
        return best!
    }
}
