import FormatCore
import Sweep
import Testing
@testable import Lab

/// Master weights on a constant gradient, where every scheme's trajectory can be worked out by hand.
@Suite struct MasterWeightsTests {
    /// w0 = 1, lr = 1, g = 2^-9 every step.
    func constant(steps: Int) -> MasterWeights {
        var m = MasterWeights()
        m.initialWeight = 1
        m.learningRate = 1
        m.constantGradient = 0x1p-9
        m.steps = steps
        m.points = 4
        return m
    }

    @Test("bf16: 1 + 2^-9 rounds back to 1 every time; fp32 holds every step; the master copy and Kahan follow the exact sum")
    func constantGradient() throws {
        let result = try constant(steps: 100).run()
        #expect(result.sampleSteps == [25, 50, 75, 100])
        #expect(result.exact.map(\.nearestDouble) == [25, 50, 75, 100].map { 1 + Double($0) * 0x1p-9 })
        let byName = Dictionary(uniqueKeysWithValues: result.runs.map { ($0.scheme.name, $0) })
        #expect(byName.keys.sorted() == ["bf16", "bf16+fp32-master", "bf16+kahan", "bf16+sr", "fp16", "fp32"])
        let fp32 = try #require(byName["fp32"]), bf16 = try #require(byName["bf16"])
        #expect(fp32.trajectory == result.exact.map(\.nearestDouble))
        #expect(fp32.vanished == 0 && result.error(of: fp32)!.isZero)
        #expect(bf16.final == 1 && bf16.vanished == 100 && bf16.unchanged == 100)
        #expect(result.vanishedShare(of: bf16) == .finite(.one))
        // fp16 has 10 mantissa bits: 2^-9 is two ULPs of 1 and moves it every step until 2 (reached at step 512).
        #expect(byName["fp16"]!.final == 1 + 100 * 0x1p-9 && byName["fp16"]!.vanished == 0)
        // bf16 with an fp32 master: the master is exact; the bf16 copy is it rounded, within half an ULP (2^-8).
        let master = try #require(byName["bf16+fp32-master"])
        #expect(master.vanished == 0)
        #expect(master.final == (try FormatArithmetic(.bf16)).round(1 + 100 * 0x1p-9).value)
        #expect(result.error(of: master)!.magnitude <= Dyadic(0x1p-8)!)
        // Kahan: the compensation carries the lost bits; the error stays within one bf16 ULP.
        let kahan = try #require(byName["bf16+kahan"])
        #expect(kahan.vanished == 100)   // by the definition: every update is below half an ULP of the weight...
        #expect(result.error(of: kahan)!.magnitude <= Dyadic(0x1p-7)!)   // ...yet the sum is kept
        // Stochastic rounding moves the weight up with probability 1/4 per step: it leaves 1, and it is deterministic.
        let sr = try #require(byName["bf16+sr"])
        #expect(sr.final > 1)
        #expect(try constant(steps: 100).run().runs.first { $0.scheme.name == "bf16+sr" } == sr)
    }

    @Test("Kahan in bf16, the first three steps by hand: c = -2^-9, -2^-8, then w = 1 + 2^-7 and c = 2^-9")
    func kahanByHand() throws {
        var m = constant(steps: 3)
        m.points = 3
        let kahan = try #require(try m.run([.kahan(.bf16)]).runs.first)
        #expect(kahan.trajectory == [1, 1, 1 + 0x1p-7])
        #expect(kahan.unchanged == 2)
    }

    @Test("scheme names parse back; bad settings are refused")
    func parsingAndValidation() {
        for scheme in WeightScheme.standard + [.kahan(.fp16), .masterCopy(weights: .fp16, master: .fp32)] {
            #expect(WeightScheme.parse(scheme.name) == scheme)
        }
        #expect(WeightScheme.parse("bf17") == nil)
        var m = MasterWeights()
        m.steps = 0
        #expect(throws: LabError.self) { try m.run() }
        m.steps = 10
        m.learningRate = .infinity
        #expect(throws: LabError.self) { try m.run() }
        m.learningRate = 1
        #expect(throws: LabError.self) { try m.run([.plain(Format.int(8))]) }
    }
}

@Suite("Master copy's master")
struct MasterCopyTests {
    @Test("a bf16 weight kept as an fp32 master: its master follows fp32 exactly and is reported beside the bf16 weight (before: only the bf16 weight, which looked like plain bf16)")
    func masterIsReported() throws {
        var m = MasterWeights()
        m.steps = 500
        m.points = 5
        let result = try m.run([.plain(.fp32), .masterCopy(weights: .bf16, master: .fp32), .plain(.bf16)])
        let fp32 = result.runs[0], copy = result.runs[1], bf16 = result.runs[2]
        #expect(copy.masterTrajectory == fp32.trajectory)
        #expect(copy.masterFinal == fp32.final)
        #expect(copy.final == bf16.final, "the weight the model uses is the master rounded to bf16")
        #expect(fp32.masterTrajectory == nil && bf16.masterTrajectory == nil)
    }
}
