import BigInt

/// Renders `digits × 10^exponent` the way people read numbers: plain from 1e-4 up to 1e16,
/// scientific (`1.5e-08`) outside.
public enum DecimalText {
    /// Renders a decimal.
    public static func render(digits: BigUInt, exponent: Int, negative: Bool) -> String {
        var text = String(digits)
        var exponent = exponent
        while text.count > 1 && text.hasSuffix("0") { text.removeLast(); exponent += 1 }
        let sign = negative ? "-" : ""
        let magnitude = exponent + text.count - 1 // decimal exponent of the leading digit
        if magnitude >= -4 && magnitude < 16 {
            if exponent >= 0 { return sign + text + String(repeating: "0", count: exponent) }
            let point = text.count + exponent
            if point > 0 {
                let i = text.index(text.startIndex, offsetBy: point)
                return sign + text[..<i] + "." + text[i...]
            }
            return sign + "0." + String(repeating: "0", count: -point) + text
        }
        let head = text.prefix(1), tail = text.dropFirst()
        let expText = magnitude < 0 ? "-\(String(format2: -magnitude))" : "+\(String(format2: magnitude))"
        return sign + head + (tail.isEmpty ? "" : ".\(tail)") + "e" + expText
    }

    /// An exact value cut to `n` significant digits (for errors and summaries).
    public static func approximate(_ value: ExactValue, digits n: Int = 6) -> String {
        switch value.magnitude {
        case .nan: return "nan"
        case .infinity: return value.isNegative ? "-inf" : "inf"
        case .finite(let r):
            if r.isZero { return value.isNegative ? "-0" : "0" }
            let (d, e) = r.significantDigits(n)
            return render(digits: d, exponent: e, negative: value.isNegative)
        }
    }

    /// A Double cut to `n` significant digits.
    public static func approximate(_ value: Double, digits n: Int = 6) -> String {
        approximate(ExactValue(value), digits: n)
    }
}

extension String {
    /// A whole number written with at least two digits (`05`, `123`).
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : String(value)
    }
}
