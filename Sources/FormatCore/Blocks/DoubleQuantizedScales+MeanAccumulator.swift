extension DoubleQuantizedScales {
    /// The double-quantisation offset of absmaxes that come in pieces, in order: the same sum as `offset`.
    public struct MeanAccumulator: Sendable, Hashable {
        /// The sum of the finite absmaxes added, in Double.
        public private(set) var sum = 0.0
        /// How many finite absmaxes were added.
        public private(set) var finite = 0
        /// An empty mean.
        public init() {}
        /// Adds one block absmax (NaN for a block holding a NaN or an infinity, which does not count).
        public mutating func add(_ a: Float) {
            guard a.isFinite else { return }
            sum += Double(a)
            finite += 1
        }
        /// The mean, rounded once to float32 (0 when none was finite).
        public var offset: Float { finite == 0 ? 0 : Float(sum / Double(finite)) }
    }
}
