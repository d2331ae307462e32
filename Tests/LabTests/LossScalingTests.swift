import FormatCore
import Sweep
import Testing
@testable import Lab

/// Loss scaling at a fixed scale: hand-counted categories, the fused path against the exact
/// definition, the histogram, and determinism of the draws.
@Suite struct LossScalingTests {
    let fp16 = try! FormatArithmetic(.fp16)
    let bf16 = try! FormatArithmetic(.bf16)

    let hand: [Double] = [0, 0x1p-26, 0x1p-25, 0x1.8p-25, 0x1p-20, 1, 65504, 65520, 1e6, .infinity, -0x1p-30, -3]

    @Test("fp16 at S = 1: each value's category counted by hand")
    func handCountsUnscaled() {
        let c = LossScaling.counts(hand, scale: 1, in: fp16)
        #expect(c.zeroInputs == 1 && c.nonFiniteInputs == 1)
        #expect(c.underflow == 3)   // 2^-26, 2^-25 (the tie), -2^-30
        #expect(c.subnormal == 2)   // 1.5·2^-25 -> 2^-24, 2^-20
        #expect(c.normal == 3)      // 1, 65504, -3
        #expect(c.overflow == 2)    // 65520, 1e6
        #expect(c.total == hand.count)
        #expect(c.share(c.underflow) == .finite(Rational(1, 4)))
    }

    @Test("fp16 at S = 2^10: the small values move up, 65504 and above overflow; in bf16 all ten finite non-zero values stay normal")
    func handCountsScaled() {
        let c = LossScaling.counts(hand, scale: 1024, in: fp16)
        // 2^-16, 2^-15, 1.5·2^-15, -2^-20 are subnormal (below 2^-14); 2^-10 and 1024 normal; -3072 normal.
        #expect(c.underflow == 0)
        #expect(c.subnormal == 4)
        #expect(c.normal == 3)
        #expect(c.overflow == 3)
        let b = LossScaling.counts(hand, scale: 1024, in: bf16)
        #expect(b.underflow == 0 && b.subnormal == 0 && b.overflow == 0 && b.normal == 10)
    }

    @Test("the fused path gives the exact definition's counts, also for scales that are not powers of two")
    func fusedEqualsDefinition() throws {
        let values = GradientDistribution.mixture(LogNormal(centreLog2: -24, spreadLog2: 4), LogNormal(centreLog2: -6, spreadLog2: 3), secondShare: 0.1)
            .samples(count: 3000, seed: 5)
        for format in [Format.fp16, .bf16, .e5m2, .e4m3fn, .e2m1fn] {
            let f = try FormatArithmetic(format)
            for scale in [1.0, 65536, 0x1p40, 3, 1e-3, 0x1p-1000] {
                #expect(LossScaling.counts(values, scale: scale, in: f) == LossScaling.countsByDefinition(values, scale: scale, in: f), "\(format.name) S=\(scale)")
            }
        }
    }

    @Test("histogram of log2|g| by binade, zeros and non-finite apart")
    func histogram() {
        let h = Log2Histogram([1, 1.5, -1.99, 0.25, 0, -0.0, .nan, 8, 0x1p-1074])
        #expect(h.lowestBinade == -1074 && h.highestBinade == 3)
        #expect(h.count(binade: 0) == 3 && h.count(binade: -2) == 1 && h.count(binade: 3) == 1 && h.count(binade: 1) == 0)
        #expect(h.zeros == 2 && h.nonFinite == 1 && h.total == 9)
    }

    @Test("draws are a pure function of (seed, index); a log-normal's log2|g| is centred where it was asked")
    func determinism() {
        let d = GradientDistribution.logNormal(LogNormal(centreLog2: -20, spreadLog2: 3))
        let a = d.samples(count: 4096, seed: 7)
        #expect(a == d.samples(count: 4096, seed: 7))
        #expect(a != d.samples(count: 4096, seed: 8))
        #expect(d.sample(seed: 7, index: 1234) == a[1234])
        let meanLog2 = a.map { Double($0.exponent) + 0.5 }.reduce(0, +) / Double(a.count)
        #expect(abs(meanLog2 - -20) < 0.3, "mean of binade midpoints \(meanLog2)")
        #expect(a.contains { $0 < 0 } && a.contains { $0 > 0 })
        // A spread of zero gives exactly 2^centre for integer centres (PowerOfTwo.exp2 is exact there).
        let flat = GradientDistribution.logNormal(LogNormal(centreLog2: -7, spreadLog2: 0)).samples(count: 10, seed: 1)
        #expect(flat.allSatisfy { $0.magnitude == 0x1p-7 })
    }

    @Test("PowerOfTwo.exp2 is exact at integers and close to 2^x elsewhere")
    func exp2() {
        for k in [-1074, -1022, -30, 0, 1, 52, 1023] { #expect(PowerOfTwo.exp2(Double(k)) == Double(sign: .plus, exponent: k, significand: 1)) }
        #expect(abs(PowerOfTwo.exp2(0.5) - 2.0.squareRoot()) <= 4 * 2.0.squareRoot().ulp)
        #expect(PowerOfTwo.exp2(1024) == .infinity && PowerOfTwo.exp2(-2000) == 0)
    }

    @Test("distribution spellings parse, bad ones do not")
    func parsing() {
        #expect(GradientDistribution.parse("lognormal") == .logNormal(LogNormal(centreLog2: -20, spreadLog2: 3)))
        #expect(GradientDistribution.parse("lognormal:-10") == .logNormal(LogNormal(centreLog2: -10, spreadLog2: 3)))
        #expect(GradientDistribution.parse("mixture:-24,2,-10,1,0.25") != nil)
        for bad in ["lognormal:-10,-1", "mixture:1,2,3", "mixture:-24,2,-10,1,2", "normal", "lognormal:x", "lognormal:nan"] {
            #expect(GradientDistribution.parse(bad) == nil, "\(bad)")
        }
    }
}
