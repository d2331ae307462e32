import Sweep

/// A log-normal magnitude with a random sign: log2|g| is normal with centre `centreLog2` and
/// standard deviation `spreadLog2` (both in binades, log2 units).
public struct LogNormal: Sendable, Hashable {
    /// The mean of log2|g|.
    public let centreLog2: Double
    /// The standard deviation of log2|g| (zero: every magnitude is 2^centre).
    public let spreadLog2: Double

    /// A log-normal magnitude.
    public init(centreLog2: Double, spreadLog2: Double) {
        self.centreLog2 = centreLog2
        self.spreadLog2 = spreadLog2
    }

    /// The sample of element `index`: ±2^(centre + spread·z), z the standard normal of Sweep's
    /// counter-based sample stream (Philox, Box-Muller; float32) for (seed, index), the sign
    /// negative when the low bit of `CounterBits` stream 1 is set.
    public func sample(seed: UInt64, index: UInt64) -> Double {
        let z = Double(Distribution.normal(mean: 0, sigma: 1).sample(seed: seed, index: index))
        let magnitude = PowerOfTwo.exp2(centreLog2 + spreadLog2 * z)
        return CounterBits.word(seed: seed, stream: 1, index: index) & 1 == 1 ? -magnitude : magnitude
    }

    /// The same spread, the centre moved by `binades`.
    public func shifted(by binades: Double) -> LogNormal {
        LogNormal(centreLog2: centreLog2 + binades, spreadLog2: spreadLog2)
    }
}
