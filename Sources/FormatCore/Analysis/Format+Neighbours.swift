/// Stepping through representable values in order.
extension Format {
    /// The code of the next representable value above `code` (nil at the top, for NaN and +inf).
    public func nextUp(_ code: UInt64) -> UInt64? { step(code, up: true) }

    /// The code of the next representable value below `code` (nil at the bottom, for NaN and -inf).
    public func nextDown(_ code: UInt64) -> UInt64? { step(code, up: false) }

    private func step(_ rawCode: UInt64, up: Bool) -> UInt64? {
        let code = rawCode & codeMask
        switch kind {
        case .integer(let s):
            let v = s.value(of: code)
            if up { return v < s.maxValue ? s.code(of: v + 1) : nil }
            return v > s.minValue ? s.code(of: v - 1) : nil
        case .codebook(let c):
            guard let position = c.codesByValue.firstIndex(of: Int(code)) else { return nil }
            let level = c.levels[Int(code)]
            var i = position
            while true {
                i += up ? 1 : -1
                guard c.codesByValue.indices.contains(i) else { return nil }
                if c.levels[c.codesByValue[i]] != level { return UInt64(c.codesByValue[i]) }
            }
        case .float(let s):
            let decoded = s.decode(code)
            let negative = code & s.signMask != 0
            let magnitude = code & s.magnitudeMask
            switch decoded.category {
            case .nan: return nil
            case .infinity: return negative == up ? s.maxFiniteCode(negative: negative) : nil
            case .zero:
                guard up || s.isSigned else { return nil }
                let tiny: UInt64 = 1 // smallest subnormal (or smallest value)
                return up ? tiny : s.signMask | tiny
            default:
                // Moving away from zero when the direction matches the sign.
                if negative != up {
                    if magnitude == s.maxFiniteMagnitudeCode {
                        guard let inf = s.infinityMagnitudeCode else { return nil }
                        return (negative ? s.signMask : 0) | inf
                    }
                    return code + 1
                }
                if magnitude == 0 { return nil } // the smallest value of a format without zero
                if magnitude == 1 && s.hasZero { return negative && s.hasNegativeZero ? s.signMask : 0 }
                return code - 1
            }
        }
    }

    /// The unit in the last place at a finite value: `2^(max(e, emin) - mantissaBits)` for floats,
    /// 1 for integers, the gap to the next level up (or down at the top) for codebooks.
    public func ulp(at code: UInt64) -> ExactValue? {
        let decoded = decode(code)
        guard decoded.isFinite else { return nil }
        switch kind {
        case .integer: return ExactValue(1.0)
        case .codebook:
            guard let other = nextUp(code) ?? nextDown(code) else { return nil }
            return decode(other).exact.distance(to: decoded.exact).map { .finite($0) }
        case .float(let s):
            guard case .finite(_, let significand, _) = decoded.value else { return nil }
            let e: Int
            if significand == 0 { e = s.minExponent } else {
                let field = decoded.exponentField ?? 0
                e = (field == 0 && s.hasZero) ? s.minExponent : field - s.bias
            }
            return ExactValue(negative: false, significand: 1, exponent: e - s.mantissaBits)
        }
    }
}
