/// Counts of errors by size in units of the target's ULP, in powers of two.
///
/// Bin 0 holds exact results; bin `i` (1...10) holds errors with `floor(log2(error / ulp))` in
/// `lowerExponents[i]`...`lowerExponents[i+1] - 1`, the first non-exact bin taking everything below
/// 2^-6 ULP and the last everything from 4 ULP up. The ULP is the spacing of the target at the input
/// (`2^(max(e, emin) - mantissaBits)` for floats, 1 for integers, the block's coarsest step for block
/// formats: scale times the gap below the largest element level).
public struct ErrorHistogram: Sendable, Hashable {
    /// Lower edges, as powers of two of an ULP, of bins 2...10 (bin 1 starts above zero).
    public static let edges: [Int] = [-6, -5, -4, -3, -2, -1, 0, 1, 2]
    /// Labels of the bins.
    public static let labels: [String] = ["exact", "<1/64", "1/64", "1/32", "1/16", "1/8", "1/4", "1/2", "1", "2", ">=4"]

    /// Counts per bin.
    public var counts: [UInt64] = Array(repeating: 0, count: 11)

    /// Creates an empty histogram.
    public init() {}

    /// Adds another histogram.
    public mutating func merge(_ other: ErrorHistogram) {
        for i in counts.indices { counts[i] += other.counts[i] }
    }
}
