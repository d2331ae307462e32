/// The one place where a rounding mode decides between the two neighbours.
extension RoundingMode {
    /// Where the discarded part lies between the truncated magnitude and the next one up.
    public enum Remainder: Sendable, Hashable {
        /// Nothing was discarded: the value is exact.
        case zero
        /// Discarded part strictly between 0 and half a unit; `fraction` is it in units of 2^-64.
        case belowHalf(fraction: UInt64)
        /// Exactly half a unit.
        case half
        /// Strictly more than half a unit.
        case aboveHalf(fraction: UInt64)

        /// The discarded part in units of 2^-64 of the gap (approximate only for stochastic use).
        public var fraction: UInt64 {
            switch self {
            case .zero: return 0
            case .half: return 1 << 63
            case .belowHalf(let f), .aboveHalf(let f): return f
            }
        }
    }

    /// Whether the magnitude is rounded away from zero (to the next magnitude up).
    ///
    /// - Parameters:
    ///   - remainder: what was discarded.
    ///   - truncatedIsOdd: whether the truncated significand is odd (for ties to even).
    ///   - negative: the sign of the value (directed modes depend on it).
    ///   - randomBits: the element's random bits, for stochastic rounding.
    public func roundsMagnitudeUp(remainder: Remainder, truncatedIsOdd: Bool, negative: Bool, randomBits: UInt64) -> Bool {
        if case .zero = remainder { return false }
        switch self {
        case .nearestEven:
            switch remainder {
            case .aboveHalf: return true
            case .half: return truncatedIsOdd
            default: return false
            }
        case .nearestAway:
            switch remainder {
            case .aboveHalf, .half: return true
            default: return false
            }
        case .towardZero: return false
        case .towardPositive: return !negative
        case .towardNegative: return negative
        case .stochastic: return randomBits < remainder.fraction
        }
    }

    /// Whether an overflowing result goes to infinity (true) or stops at the largest finite value.
    public func overflowsToInfinity(negative: Bool) -> Bool {
        switch self {
        case .nearestEven, .nearestAway, .stochastic: return true
        case .towardZero: return false
        case .towardPositive: return !negative
        case .towardNegative: return negative
        }
    }
}
