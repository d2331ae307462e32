/// Turning a rounded magnitude into a code: the single place where overflow, underflow and
/// special values are decided for every float format.
extension FloatSemantics {
    /// The code of ±0 (or of the smallest value for formats without zero).
    func zeroCode(negative: Bool) -> UInt64 { negative && hasNegativeZero ? signMask : 0 }

    /// The code of the largest finite value with a sign.
    func maxFiniteCode(negative: Bool) -> UInt64 { (negative ? signMask : 0) | maxFiniteMagnitudeCode }

    /// The code of a NaN carrying the sign where the encoding allows.
    func nanCode(negative: Bool) -> UInt64? {
        guard let nan = canonicalNaNCode else { return nil }
        switch nanEncoding {
        case .ieee, .allOnes: return (negative ? signMask : 0) | nan
        default: return nan
        }
    }

    /// The result for a NaN input.
    public func nanResult(negative: Bool) -> Conversion {
        if let code = nanCode(negative: negative) { return Conversion(code: code, status: [.nanInput, .nanOutput]) }
        // No NaN (FP6/FP4): ml_dtypes (0.6.0 and 0.7.0) writes a zero with the sign bit flipped: -0
        // for a NaN whose sign bit is clear, +0 for one whose sign bit is set. So do we, flagged invalid.
        return Conversion(code: negative ? 0 : signMask, status: [.nanInput, .invalid, .inexact])
    }

    /// The result for an input that has no representation (negative or zero into E8M0).
    func invalidResult() -> Conversion {
        Conversion(code: nanCode(negative: false) ?? 0, status: [.invalid, .nanOutput, .inexact])
    }

    /// The result for ±infinity.
    public func infinityResult(negative: Bool, policy: OverflowPolicy) -> Conversion {
        if !isSigned && negative { return invalidResult() }
        if policy == .saturate || nonFinite == .finiteOnly {
            return Conversion(code: maxFiniteCode(negative: negative), status: [.overflow, .saturated, .inexact])
        }
        if let inf = infinityMagnitudeCode {
            return Conversion(code: (negative ? signMask : 0) | inf, status: [.infiniteOutput])
        }
        return Conversion(code: nanCode(negative: negative)!, status: [.overflow, .nanOutput, .inexact])
    }

    /// The result for a finite value beyond the largest finite one.
    func overflowResult(negative: Bool, mode: RoundingMode, policy: OverflowPolicy) -> Conversion {
        if policy == .saturate || nonFinite == .finiteOnly || !mode.overflowsToInfinity(negative: negative) {
            return Conversion(code: maxFiniteCode(negative: negative), status: [.overflow, .saturated, .inexact])
        }
        if let inf = infinityMagnitudeCode {
            return Conversion(code: (negative ? signMask : 0) | inf, status: [.overflow, .infiniteOutput, .inexact])
        }
        return Conversion(code: nanCode(negative: negative)!, status: [.overflow, .nanOutput, .inexact])
    }

    /// Rounds `truncated × 2^unitExponent` (plus the discarded `remainder`) and packs it.
    ///
    /// `truncated` must be below `2^precision`; `unitExponent` is `max(e, minExponent) - (precision - 1)`.
    public func roundAndPack(negative: Bool, truncated: UInt64, unitExponent: Int, remainder: RoundingMode.Remainder,
                                        mode: RoundingMode, policy: OverflowPolicy, randomBits: UInt64) -> Conversion {
        let up = mode.roundsMagnitudeUp(remainder: remainder, truncatedIsOdd: truncated & 1 == 1, negative: negative, randomBits: randomBits)
        var m = truncated &+ (up ? 1 : 0)
        var q = unitExponent
        var status: ConversionStatus = []
        if case .zero = remainder {} else { status.insert(.inexact) }
        if m == 0 {
            if !hasZero {
                // Below the smallest value of a format without zero (E8M0FNU), where rounding toward
                // zero would leave the format: keep the smallest value, as ml_dtypes does.
                return Conversion(code: 0, status: [.inexact, .underflow, .saturated])
            }
            status.insert(.underflow)
            return Conversion(code: zeroCode(negative: negative), status: status)
        }
        let top = UInt64(1) << UInt64(mantissaBits)
        if m >= top << 1 { m >>= 1; q += 1 } // carry into the next binade
        if m >= top {
            let field = q + mantissaBits + bias
            if field > maxFiniteField { return overflowResult(negative: negative, mode: mode, policy: policy) }
            let magnitude = (UInt64(field) << UInt64(mantissaBits)) | (m - top)
            if magnitude > maxFiniteMagnitudeCode { return overflowResult(negative: negative, mode: mode, policy: policy) }
            return Conversion(code: (negative ? signMask : 0) | magnitude, status: status)
        }
        // Below the normal range: a subnormal (the exponent field is zero).
        status.insert(.subnormal)
        return Conversion(code: (negative ? signMask : 0) | m, status: status)
    }
}
