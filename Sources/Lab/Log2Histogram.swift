/// The histogram of log2|g| by binade: bin e counts the values with 2^e <= |g| < 2^(e+1) (e is
/// the exact floor of log2, a Double's own exponent), zeros and non-finite values counted apart.
public struct Log2Histogram: Sendable, Hashable {
    /// The binade of `counts[0]` (0 when there are no finite non-zero values).
    public let lowestBinade: Int
    /// Counts of consecutive binades from `lowestBinade`.
    public let counts: [Int]
    /// Values equal to zero.
    public let zeros: Int
    /// Infinities and NaNs.
    public let nonFinite: Int

    /// The histogram of `values`.
    public init(_ values: [Double]) {
        var byBinade: [Int: Int] = [:]
        var zeros = 0, nonFinite = 0
        for v in values {
            if !v.isFinite { nonFinite += 1 } else if v == 0 { zeros += 1 } else { byBinade[Int(v.exponent), default: 0] += 1 }
        }
        self.zeros = zeros
        self.nonFinite = nonFinite
        guard let low = byBinade.keys.min(), let high = byBinade.keys.max() else {
            lowestBinade = 0
            counts = []
            return
        }
        lowestBinade = low
        counts = (low...high).map { byBinade[$0] ?? 0 }
    }

    /// The highest binade with a count (lowestBinade - 1 when there is none).
    public var highestBinade: Int { lowestBinade + counts.count - 1 }

    /// The count of binade `e` (0 outside the range).
    public func count(binade e: Int) -> Int {
        let i = e - lowestBinade
        return i >= 0 && i < counts.count ? counts[i] : 0
    }

    /// Every value counted.
    public var total: Int { counts.reduce(0, +) + zeros + nonFinite }
}
