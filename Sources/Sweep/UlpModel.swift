/// How the target's ULP at an input is found, for the ULP histogram.
public enum UlpModel: Sendable, Hashable {
    /// Floats: `2^(max(e, roundingMinExponent) - mantissaBits)` for an input in binade e.
    case floatGrid(roundingMinExponent: Int, mantissaBits: Int)
    /// A fixed spacing `2^exponent` (integers: 0).
    case constant(exponent: Int)
    /// Block formats: the largest power of two not above `blockAmax × stepFraction` (the block's coarsest step).
    case perBlock(size: Int, stepFraction: Double)
}
