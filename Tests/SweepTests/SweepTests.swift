import Foundation
import Testing
@testable import FormatCore
@testable import Sweep

/// The engine against the independent reference, on small sweeps; determinism and cancellation.
@Suite struct SweepTests {
    /// Inputs that hit every class: specials, subnormals, overflow edges, ties, random patterns.
    static func inputs(count: Int = 40_000, seed: UInt64 = 7) -> [UInt32] {
        var v: [UInt32] = [0, 0x8000_0000, 0x7f80_0000, 0xff80_0000, 0x7fc0_0000, 0xffc0_0000, 1, 0x8000_0001, 0x0040_0000,
                           0x477f_f000, 0x477f_f001, 0x4780_0000, 0x43e0_0000, 0x43e8_0000, 0x43f0_0000, 0x7f7f_ffff]
        var state = seed
        while v.count < count {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let r = UInt32(truncatingIfNeeded: state >> 29)
            // Mostly moderate exponents, some anywhere.
            v.append(v.count % 5 == 0 ? r : (r & 0x807f_ffff) | (UInt32(100 + (r >> 23) % 60) << 23))
        }
        return v
    }

    static func close(_ a: Double, _ b: Double) -> Bool {
        if a == b { return true }
        return abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }

    static func compare(_ got: SweepStatistics, _ want: SweepStatistics, _ label: String) {
        #expect(got.elements == want.elements, "\(label) elements")
        #expect(got.nanInputs == want.nanInputs, "\(label) NaN inputs")
        #expect(got.infiniteInputs == want.infiniteInputs, "\(label) infinite inputs")
        #expect(got.overflowToInfinity == want.overflowToInfinity, "\(label) overflow to inf")
        #expect(got.overflowToNaN == want.overflowToNaN, "\(label) overflow to NaN")
        #expect(got.saturated == want.saturated, "\(label) saturated")
        #expect(got.underflowToZero == want.underflowToZero, "\(label) underflow")
        #expect(got.subnormalResults == want.subnormalResults, "\(label) subnormal results")
        #expect(got.exact == want.exact, "\(label) exact")
        #expect(got.finitePairs == want.finitePairs, "\(label) finite pairs")
        #expect(got.nonzeroPairs == want.nonzeroPairs, "\(label) nonzero pairs")
        #expect(close(got.sumAbsoluteError, want.sumAbsoluteError), "\(label) sum abs \(got.sumAbsoluteError) vs \(want.sumAbsoluteError)")
        #expect(close(got.sumRelativeError, want.sumRelativeError), "\(label) sum rel")
        #expect(close(got.sumSquaredError, want.sumSquaredError), "\(label) sum sq")
        #expect(close(got.sumSquaredInput, want.sumSquaredInput), "\(label) signal")
        #expect(got.maxAbsoluteError == want.maxAbsoluteError, "\(label) max abs")
        #expect(got.maxRelativeError == want.maxRelativeError, "\(label) max rel")
        #expect(got.histogram == want.histogram, "\(label) histogram \(got.histogram.counts) vs \(want.histogram.counts)")
        for (g, w) in zip(got.binades, want.binades) {
            #expect(g.count == w.count, "\(label) binade \(g.exponent) count")
            #expect(close(g.sumRelativeError, w.sumRelativeError), "\(label) binade \(g.exponent) rel")
            #expect(g.maxRelativeError == w.maxRelativeError, "\(label) binade \(g.exponent) max rel")
        }
    }

    @Test("engine equals the reference on scalar targets",
          arguments: ["bf16", "fp16", "e4m3fn", "e5m2", "e2m1fn", "e4m3fnuz", "e8m0fnu", "tf32", "int8", "nf4"])
    func matchesReference(name: String) throws {
        let format = try Format.named(name)
        let inputs = Self.inputs(count: name == "nf4" ? 6_000 : 40_000)
        for policy in OverflowPolicy.allCases {
            let want = SweepReference.statistics(inputs: inputs, format: format, overflow: policy)
            let got = SweepEngine(threads: 2).run(.values(inputs), through: ScalarRoundTrip(format, overflow: policy)).statistics
            Self.compare(got, want, "\(name) \(policy)")
        }
    }

    @Test("ordered code ranges (fast, underflow and general paths) equal the reference",
          arguments: [("bf16", UInt32(0x3000_0000)), ("e4m3fn", UInt32(0x3000_0000)), ("fp16", UInt32(0x3300_0000)),
                      ("e5m2", UInt32(0x3700_0000)), ("e2m1fn", UInt32(0x3e00_0000)), ("fp16", UInt32(0x0000_0000))])
    func orderedRanges(name: String, first: UInt32) throws {
        let format = try Format.named(name)
        let count = 70_000
        let inputs = (0..<UInt32(count)).map { first &+ $0 &* 97 } // strides across binade edges
        let want = SweepReference.statistics(inputs: inputs, format: format)
        let got = SweepEngine(threads: 2).run(.values(inputs), through: ScalarRoundTrip(format)).statistics
        Self.compare(got, want, "\(name) from 0x\(String(first, radix: 16))")
    }

