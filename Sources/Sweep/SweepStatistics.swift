import Foundation

/// The figures of a round-trip sweep; every figure is defined in `SweepStatistics.definitions`.
public struct SweepStatistics: Sendable, Hashable {
    /// Elements seen.
    public var elements: UInt64 = 0
    /// Inputs that were NaN.
    public var nanInputs: UInt64 = 0
    /// Inputs that were ±infinity.
    public var infiniteInputs: UInt64 = 0
    /// Finite inputs whose result is ±infinity.
    public var overflowToInfinity: UInt64 = 0
    /// Finite inputs whose result is NaN (overflow in E4M3FN/FNUZ, or no representation at all).
    public var overflowToNaN: UInt64 = 0
    /// Finite inputs beyond the largest finite value that became ±max.
    public var saturated: UInt64 = 0
    /// Non-zero finite inputs whose result is zero.
    public var underflowToZero: UInt64 = 0
    /// Finite inputs whose result is a non-zero subnormal of the target.
    public var subnormalResults: UInt64 = 0
    /// Finite inputs whose result equals them.
    public var exact: UInt64 = 0
    /// Finite inputs with a finite result: the population of the error figures.
    public var finitePairs: UInt64 = 0
    /// Of those, the non-zero inputs: the population of the relative error figures.
    public var nonzeroPairs: UInt64 = 0
    /// Sum of |y - x| over finite pairs.
    public var sumAbsoluteError: Double = 0
    /// Sum of |y - x| / |x| over non-zero finite pairs.
    public var sumRelativeError: Double = 0
    /// Sum of (y - x)^2 over finite pairs.
    public var sumSquaredError: Double = 0
    /// Sum of x^2 over finite pairs.
    public var sumSquaredInput: Double = 0
    /// Largest |y - x|.
    public var maxAbsoluteError: Double = 0
    /// The input (float32 bits) giving the largest absolute error.
    public var maxAbsoluteErrorInput: UInt32 = 0
    /// Largest |y - x| / |x|.
    public var maxRelativeError: Double = 0
    /// The input (float32 bits) giving the largest relative error.
    public var maxRelativeErrorInput: UInt32 = 0
    /// Errors in ULPs.
    public var histogram = ErrorHistogram()
    /// Per-binade figures, indexed by `exponent + 149` (fp32 inputs span 2^-149 ... 2^127).
    public var binades: [BinadeStatistics] = (-149...127).map(BinadeStatistics.init(exponent:))

    /// Creates empty statistics.
    public init() {}

    /// Mean absolute error.
    public var meanAbsoluteError: Double { finitePairs == 0 ? 0 : sumAbsoluteError / Double(finitePairs) }
    /// Mean relative error.
    public var meanRelativeError: Double { nonzeroPairs == 0 ? 0 : sumRelativeError / Double(nonzeroPairs) }
    /// Root mean square error.
    public var rmse: Double { finitePairs == 0 ? 0 : (sumSquaredError / Double(finitePairs)).squareRoot() }
    /// Signal-to-quantisation-noise ratio in dB: 10 log10(sum x^2 / sum (y - x)^2).
    public var sqnr: Double { sumSquaredError == 0 ? .infinity : 10 * log10(sumSquaredInput / sumSquaredError) }

    /// Mean relative error over the inputs whose binade exponent lies in `range` (e.g. -126...127: fp32-normal inputs).
    public func meanRelativeError(binades range: ClosedRange<Int>) -> Double {
        var sum = 0.0, n: UInt64 = 0
        for b in binades where range.contains(b.exponent) { sum += b.sumRelativeError; n += b.count }
        return n == 0 ? 0 : sum / Double(n)
    }

    /// Largest relative error over the inputs whose binade exponent lies in `range`.
    public func maxRelativeError(binades range: ClosedRange<Int>) -> Double {
        binades.filter { range.contains($0.exponent) }.map(\.maxRelativeError).max() ?? 0
    }

    /// Adds the figures of the elements that come after these (order matters only for ties of the maxima).
    public mutating func merge(_ other: SweepStatistics) {
        elements += other.elements
        nanInputs += other.nanInputs
        infiniteInputs += other.infiniteInputs
        overflowToInfinity += other.overflowToInfinity
        overflowToNaN += other.overflowToNaN
        saturated += other.saturated
        underflowToZero += other.underflowToZero
        subnormalResults += other.subnormalResults
        exact += other.exact
        finitePairs += other.finitePairs
        nonzeroPairs += other.nonzeroPairs
        sumAbsoluteError += other.sumAbsoluteError
        sumRelativeError += other.sumRelativeError
        sumSquaredError += other.sumSquaredError
        sumSquaredInput += other.sumSquaredInput
        if other.maxAbsoluteError > maxAbsoluteError {
            maxAbsoluteError = other.maxAbsoluteError
            maxAbsoluteErrorInput = other.maxAbsoluteErrorInput
        }
        if other.maxRelativeError > maxRelativeError {
            maxRelativeError = other.maxRelativeError
            maxRelativeErrorInput = other.maxRelativeErrorInput
        }
        histogram.merge(other.histogram)
        for i in binades.indices where other.binades[i].count > 0 { binades[i].merge(other.binades[i]) }
    }

    /// Precise definitions of every figure, for `--help` and the docs.
    public static let definitions = [
        "x is an input (float32), y = dequantise(quantise(x)) its round trip through the target, as float32.",
        "Counts: NaN inputs; infinite inputs; overflow to inf / to NaN (finite x, y = ±inf / NaN); saturated (|x| beyond the target's max by more than half an ULP of max, y = ±max: clamped, not rounded; scalar targets); underflow to 0 (x != 0, y = 0); subnormal results (y a non-zero subnormal of a scalar float target); exact (y = x).",
        "Error figures are over finite x with finite y (the finite pairs), computed in float64 from the float32 values: absolute error |y - x|; relative error |y - x| / |x| over non-zero x; mean absolute and mean relative error; RMSE = sqrt(mean (y - x)^2); SQNR = 10 log10(sum x^2 / sum (y - x)^2) dB; max absolute and max relative error with the input that gives each.",
        "Bits per value: element bits plus scale bits per element (block formats).",
        "ULP histogram: |y - x| in units of the target's spacing at x (2^(max(e, emin) - m) for floats, 1 for integers, the block's coarsest step for block formats: scale times the gap below the largest element level), in power-of-two bins.",
        "Per binade: for inputs with 2^k <= |x| < 2^(k+1): count, mean and max relative error, SQNR.",
        "Figures are identical whatever the number of threads (fixed chunks: the largest multiple of the block size up to 65,536 elements, or one block when blocks are longer; merged in order). Double quantisation (+dq) takes the mean of the block scales of each chunk.",
        "Every figure is defined by SweepDefinition (pair by pair, float64); the SIMD paths are checked against it (--verify: every chunk, both ways).",
    ].joined(separator: "\n")
}
