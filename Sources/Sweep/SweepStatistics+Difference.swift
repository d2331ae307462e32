/// Comparing a fast path's figures with the definition's (`SweepDefinition`).
extension SweepStatistics {
    /// The first figure in which these statistics (from a fast path) differ from `reference` (from the
    /// definition, over the same `pairs` pairs), described with both values; nil when they agree.
    ///
    /// Counts, the histogram and the maxima must be equal. Sums may differ by the order of addition only:
    /// every term is non-negative, so any order of n additions is within (n - 1) u of the exact sum
    /// (u = 2^-53), and two orders within 2 n u of each other; allowed: 4 n u × the larger sum. (The inputs
    /// that give the maxima are not compared: with equal errors, a path may name another input that gives it.)
    public func difference(from reference: SweepStatistics, pairs: Int) -> String? {
        let counts: [(String, UInt64, UInt64)] = [
            ("values", elements, reference.elements), ("NaN inputs", nanInputs, reference.nanInputs),
            ("infinite inputs", infiniteInputs, reference.infiniteInputs),
            ("overflow to inf", overflowToInfinity, reference.overflowToInfinity), ("overflow to NaN", overflowToNaN, reference.overflowToNaN),
            ("saturated", saturated, reference.saturated), ("underflow to 0", underflowToZero, reference.underflowToZero),
            ("subnormal results", subnormalResults, reference.subnormalResults), ("exact", exact, reference.exact),
            ("finite pairs", finitePairs, reference.finitePairs), ("non-zero pairs", nonzeroPairs, reference.nonzeroPairs),
        ]
        for (name, fast, want) in counts where fast != want { return "\(name): fast path \(fast), definition \(want)" }
        if histogram != reference.histogram {
            return "ULP histogram: fast path \(histogram.counts), definition \(reference.histogram.counts)"
        }
        let maxima: [(String, Double, Double)] = [("max abs error", maxAbsoluteError, reference.maxAbsoluteError),
                                                   ("max rel error", maxRelativeError, reference.maxRelativeError)]
        for (name, fast, want) in maxima where fast.bitPattern != want.bitPattern {
            return "\(name): fast path \(fast), definition \(want)"
        }
        let tolerance = 4 * Double(max(pairs, 1)) * 0x1p-53
        func differs(_ a: Double, _ b: Double) -> Bool {
            a != b && !((a - b).magnitude <= tolerance * max(a.magnitude, b.magnitude))
        }
        let sums: [(String, Double, Double)] = [
            ("sum of abs errors", sumAbsoluteError, reference.sumAbsoluteError), ("sum of rel errors", sumRelativeError, reference.sumRelativeError),
            ("sum of squared errors", sumSquaredError, reference.sumSquaredError), ("sum of squared inputs", sumSquaredInput, reference.sumSquaredInput),
        ]
        for (name, fast, want) in sums where differs(fast, want) { return "\(name): fast path \(fast), definition \(want)" }
        for (b, r) in zip(binades, reference.binades) {
            let label = "binade 2^\(b.exponent)"
            if b.count != r.count { return "\(label) count: fast path \(b.count), definition \(r.count)" }
            if b.maxRelativeError.bitPattern != r.maxRelativeError.bitPattern {
                return "\(label) max rel error: fast path \(b.maxRelativeError), definition \(r.maxRelativeError)"
            }
            let binadeSums: [(String, Double, Double)] = [
                ("sum of rel errors", b.sumRelativeError, r.sumRelativeError), ("sum of squared errors", b.sumSquaredError, r.sumSquaredError),
                ("sum of squared inputs", b.sumSquaredInput, r.sumSquaredInput),
            ]
            for (name, fast, want) in binadeSums where differs(fast, want) { return "\(label) \(name): fast path \(fast), definition \(want)" }
        }
        return nil
    }
}