    @Test("runs of consecutive patterns (one-binade slices: rounding, subnormal results, underflow, overflow, NaN) equal the reference",
          arguments: ["bf16", "fp16", "e4m3fn", "e5m2", "e2m1fn", "tf32", "e4m3fnuz"])
    func consecutivePatterns(name: String) throws {
        let format = try Format.named(name)
        // Each run starts 2 slices before a binade edge, so it holds whole one-field slices and a mixed one.
        let edges: [UInt32] = [0x3f80_0000, 0x3380_0000, 0x3300_0000, 0x3000_0000, 0x4780_0000, 0x43e0_0000, 0x4100_0000,
                               0x7f80_0000, 0xbf80_0000, 0x0080_0000, 0x3c80_0000]
        var inputs: [UInt32] = []
        for edge in edges { inputs += (0..<UInt32(6_144)).map { edge &- 4_096 &+ $0 } }
        for policy in OverflowPolicy.allCases {
            let want = SweepReference.statistics(inputs: inputs, format: format, overflow: policy)
            let got = SweepEngine(threads: 2).run(.values(inputs), through: ScalarRoundTrip(format, overflow: policy)).statistics
            Self.compare(got, want, "\(name) \(policy) consecutive")
        }
    }

    @Test("fp32 code ranges (inputs and results made in registers) equal the reference",
          arguments: ["bf16", "fp16", "e2m1fn", "e4m3fn"])
    func fp32CodeRanges(name: String) throws {
        let format = try Format.named(name)
        // Whole one-field chunks around edges of the target's range, and one range whose chunks straddle a field.
        let ranges: [(UInt32, UInt32)] = [(0x3f80_0000 - 65_536, 0x3f80_0000 + 65_535), (0x3380_0000 - 65_536, 0x3380_0000 + 65_535),
                                          (0x3000_0000 - 65_536, 0x3000_0000 + 65_535), (0x4780_0000 - 65_536, 0x4780_0000 + 65_535),
                                          (0x7f80_0000 - 65_536, 0x7f80_0000 + 65_535), (0xc100_0000 - 65_536, 0xc100_0000 + 65_535),
                                          (0x4000_0000 - 40_000, 0x4000_0000 + 30_000)]
        for policy in OverflowPolicy.allCases {
            var got = SweepStatistics()
            var inputs: [UInt32] = []
            for (lower, upper) in ranges {
                got.merge(SweepEngine(threads: 2).run(.codeRange(.fp32, lower: UInt64(lower), upper: UInt64(upper)),
                                                      through: ScalarRoundTrip(format, overflow: policy)).statistics)
                inputs += Array(lower...upper)
            }
            let want = SweepReference.statistics(inputs: inputs, format: format, overflow: policy)
            Self.compare(got, want, "\(name) \(policy) fp32 ranges")
        }
    }

    @Test("block targets equal the reference (every statistic, per binade too)",
          arguments: ["nf4:64", "int4:64", "mxfp4", "e2m1fn:16", "nf4:128+dq", "nvfp4"])
    func blockTargets(spec: String) throws {
        let block = try BlockFormat.parse(spec)
        let target = BlockRoundTrip(block)
        // Normal samples with some zeros, a NaN and an infinity.
        var inputs = SweepEngine(threads: 1).materialize(.samples(.normal(mean: 0, sigma: 1), count: 140_000, seed: 3))
        inputs[5] = 0; inputs[700] = 0x7fc0_0000; inputs[9_000] = 0x7f80_0000; inputs[70_001] = 0x8000_0000
        let want = SweepReference.statistics(inputs: inputs, block: block)
        let got = SweepEngine(threads: 2).run(.values(inputs), through: target).statistics
        Self.compare(got, want, spec)
        // Every finite positive fp16 value in order: long runs of pairs in one histogram bin.
        let ramp = (0..<UInt64(0x7c00)).map { Float(Format.fp16.decode($0).value.doubleValue).bitPattern }
        let rampWant = SweepReference.statistics(inputs: ramp, block: block)
        let rampGot = SweepEngine(threads: 2).run(.values(ramp), through: target).statistics
        Self.compare(rampGot, rampWant, "\(spec) fp16 ramp")
    }

    /// A block target whose zero inputs come back as a tiny non-zero value (2^-140), whose e² (2^-280) is all
    /// that tells them from zero results in the block fast path: it must notice and leave the chunk to the
    /// general path.
    struct ZeroToTiny: RoundTripper {
        var traits: TargetTraits { TargetTraits(name: "zero-to-tiny", bitsPerValue: 32, alignment: 64, ulpModel: .perBlock(size: 64, stepFraction: 0.25)) }
        func roundTrip(_ x: UnsafePointer<UInt32>, _ y: UnsafeMutablePointer<UInt32>, count: Int, firstElement: UInt64, tensorAmax: Float,
                       blockMagnitudes: UnsafeMutablePointer<Float>?) -> Bool {
            for k in 0..<count { y[k] = x[k] & 0x7fff_ffff == 0 ? Float(0x1p-140).bitPattern : x[k] }
            return false
        }
    }

