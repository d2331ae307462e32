import FormatCore
import Testing
@testable import Lab

/// The dynamic loss scaler on handcrafted gradient sequences, with PyTorch's defaults.
@Suite struct DynamicLossScalerTests {
    let fp16 = try! FormatArithmetic(.fp16)

    @Test("PyTorch's defaults: 2^16, x2, x0.5, 2000")
    func defaults() {
        let s = ScalerSettings()
        #expect(s.initialScale == 65536 && s.growthFactor == 2 && s.backoffFactor == 0.5 && s.growthInterval == 2000)
    }

    @Test("clean steps: the scale doubles after every 2000 in a row")
    func growth() {
        let steps = DynamicLossScaler.run(steps: 4001, in: fp16) { _ in [0x1p-10, -0x1p-12] }
        #expect(steps[0].scale == 65536 && steps[1999].scale == 65536)
        #expect(steps[2000].scale == 131072 && steps[3999].scale == 131072)
        #expect(steps[4000].scale == 262144)
        #expect(!steps.contains { $0.skipped })
        #expect(steps.allSatisfy { $0.count == 2 && $0.overflow == 0 && $0.underflow == 0 })
    }

    @Test("an overflow skips the step, halves the scale and restarts the count of clean steps")
    func backoff() {
        // Step 5: 1 · 2^16 = 65536 is beyond fp16's 65504 (and its rounding limit 65520): infinity.
        // Steps 10 and 11: 2^-1 · 2^15 = 16384 is fine; 4 · 2^15 = 131072 overflows again.
        let steps = DynamicLossScaler.run(steps: 2020, in: fp16) { t in
            t == 5 ? [0x1p-10, 1, 2] : t == 11 ? [4] : [0x1p-10]
        }
        #expect(steps[5].skipped && steps[5].overflow == 2 && steps[5].scale == 65536)
        #expect(steps[6].scale == 32768 && !steps[6].skipped)
        #expect(steps[11].skipped && steps[11].scale == 32768)
        #expect(steps[12].scale == 16384)
        // 2000 clean steps after step 11 are steps 12...2011: step 2012 uses twice the scale.
        #expect(steps[2011].scale == 16384 && steps[2012].scale == 32768)
        #expect(steps.filter(\.skipped).map(\.step) == [5, 11])
    }

    @Test("underflow: a non-zero gradient whose scaled value rounds to zero is counted; zeros are not")
    func underflow() {
        // 2^-45 · 2^16 = 2^-29, below fp16's underflow tie 2^-25; 2^-40 · 2^16 = 2^-24 is its smallest subnormal.
        let steps = DynamicLossScaler.run(steps: 1, in: fp16) { _ in [0x1p-45, 0x1p-40, 0, -0x1p-50] }
        #expect(steps[0].underflow == 2 && steps[0].overflow == 0)
    }

    @Test("NaN counts as an overflow; a scale that would leave float32 stops growing")
    func nanAndCeiling() {
        let nan = DynamicLossScaler.run(steps: 2, in: fp16) { t in t == 0 ? [.nan] : [0] }
        #expect(nan[0].skipped && nan[1].scale == 32768)
        let settings = ScalerSettings(initialScale: 0x1p126, growthFactor: 2, backoffFactor: 0.5, growthInterval: 1)
        let capped = DynamicLossScaler.run(steps: 4, settings: settings, in: try! FormatArithmetic(.fp32)) { _ in [0] }
        #expect(capped.map(\.scale) == [0x1p126, 0x1p127, 0x1p127, 0x1p127])
    }

    @Test("drifting gradients: deterministic for a seed, and a fast upward drift makes the scaler back off")
    func drift() {
        let d = GradientDistribution.logNormal(LogNormal(centreLog2: -20, spreadLog2: 2))
        let a = DynamicLossScaler.run(steps: 300, perStep: 16, distribution: d, driftLog2: 0.1, seed: 3, in: fp16)
        #expect(a == DynamicLossScaler.run(steps: 300, perStep: 16, distribution: d, driftLog2: 0.1, seed: 3, in: fp16))
        // After 300 steps the centre is 2^10 higher: 2^-10 · 2^16 = 2^6, and the tails overflow at 2^16.
        #expect(a.contains { $0.skipped })
        #expect(a.last!.scale < 65536)
        // Each backoff halves: the last scale is 2^16 over 2^(number of skips) (no growth in 300 steps).
        #expect(a.last!.scale == 65536 / Double(1 << a.dropLast().filter(\.skipped).count))
    }
}
