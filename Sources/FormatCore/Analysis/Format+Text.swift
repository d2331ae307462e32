import BigInt

/// Text of the values codes hold.
extension Format {
    /// The exact decimal expansion of a code's value (`inf`, `nan` for specials).
    public func exactDecimal(_ code: UInt64) -> String { Self.exactDecimal(decode(code).exact) }

    /// The exact value as text: its decimal expansion, or for a value without a terminating
    /// expansion (`1/3` typed by a user; never a code's value) the fraction `1/3`.
    public static func exactDecimal(_ value: ExactValue) -> String {
        switch value.magnitude {
        case .nan: return "nan"
        case .infinity: return value.isNegative ? "-inf" : "inf"
        case .finite(let r):
            let body: String
            if let decimal = r.exactDecimal { body = decimal } else {
                // Reduced when small; a fraction of a 100,000-digit input is left as it is (still
                // exact), since its greatest common divisor would cost seconds.
                let q = r.numerator.bitWidth + r.denominator.bitWidth <= 16_384 ? r.reduced() : r
                body = "\(q.numerator)/\(q.denominator)"
            }
            return (value.isNegative ? "-" : "") + body
        }
    }

    /// The shortest decimal that reads back (round to nearest even) as the same code.
    ///
    /// Codebook levels are float32 numbers and get float32's shortest text; integers their digits.
    public func shortestDecimal(_ code: UInt64) -> String {
        let decoded = decode(code)
        switch decoded.value {
        case .nan: return "nan"
        case .infinity(let n): return n ? "-inf" : "inf"
        case .finite(let negative, let significand, _):
            if significand == 0 { return negative ? "-0" : "0" }
            switch kind {
            case .integer: return Self.exactDecimal(decoded.exact)
            case .codebook: return Format.fp32.shortestDecimal(Format.fp32.encode(decoded.value).code)
            case .float: break
            }
            guard let r = decoded.exact.finiteMagnitude else { return "?" }
            for n in 1...40 {
                var candidates: [(BigUInt, Int)] = [r.significantDigits(n, .nearest)]
                let down = r.significantDigits(n, .down), up = r.significantDigits(n, .up)
                candidates.append(contentsOf: [down, up])
                for (digits, exponent) in candidates {
                    let value = ExactValue.finite(Rational(significand: digits, decimalExponent: exponent), negative: negative)
                    if encode(value).code == code {
                        return DecimalText.render(digits: digits, exponent: exponent, negative: negative)
                    }
                }
            }
            return Self.exactDecimal(decoded.exact)
        }
    }

    /// The text to show for a code's value: the exact decimal when it has at most `maxDigits`
    /// significant digits (65504, 0.15625, 448), otherwise the shortest round-trip decimal (0.1).
    public func displayDecimal(_ code: UInt64, maxDigits: Int = 9) -> String {
        let exact = exactDecimal(code)
        let significant = exact.drop { $0 == "-" || $0 == "0" || $0 == "." }.filter(\.isNumber).count
        return significant <= maxDigits ? exact : shortestDecimal(code)
    }

    /// C99 hex-float text of a code's value (`0x1.8p-3`, `-0x0p+0`, `inf`, `nan`).
    public func hexFloat(_ code: UInt64) -> String { Self.hexFloat(decode(code).value) }

    /// C99 hex-float text of a binary value, normalised to a leading 1.
    public static func hexFloat(_ value: BinaryValue) -> String {
        switch value {
        case .nan: return "nan"
        case .infinity(let n): return n ? "-inf" : "inf"
        case .finite(let negative, let significand, let exponent):
            let sign = negative ? "-" : ""
            if significand == 0 { return sign + "0x0p+0" }
            let top = 63 - significand.leadingZeroBitCount
            let e = exponent + top
            var fraction = significand & ((UInt64(1) << UInt64(top)) - 1)
            var bits = top
            // Pad the fraction to whole hex digits, then drop trailing zero digits.
            let pad = (4 - bits % 4) % 4
            fraction <<= UInt64(pad); bits += pad
            var hex = bits == 0 ? "" : String(fraction, radix: 16)
            if hex.count < bits / 4 { hex = String(repeating: "0", count: bits / 4 - hex.count) + hex }
            while hex.hasSuffix("0") { hex.removeLast() }
            return sign + "0x1" + (hex.isEmpty ? "" : "." + hex) + "p" + (e < 0 ? "-" : "+") + String(abs(e))
        }
    }

    /// The code's bits as a string of 0 and 1, most significant first.
    public func bitString(_ code: UInt64) -> String {
        (0..<bitWidth).reversed().map { (code >> UInt64($0)) & 1 == 1 ? "1" : "0" }.joined()
    }

    /// The code's bits grouped by field: `0|01111|0000000000` for floats, plain for others.
    public func groupedBits(_ code: UInt64, separator: String = "|") -> String {
        let bits = bitString(code)
        guard case .float(let s) = kind else { return bits }
        var groups: [Substring] = []
        var rest = Substring(bits)
        if s.isSigned { groups.append(rest.prefix(1)); rest = rest.dropFirst() }
        groups.append(rest.prefix(s.exponentBits)); rest = rest.dropFirst(s.exponentBits)
        if s.mantissaBits > 0 { groups.append(rest) }
        return groups.joined(separator: separator)
    }

    /// The code in hex with as many digits as the width needs (`0x3c00`, `0x7`).
    public func hexCode(_ code: UInt64) -> String {
        let digits = (bitWidth + 3) / 4
        let text = String(code & codeMask, radix: 16)
        return "0x" + String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
