import BigInt
import FormatCore

/// How a figure's exact value is written: exact where that is short (whole numbers with thousands
/// separators, powers of two as `2^-24` with their decimal, decimals of up to twelve significant
/// digits), otherwise rounded to four significant digits and marked "≈".
public enum FigureText {
    /// Significant digits an exact decimal may have and still be written out.
    static let exactDigitLimit = 12
    /// Significant digits of a rounded figure.
    static let roundedDigits = 4
    /// Powers of two from `2^-lowPowerLimit` down, and from `2^highPowerLimit` up, are written `2^e`.
    static let lowPowerLimit = 10, highPowerLimit = 40

    /// The figure as text in `unit` and `language`, and whether that text is exact.
    public static func render(_ value: Rational, unit: FigureUnit, language: Language) -> (text: String, isExact: Bool) {
        switch unit {
        case .parameters:
            let (text, exact) = number(value / Rational(significand: 1, decimalExponent: 9))
            return (text + unit.suffix(language), exact)
        default:
            let (text, exact) = number(value)
            return (text + unit.suffix(language), exact)
        }
    }

    /// A non-negative number as text, and whether the text is exact (false when any part of it is
    /// rounded, as in `2^-24 ≈5.96e-08`).
    public static func number(_ value: Rational) -> (text: String, isExact: Bool) {
        if value.isZero { return ("0", true) }
        if let e = value.powerOfTwoExponent, e <= -lowPowerLimit || e >= highPowerLimit {
            if let decimal = shortDecimal(value) { return ("2^\(e) = \(decimal)", true) }
            // The power is exact, the decimal beside it rounded: the text as a whole is not exact.
            return ("2^\(e) " + rounded(value), false)
        }
        if value.isWholeNumber {
            let n = value.reduced().numerator
            if n < BigUInt(10).power(16) { return (grouped(n), true) }
        }
        if let decimal = shortDecimal(value) { return (decimal, true) }
        return (rounded(value), false)
    }

    /// The exact decimal when the value terminates within `exactDigitLimit` significant digits.
    static func shortDecimal(_ value: Rational) -> String? {
        guard let (digits, exponent) = value.terminatingDecimalDigits, String(digits).count <= exactDigitLimit else { return nil }
        return DecimalText.render(digits: digits, exponent: exponent, negative: false)
    }

    /// The value rounded to `roundedDigits` significant digits, marked "≈".
    static func rounded(_ value: Rational) -> String {
        ValueText.rounded(ExactValue.finite(value), digits: roundedDigits).text
    }

    /// The exact value as a string for JSON: its full decimal expansion when it terminates, else the
    /// reduced fraction `n/d`.
    public static func exact(_ value: Rational) -> String {
        if let (digits, exponent) = value.terminatingDecimalDigits {
            return value.isZero ? "0" : DecimalText.render(digits: digits, exponent: exponent, negative: false)
        }
        let r = value.reduced()
        return "\(r.numerator)/\(r.denominator)"
    }

    /// A whole number with a comma between groups of three digits (`6,738,415,616`).
    static func grouped(_ n: BigUInt) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 && digits.count > 4 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
