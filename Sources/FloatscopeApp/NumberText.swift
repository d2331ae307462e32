import FormatCore

/// Short texts of numbers for the screens.
public enum NumberText {
    /// `value` cut to `digits` significant digits; `-` for nil.
    public static func approx(_ value: ExactValue?, digits: Int = 6) -> String {
        guard let value else { return "-" }
        return DecimalText.approximate(value, digits: digits)
    }

    /// `k` when `value` is exactly `2^k` (positive, finite), else nil.
    public static func powerOfTwo(_ value: ExactValue?) -> Int? {
        guard let value, !value.isNegative, let r = value.finiteMagnitude, !r.isZero else { return nil }
        let k = r.floorLog2
        return Rational(significand: 1, exponent: k) == r ? k : nil
    }

    /// The exact decimal of a value when it has a finite expansion of reasonable length (exact:
    /// true), else 40 significant digits (exact: false).
    public static func exactOrApproximate(_ value: ExactValue) -> (text: String, exact: Bool) {
        switch value.magnitude {
        case .nan: return (value.isNegative ? "-nan" : "nan", true)
        case .infinity: return (value.isNegative ? "-inf" : "inf", true)
        case .finite(let r):
            if r.isZero { return (value.isNegative ? "-0" : "0", true) }
            let sign = value.isNegative ? "-" : ""
            if abs(r.floorLog10) <= 400, let exact = r.exactDecimal { return (sign + exact, true) }
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