    @Test("a block target that turns zero into a non-zero value equals the reference")
    func zeroInputsWithNonZeroResults() {
        var inputs = SweepEngine(threads: 1).materialize(.samples(.normal(mean: 0, sigma: 1), count: 70_000, seed: 5))
        for k in stride(from: 3, to: inputs.count, by: 1_000) { inputs[k] = 0 }
        var want = SweepStatistics()
        let definition = SweepDefinition(ZeroToTiny().traits)
        for start in stride(from: 0, to: inputs.count, by: 64) {
            let block = inputs[start..<min(start + 64, inputs.count)]
            let amax = block.map { abs(Float(bitPattern: $0)) }.max() ?? 0
            let ulpExponent = amax > 0 ? Int((Double(amax) * 0.25).exponent) : -1074
            for bits in block {
                let y = bits & 0x7fff_ffff == 0 ? Float(0x1p-140) : Float(bitPattern: bits)
                definition.add(bits, y.bitPattern, ulpExponent: ulpExponent, into: &want)
            }
        }
        let got = SweepEngine(threads: 2).run(.values(inputs), through: ZeroToTiny()).statistics
        Self.compare(got, want, "zero to tiny")
    }

    @Test("the tensor amax is the largest finite magnitude, read in place or copied, in lanes and in the tail")
    func tensorMagnitude() {
        var values = SweepEngine(threads: 1).materialize(.samples(.laplace(location: 0, scale: 2), count: 65_536 * 2 + 87, seed: 9))
        // Non-finite values everywhere (they are skipped), the largest finite one in the scalar tail.
        for k in stride(from: 11, to: values.count, by: 4_099) { values[k] = [0x7f80_0000, 0xff80_0000, 0x7fc0_0001, 0xffff_ffff][k % 4] }
        values[values.count - 3] = Float(-3e38).bitPattern
        let want = values.map { Float(bitPattern: $0) }.filter(\.isFinite).map(abs).max()!
        for threads in [1, 2] {
            let engine = SweepEngine(threads: threads)
            values.withUnsafeBufferPointer { b in
                #expect(engine.tensorMagnitude(.values(values), stored: StoredValues(pointer: b.baseAddress!)) == want)
            }
            #expect(engine.tensorMagnitude(.values(values)) == want)
        }
    }

    @Test("figures do not depend on the number of threads")
    func deterministic() {
        let source = SweepSource.samples(.studentT(degrees: 3, scale: 1), count: 300_001, seed: 42)
        let one = SweepEngine(threads: 1).run(source, through: ScalarRoundTrip(.e4m3fn)).statistics
        let three = SweepEngine(threads: 3).run(source, through: ScalarRoundTrip(.e4m3fn)).statistics
        #expect(one == three)
    }

    @Test("exhaustive fp16 -> e4m3fn -> fp16 style counts derived by hand")
    func exhaustiveFP16() {
        let r = SweepEngine().run(.allCodes(.fp16), through: ScalarRoundTrip(.e4m3fn)).statistics
        #expect(r.elements == 65_536)
        #expect(r.nanInputs == 2 * 1023)       // fp16 NaNs: 2 signs × 1023 mantissas
        #expect(r.infiniteInputs == 2)
        // |x| > 464 (448 + half an ULP of 32, the tie goes to 448 whose significand is even) overflow to NaN:
        // fp16 values in (464, 65504]: 464 = 0x5f40, 65504 = 0x7bff.
        #expect(r.overflowToNaN == 2 * UInt64(0x7bff - 0x5f40))
        // Exact: every fp16 value that is an e4m3fn value (e4m3fn finite values are all fp16 values), both zeros.
        #expect(r.exact == 2 * 127)             // 126 non-zero magnitudes + zero, each sign
        #expect(r.finitePairs == 65_536 - 2046 - 2 - r.overflowToNaN)
    }

    @Test("cancellation stops early and marks the result partial")
    func cancellation() {
        let cancel = SweepCancellation()
        let result = SweepEngine(threads: 2).run(.allCodes(.fp32), through: ScalarRoundTrip(.bf16), cancellation: cancel) { p in
            if p.done > 3_000_000 { cancel.cancel() }
        }
        #expect(result.partial)
        #expect(result.statistics.elements < 1 << 32)
        #expect(result.statistics.elements % UInt64(SweepEngine.chunkSize) == 0) // a prefix of whole chunks
    }

    @Test("progress is reported, ends at the total")
    func progress() {
        let reports = ReportLog()
        _ = SweepEngine(threads: 2).run(.samples(.normal(mean: 0, sigma: 1), count: 2_000_000, seed: 1), through: ScalarRoundTrip(.fp16)) { reports.add($0) }
        let all = reports.all
        #expect(!all.isEmpty)
        #expect(all.last?.done == 2_000_000)
        #expect(all.last?.fraction == 1)
    }
}

/// Collects progress reports from worker threads.
final class ReportLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [SweepProgress] = []
    func add(_ p: SweepProgress) { lock.lock(); items.append(p); lock.unlock() }
    var all: [SweepProgress] { lock.lock(); defer { lock.unlock() }; return items }
}
