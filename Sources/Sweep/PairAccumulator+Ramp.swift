import FormatCore

/// Chunks of consecutive fp32 patterns (exhaustive and code-range sweeps of fp32) in one exponent field:
/// inputs and results are made in registers by the one-field kernels, so no buffer is filled or read.
extension PairAccumulator {
    /// Adds the `count` patterns from `first` (one sign and exponent field, a multiple of 16 elements) pushed
    /// through `kernel`, when a one-field kernel covers the whole field; returns false, adding nothing, otherwise.
    func accumulateRamp(first: UInt32, count: Int, kernel: FP32Narrowing, into stats: inout SweepStatistics) -> Bool {
        guard count > 0, count % 16 == 0, count <= 65_536, oneField,
              UInt64(first) + UInt64(count) <= 1 << 32, first >> 23 == (first &+ UInt32(count - 1)) >> 23 else { return false }
        let field = (first >> 23) & 0xff
        let negative = first >> 31 == 1
        var chunk = SweepStatistics()
        if field == 255 {
            // Only the pattern with mantissa 0 is infinite; the others are NaN.
            let infinite: UInt64 = first & 0x7f_ffff == 0 ? 1 : 0
            chunk.infiniteInputs = infinite
            chunk.nanInputs = UInt64(count) - infinite
        } else if let (drop, subnormalBelow) = binadeRule(field: field) {
            let pairs = RampPairs(first: first, drop: UInt32(drop))
            var totals = BinadeTotals(field: field)
            var start = 0
            while start < count {
                let end = Swift.min(start + BinadeLanes.maxElements, count)
                totals.add(BinadeLanes.slice(pairs, start: start, end: end, drop: drop, subnormalBelow: subnormalBelow), start: start, end: end)
                start = end
            }
            BinadeLanes.settleMaxima(CollectionOfOne(totals.finish(into: &chunk)), pairs, into: &chunk)
        } else if let values = kernel.uniformValue(field: field) {
            let result = (negative ? values.negative : values.positive) & 0x7fff_ffff
            let pairs = RampPairs(first: first, drop: 0)
            var pending = PendingMaxima()
            var start = 0
            while start < count {
                let end = Swift.min(start + 2048, count)
                guard addAlike(field: field, result: result, pairs, start: start, end: end, pending: &pending, into: &chunk) else { return false }
                start = end
            }
            pending.resolve(pairs, into: &chunk)
        } else {
            return false
        }
        chunk.elements = UInt64(count)
        stats.merge(chunk)
        return true
    }
}
