/// Encoding values whose significand fits in 64 bits, with integer arithmetic only (no BigUInt):
/// the fast scalar path for codes of other formats, Doubles and Floats. Gives the same results as
/// the exact path (tests check it).
extension Format {
    /// Converts a binary value into this format.
    public func encode(_ value: BinaryValue, rounding: RoundingMode = .nearestEven,
                                  overflow: OverflowPolicy = .formatDefault, element: UInt64 = 0) -> Conversion {
        let randomBits = rounding.randomBits(element: element)
        switch kind {
        case .float(let s):
            switch value {
            case .nan(let negative): return s.nanResult(negative: negative)
            case .infinity(let negative): return s.infinityResult(negative: negative, policy: overflow)
            case .finite(let negative, let significand, let exponent):
                if let special = s.specialFiniteResult(negative: negative, isZero: significand == 0) { return special }
                let e = exponent + 63 - significand.leadingZeroBitCount
                let q = max(e, s.minExponent) - s.mantissaBits
                let (truncated, remainder) = Self.split(significand, dropping: q - exponent)
                return s.roundAndPack(negative: negative, truncated: truncated, unitExponent: q, remainder: remainder,
                                      mode: rounding, policy: overflow, randomBits: randomBits)
            }
        case .integer(let s):
            switch value {
            case .nan: return s.nanResult()
            case .infinity(let negative): return s.clamped(negative: negative, inexact: true)
            case .finite(let negative, let significand, let exponent):
                if significand != 0 && exponent + 63 - significand.leadingZeroBitCount >= 40 {
                    return s.clamped(negative: negative, inexact: true)
                }
                let (truncated, remainder) = Self.split(significand, dropping: -exponent)
                return s.roundAndClamp(negative: negative, truncated: truncated, remainder: remainder, mode: rounding, randomBits: randomBits)
            }
        case .codebook(let c):
            return c.encode(value.exact, mode: rounding, randomBits: randomBits)
        }
    }

    /// Converts a Double into this format.
    public func encode(_ value: Double, rounding: RoundingMode = .nearestEven,
                                  overflow: OverflowPolicy = .formatDefault, element: UInt64 = 0) -> Conversion {
        encode(BinaryValue(value), rounding: rounding, overflow: overflow, element: element)
    }

    /// `significand >> drop` and the discarded part classified against half a unit (drop may be negative: a left shift).
    static func split(_ significand: UInt64, dropping drop: Int) -> (UInt64, RoundingMode.Remainder) {
        if significand == 0 { return (0, .zero) }
        if drop <= 0 { return (significand << UInt64(-drop), .zero) }
        if drop > 64 {
            // Everything is discarded and it is below half a unit (the significand is below 2^64 <= 2^(drop-1)).
            return (0, .belowHalf(fraction: drop >= 128 ? (significand == 0 ? 0 : 1) : max(significand >> UInt64(drop - 64), 1)))
        }
        let truncated = drop == 64 ? 0 : significand >> UInt64(drop)
        let discarded = drop == 64 ? significand : significand & ((UInt64(1) << UInt64(drop)) - 1)
        if discarded == 0 { return (truncated, .zero) }
        let half = UInt64(1) << UInt64(drop - 1)
        let fraction = discarded << UInt64(64 - drop)
        if discarded == half { return (truncated, .half) }
        return (truncated, discarded < half ? .belowHalf(fraction: fraction) : .aboveHalf(fraction: fraction))
    }
}
