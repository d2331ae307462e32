import Foundation

/// Error figures for the inputs of one binade (`2^k <= |x| < 2^(k+1)`).
public struct BinadeStatistics: Sendable, Hashable {
    /// The binade exponent k.
    public let exponent: Int
    /// Finite inputs with a finite result.
    public var count: UInt64 = 0
    /// Sum of relative errors.
    public var sumRelativeError: Double = 0
    /// Largest relative error.
    public var maxRelativeError: Double = 0
    /// Sum of squared absolute errors.
    public var sumSquaredError: Double = 0
    /// Sum of squared inputs.
    public var sumSquaredInput: Double = 0

    /// Creates an empty binade.
    public init(exponent: Int) { self.exponent = exponent }

    /// Mean relative error.
    public var meanRelativeError: Double { count == 0 ? 0 : sumRelativeError / Double(count) }
    /// Signal-to-quantisation-noise ratio in dB.
    public var sqnr: Double { sumSquaredError == 0 ? .infinity : 10 * log10(sumSquaredInput / sumSquaredError) }

    /// Adds another binade's figures (same exponent).
    public mutating func merge(_ other: BinadeStatistics) {
        count += other.count
        sumRelativeError += other.sumRelativeError
        maxRelativeError = Swift.max(maxRelativeError, other.maxRelativeError)
        sumSquaredError += other.sumSquaredError
        sumSquaredInput += other.sumSquaredInput
    }
}
