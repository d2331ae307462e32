import Foundation
import Testing
@testable import FormatCore
@testable import Sweep

/// Verify mode over randomised specifications: every target family, block sizes 1...4096 and rows, sources
/// with NaN, infinities, zeros, subnormals and huge values, lengths that are multiples of nothing, 1 and 2
/// threads. A failure names the base seed that makes the run again (`FLOATSCOPE_VERIFY_SEED=<seed>`) and the case.
@Suite struct VerifyModeTests {
    /// A SplitMix64 stream (FormatCore's) with the draws the cases need.
    struct Random {
        var source: SplitMix64
        init(state: UInt64) { source = SplitMix64(seed: state) }
        mutating func next() -> UInt64 { source.next() }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
        mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) * 0x1p-53 < p }
    }

    static let scalarNames = ["bf16", "fp16", "tf32", "e4m3fn", "e5m2", "e4m3fnuz", "e5m2fnuz", "e4m3b11fnuz", "e3m2fn", "e2m3fn",
                              "e2m1fn", "e8m0fnu", "int8", "int4", "uint8", "nf4"]
    static let roundings: [RoundingMode] = [.nearestEven, .nearestEven, .nearestAway, .towardZero, .towardPositive, .towardNegative, .stochastic(seed: 3)]

    /// Target families: scalar formats, then MX, NVFP4, NF4 (+dq), symmetric ints (+dq), min/max ints,
    /// bitsandbytes FP4, absmax floats.
    static let families = 8

    /// A random target of `family`: a scalar format with a random rounding and overflow policy, or a block format.
    static func target(_ r: inout Random, family: Int) throws -> any RoundTripper {
        if family == 0 {
            let format = try Format.named(r.pick(scalarNames))
            return ScalarRoundTrip(format, rounding: r.pick(roundings), overflow: r.pick(OverflowPolicy.allCases))
        }
        let size = r.chance(0.3) ? r.pick([1, 2, 3, 15, 16, 17, 31, 33, 64, 100, 128, 1000, 4096]) : 1 + r.below(4096)
        let granularity = r.chance(0.15) ? "row=\(size)" : "\(size)"
        let spec: String
        switch family {
        case 1: spec = r.pick(["mxfp4", "mxfp6-e2m3", "mxfp6-e3m2", "mxfp8-e4m3", "mxfp8-e5m2"]) + (r.chance(0.5) ? ":\(granularity)" : "")
        case 2: spec = "nvfp4" + (r.chance(0.5) ? ":\(granularity)" : "")
        case 3: spec = "nf4:\(granularity)" + (r.chance(0.4) ? "+dq" : "")
        case 4: spec = "int\(2 + r.below(7)):\(granularity)" + (r.chance(0.3) ? "+dq" : "")
        case 5: spec = "int\(2 + r.below(7))-asym:\(granularity)"
        case 6: spec = "bnb-fp4:\(granularity)"
        default: spec = r.pick(["e2m1fn", "e4m3fn", "e5m2", "e3m2fn", "e2m3fn"]) + ":\(granularity)"
        }
        return BlockRoundTrip(try BlockFormat.parse(spec))
    }

    /// Random inputs: runs of normal samples at a random scale, consecutive bit patterns (one-binade slices),
    /// and sprinkled specials: NaN, ±inf, ±0, subnormals, huge values, random patterns.
    static func inputs(_ r: inout Random, count: Int) -> [UInt32] {
        var v: [UInt32] = []
        v.reserveCapacity(count)
        let nasty = r.chance(0.6)
        while v.count < count {
            let run = min(count - v.count, 1 + r.below(r.chance(0.3) ? 5_000 : 300))
            switch r.below(4) {
            case 0: // consecutive patterns from a random start
                let first = UInt32(truncatingIfNeeded: r.next())
                v += (0..<UInt32(run)).map { first &+ $0 }
            case 1: // one exponent field
                let field = UInt32(r.below(256)) << 23, sign: UInt32 = r.chance(0.5) ? 0x8000_0000 : 0
                v += (0..<run).map { _ in sign | field | UInt32(truncatingIfNeeded: r.next()) & 0x7f_ffff }
            default: // normal samples at a random scale
                let scale = Float(sign: .plus, exponent: r.below(60) - 30, significand: 1)
                let seed = r.next()
                v += (0..<run).map { (SampleStream.normal(seed: seed, stream: 0, index: UInt64($0)) * scale).bitPattern }
            }
        }
        if nasty {
            let specials: [UInt32] = [0x7fc0_0000, 0xffc0_0001, 0x7f80_0000, 0xff80_0000, 0, 0x8000_0000, 1, 0x8000_0001, 0x007f_ffff,
                                      0x0080_0000, 0x7f7f_ffff, 0xff7f_ffff, 0x7e00_0000, 0x5f00_0000]
            for _ in 0..<(1 + count / 200) { v[r.below(count)] = r.pick(specials) }
        }
        return v
    }

    static var baseSeed: UInt64 {
        if let text = ProcessInfo.processInfo.environment["FLOATSCOPE_VERIFY_SEED"], let seed = UInt64(text) { return seed }
        return UInt64.random(in: 0...UInt64.max)
    }

    @Test("verify mode finds no difference on randomised specifications")
    func randomised() throws {
        let base = Self.baseSeed
        for case_ in 0..<40 {
            let seed = base &+ UInt64(case_)
            var r = Random(state: seed)
            let target = try Self.target(&r, family: case_ % 10 >= Self.families ? 0 : case_ % 10)
            let count = 1 + r.below(r.chance(0.15) ? 100_000 : 9_000)
            let threads = 1 + r.below(2)
            let source: SweepSource
            if r.chance(0.15), target.traits.narrowing != nil {
                let lower = UInt64(r.next() & 0xffff_ffff) & ~0xffff
                source = .codeRange(.fp32, lower: lower, upper: min(lower + UInt64(count) - 1, 0xffff_ffff))
            } else {
                source = .values(Self.inputs(&r, count: count))
            }
            let result = SweepEngine(threads: threads, verify: true).run(source, through: target)
            #expect(result.mismatch == nil, "case \(case_) of FLOATSCOPE_VERIFY_SEED=\(base): \(target.name), \(source.count) values, \(threads) thread(s): \(result.mismatch.map(String.init(describing:)) ?? "")")
            #expect(!result.partial && result.statistics.elements == source.count, "case \(case_) of FLOATSCOPE_VERIFY_SEED=\(base): \(target.name)")
        }
    }

    /// bf16 whose traits tell the one-field paths that it drops 12 bits (its ULP model says 16): their
    /// histogram then differs from the definition's.
    struct MislabelledDrop: RoundTripper {
        let inner = ScalarRoundTrip(.bf16)
        var traits: TargetTraits {
            var t = inner.traits
            t.simpleFields = t.simpleFields.map { ($0.low, $0.high, 12) }
            return t
        }
        func roundTrip(_ x: UnsafePointer<UInt32>, _ y: UnsafeMutablePointer<UInt32>, count: Int, firstElement: UInt64, tensorAmax: Float,
                       blockMagnitudes: UnsafeMutablePointer<Float>?) -> Bool {
            inner.roundTrip(x, y, count: count, firstElement: firstElement, tensorAmax: tensorAmax, blockMagnitudes: blockMagnitudes)
        }
    }

    @Test("verify mode stops at a chunk where a fast path disagrees with the definition, and names it")
    func catchesDifference() {
        let inputs = (0..<UInt32(200_000)).map { 0x3f80_0000 &+ $0 &* 3 }
        let result = SweepEngine(threads: 2, verify: true).run(.values(inputs), through: MislabelledDrop())
        let mismatch = result.mismatch
        #expect(mismatch?.firstElement == 0)
        #expect(result.partial == true)
        #expect(mismatch.map { "\($0)".contains("bf16, values 0..<65536") } == true, "\(mismatch.map { "\($0)" } ?? "")")
        // Without verify mode the same sweep reports the fast paths' figures.
        #expect(SweepEngine(threads: 2).run(.values(inputs), through: MislabelledDrop()).mismatch == nil)
    }
}
