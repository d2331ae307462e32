import Sweep
@testable import FloatscopeApp

/// Fabricated sweep figures for the Sweep screen's tests.
enum SweepFixtures {
    /// Figures with round numbers: `error` sets the relative errors, `overflows` the overflow count.
    static func figures(_ target: String, bits: Double, error: Double, overflows: UInt64 = 0, saturated: UInt64 = 0,
                        partial: Bool = false) -> SweepFigures {
        var s = SweepStatistics()
        s.elements = 65_536
        s.finitePairs = 65_000
        s.nonzeroPairs = 64_000
        s.exact = 9_000
        s.overflowToInfinity = overflows
        s.saturated = saturated
        s.sumRelativeError = error * 64_000
        s.maxRelativeError = error * 12
        s.sumSquaredError = error * error * 65_000
        s.sumSquaredInput = 65_000
        s.histogram.counts = [9_000, 0, 1_000, 2_000, 4_000, 8_000, 16_000, 20_000, 5_000, 0, 0]
        for exponent in -14...15 {
            var binade = BinadeStatistics(exponent: exponent)
            binade.count = 2_000
            binade.sumRelativeError = error * 2_000 * (exponent < -10 ? 4 : 1)
            binade.maxRelativeError = error * (exponent < -10 ? 12 : 3)
            s.binades[exponent + 149] = binade
        }
        return SweepFigures(target: target, bitsPerValue: bits, statistics: s, partial: partial, elapsed: 0.25)
    }

    /// A finished sweep of the four default targets.
    static let finished: [SweepFigures] = [
        figures("bf16", bits: 16, error: 1.3e-3),
        figures("fp16", bits: 16, error: 1.0e-4),
        figures("e4m3fn", bits: 8, error: 2.5e-2, overflows: 14_718, saturated: 128),
        figures("e5m2", bits: 8, error: 5.0e-2, overflows: 256, saturated: 254),
    ]
}
