import FormatCore

/// Short texts of numbers for the screens.
public enum NumberText {
    /// Beyond 2^±3000 (about 10^±900) decimal digits are not worked out: with numbers of
    /// hundreds of thousands of bits that takes seconds. Powers of two stand in for them.
    public static let decimalLimitLog2 = 3000

    /// `floor(log2(|r|))` when `r` is beyond `decimalLimitLog2`, else nil.
    static func hugeExponent(_ r: Rational) -> Int? {
        guard !r.isZero else { return nil }
        let k = r.floorLog2
        return abs(k) > decimalLimitLog2 ? k : nil
    }

    /// `value` cut to `digits` significant digits, marked ≈ when that loses anything (`≈2^k` far
    /// beyond the decimal limit); `-` for nil.
    public static func approx(_ value: ExactValue?, digits: Int = 6) -> String {
        guard let value else { return "-" }
        if let r = value.finiteMagnitude, let k = hugeExponent(r) { return (value.isNegative ? "-" : "") + "≈2^\(k)" }
        return ValueText.rounded(value, digits: digits).text
    }

    /// `k` when `value` is exactly `2^k` (positive, finite), else nil.
    public static func powerOfTwo(_ value: ExactValue?) -> Int? {
        guard let value, !value.isNegative, let r = value.finiteMagnitude, !r.isZero else { return nil }
        let k = r.floorLog2
        return Rational(significand: 1, exponent: k) == r ? k : nil
    }

    /// The exact decimal of a value when it has a finite expansion of reasonable length (exact:
    /// true), else 40 significant digits, or the binade far beyond the decimal limit (exact: false).
    public static func exactOrApproximate(_ value: ExactValue) -> (text: String, exact: Bool) {
        switch value.magnitude {
        case .nan: return (value.isNegative ? "-nan" : "nan", true)
        case .infinity: return (value.isNegative ? "-inf" : "inf", true)
        case .finite(let r):
            if r.isZero { return (value.isNegative ? "-0" : "0", true) }
            let sign = value.isNegative ? "-" : ""
            if let k = hugeExponent(r) { return ("\(sign)2^\(k) … \(sign)2^\(k + 1)", false) }
            if abs(r.floorLog2) <= 1300, let exact = r.exactDecimal { return (sign + exact, true) }
            return (DecimalText.approximate(value, digits: 40), false)
        }
    }

    /// How a conversion status should look.
    public static func tone(of status: ConversionStatus) -> Tone {
        if status.contains(.nanInput) { return status.contains(.nanOutput) ? .neutral : .error }
        if status.contains(.invalid) { return .error }
        if status.contains(.overflow) { return status.contains(.saturated) ? .warning : .error }
        if status.contains(.saturated) || status.contains(.underflow) || status.contains(.subnormal) { return .warning }
        return status.contains(.inexact) ? .neutral : .ok
    }
}
