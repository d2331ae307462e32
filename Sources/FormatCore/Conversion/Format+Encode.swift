import BigInt

/// Encoding exact values: the value is rounded once, straight from its exact rational form.
extension Format {
    /// Converts an exact value into this format.
    ///
    /// - Parameters:
    ///   - value: the exact input.
    ///   - rounding: the rounding mode (default nearest-even, as ml_dtypes).
    ///   - overflow: the overflow policy (default: the format's own rule).
    ///   - element: the element index, which seeds stochastic rounding.
    public func encode(_ value: ExactValue, rounding: RoundingMode = .nearestEven,
                       overflow: OverflowPolicy = .formatDefault, element: UInt64 = 0) -> Conversion {
        let randomBits = rounding.randomBits(element: element)
        switch kind {
        case .float(let s):
            switch value.magnitude {
            case .nan: return s.nanResult(negative: value.isNegative)
            case .infinity: return s.infinityResult(negative: value.isNegative, policy: overflow)
            case .finite(let r):
                if let special = s.specialFiniteResult(negative: value.isNegative, isZero: r.isZero) { return special }
                let e = r.floorLog2
                let q = max(e, s.minExponent) - s.mantissaBits
                let (quotient, remainder, divisor) = r.scaledQuotient(unitExponent: q)
                return s.roundAndPack(negative: value.isNegative, truncated: UInt64(quotient), unitExponent: q,
                                      remainder: Self.classify(remainder, of: divisor),
                                      mode: rounding, policy: overflow, randomBits: randomBits)
            }
        case .integer(let s):
            switch value.magnitude {
            case .nan: return s.nanResult()
            case .infinity: return s.clamped(negative: value.isNegative, inexact: true)
            case .finite(let r):
                let (quotient, remainder, divisor) = r.scaledQuotient(unitExponent: 0)
                let limit = BigUInt(UInt64(1) << 40)
                return s.roundAndClamp(negative: value.isNegative, truncated: quotient < limit ? UInt64(quotient) : UInt64(1) << 40,
                                       remainder: Self.classify(remainder, of: divisor), mode: rounding, randomBits: randomBits)
            }
        case .codebook(let c):
            return c.encode(value, mode: rounding, randomBits: randomBits)
        }
    }

    /// Classifies `remainder / divisor` (a fraction in [0, 1)) against one half.
    static func classify(_ remainder: BigUInt, of divisor: BigUInt) -> RoundingMode.Remainder {
        if remainder.isZero { return .zero }
        let twice = remainder << 1
        if twice == divisor { return .half }
        let fraction = UInt64((remainder << 64) / divisor)
        return twice < divisor ? .belowHalf(fraction: fraction) : .aboveHalf(fraction: fraction)
    }
}
