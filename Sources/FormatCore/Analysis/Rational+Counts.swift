import BigInt

/// Ratios of counts, for shares shown exactly or marked rounded (`ValueText`).
extension Rational {
    /// `numerator / denominator` for whole counts; the denominator must not be zero.
    public init(_ numerator: UInt64, over denominator: UInt64) {
        self.init(BigUInt(numerator), BigUInt(denominator))
    }
}
