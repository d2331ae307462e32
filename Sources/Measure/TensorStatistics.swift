/// What the values of one tensor are like: counts, magnitude, moments, outliers and what fp16 and
/// bf16 would do to them. Defined by `TensorStatisticsPass` (three passes over the values in order,
/// in Double); every count is exact, the moments are float64 results.
public struct TensorStatistics: Sendable, Hashable, Codable {
    /// Values in the tensor.
    public var count = 0
    /// NaN values.
    public var nanCount = 0
    /// Infinite values.
    public var infinityCount = 0
    /// Values equal to zero (either sign).
    public var zeroCount = 0
    /// The largest finite |x| (0 when no value is finite).
    public var finiteAmax: Float = 0
    /// The exponent e of the smallest nonzero finite |x| (2^e <= |x| < 2^(e+1)), nil when none.
    public var smallestExponent: Int?
    /// The exponent of the largest finite |x|, nil when no value is finite and nonzero.
    public var largestExponent: Int?
    /// The mean of the finite values.
    public var mean = 0.0
    /// The root mean square of the finite values.
    public var rms = 0.0
    /// The population standard deviation of the finite values (divided by n).
    public var standardDeviation = 0.0
    /// Pearson's kurtosis m4 / m2^2 of the finite values (3 for a normal distribution); nil when they are all equal.
    public var kurtosis: Double?
    /// Finite values farther than 6 standard deviations from the mean.
    public var beyondSixSigma = 0
    /// Finite values that fp16 (round to nearest even) turns into an infinity.
    public var fp16Overflow = 0
    /// Nonzero finite values that fp16 rounds to zero.
    public var fp16Underflow = 0
    /// Finite values that bf16 turns into an infinity.
    public var bf16Overflow = 0
    /// Nonzero finite values that bf16 rounds to zero.
    public var bf16Underflow = 0

    /// Nonzero finite values by binade: `binades[e + 149]` counts those with 2^e <= |x| < 2^(e+1), for e
    /// from -149 (the smallest float32 subnormal) to 127: the histogram of log2|x|.
    public var binades = [Int](repeating: 0, count: 277)

    /// Empty statistics.
    public init() {}

    /// The finite values.
    public var finiteCount: Int { count - nanCount - infinityCount }

    /// `part / count` (0 for an empty tensor).
    public func share(_ part: Int) -> Double { count == 0 ? 0 : Double(part) / Double(count) }
}
