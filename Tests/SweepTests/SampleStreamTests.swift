import Foundation
import Testing
import FormatCore
@testable import Sweep

/// The sample stream: Philox4x32-10 against Random123's known answers, the eight-lane paths bit for bit
/// against the scalar definition, the Box-Muller steps against float64 math, values pinned from an
/// independent re-implementation (`Tests/Vectors/samples/generate_sample_stream.py`, numpy), and the statistics of a million
/// samples within bounds of several standard errors.
@Suite struct SampleStreamTests {
    /// Test inputs from the shared SplitMix64 stream, seeded and printed so that a failure can be replayed.
    struct Random {
        var bits: SplitMix64
        init(state: UInt64) { bits = SplitMix64(seed: state) }
        mutating func next() -> UInt64 { bits.next() }
        mutating func word() -> UInt32 { UInt32(truncatingIfNeeded: next()) }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static var seed: UInt64 {
        if let text = ProcessInfo.processInfo.environment["FLOATSCOPE_SAMPLE_SEED"], let s = UInt64(text) { return s }
        let s = UInt64.random(in: 0...UInt64.max)
        print("SampleStreamTests seed \(s) (FLOATSCOPE_SAMPLE_SEED replays it)")
        return s
    }

    @Test func philoxKnownAnswers() {
        // Random123's kat_vectors for philox4x32 with 10 rounds.
        #expect(Philox.block(0, 0, 0, 0, key: 0, 0) == SIMD4(0x6627_E8D5, 0xE169_C58D, 0xBC57_AC4C, 0x9B00_DBD8))
        #expect(Philox.block(.max, .max, .max, .max, key: .max, .max) == SIMD4(0x408F_276D, 0x41C8_3B0E, 0xA20B_C7C6, 0x6D54_51FD))
        #expect(Philox.block(0x243F_6A88, 0x85A3_08D3, 0x1319_8A2E, 0x0370_7344, key: 0xA409_3822, 0x299F_31D0)
                == SIMD4(0xD16C_FE09, 0x94FD_CCEB, 0x5001_E420, 0x2412_6EA1))
    }

    @Test func philoxLanesEqualBlocks() {
        var r = Random(state: Self.seed)
        for _ in 0..<200 {
            var c = [SIMD8<UInt32>](repeating: .zero, count: 4)
            for w in 0..<4 { for l in 0..<8 { c[w][l] = r.word() } }
            let k0 = r.word(), k1 = r.word()
            let (w0, w1, w2, w3) = Philox.blocks(c[0], c[1], c[2], c[3], key: k0, k1)
            for l in 0..<8 {
                #expect(Philox.block(c[0][l], c[1][l], c[2][l], c[3][l], key: k0, k1) == SIMD4(w0[l], w1[l], w2[l], w3[l]))
            }
        }
    }

    /// Words whose pairs reach every branch: the clamp near u = 1, the smallest u, each quarter turn and its edges.
    static let edgeWords: [UInt32] = [0, 1, 2, 3, 0x7F, 0x80, 0xFF, 0x100, 0x3F_FFFF, 0x40_0000, 0x7F_FFFF, 0x80_0000,
                                      0x7FFF_FFFF, 0x8000_0000, 0xBFFF_FFFF, 0xC000_0000, 0xFFFF_FE00, 0xFFFF_FF00,
                                      0xFFFF_FFFE, 0xFFFF_FFFF, 0x1FFF_FF80, 0x2000_0000, 0x5FFF_FF80, 0x6000_0000,
                                      0x9FFF_FF80, 0xA000_0000, 0xDFFF_FF80, 0xE000_0000]

    @Test func boxMullerLanesEqualPairs() {
        var r = Random(state: Self.seed)
        var a: [UInt32] = [], b: [UInt32] = []
        for x in Self.edgeWords { for y in Self.edgeWords { a.append(x); b.append(y) } }
        for _ in 0..<20_000 { a.append(r.word()); b.append(r.word()) }
        while a.count % 8 != 0 { a.append(r.word()); b.append(r.word()) }
        for start in stride(from: 0, to: a.count, by: 8) {
            let va = SIMD8<UInt32>(a[start..<start + 8]), vb = SIMD8<UInt32>(b[start..<start + 8])
            let (c, s) = BoxMuller.pairs(va, vb)
            for l in 0..<8 {
                let want = BoxMuller.pair(a[start + l], b[start + l])
                #expect(c[l].bitPattern == want.cos.bitPattern && s[l].bitPattern == want.sin.bitPattern,
                        "pair (\(a[start + l]), \(b[start + l]))")
            }
        }
    }

    @Test func boxMullerStepsAgainstFloat64() {
        // log(u) for every u = float(n) · 2^-31 the radius uses, sampled: within 2 float32 units of the exact value.
        var worstLog = 0.0
        var n: UInt32 = 1
        while n < 0x7FFF_FF80 {
            let u = Float(Int32(bitPattern: n)) * 0x1p-31
            let exact = Foundation.log(Double(u))
            let ulp = Double(Float(exact).ulp)
            worstLog = max(worstLog, abs(Double(BoxMuller.log(u)) - exact) / ulp)
            n = n < 4096 ? n + 2 : n &+ (n >> 11) | 1
        }
        for k in 1...4096 { // u = 1 - k · 2^-24, where log(u) is smallest
            let u = 1 - Float(k) * 0x1p-24
            let exact = Foundation.log(Double(u))
            worstLog = max(worstLog, abs(Double(BoxMuller.log(u)) - exact) / Double(Float(exact).ulp))
        }
        #expect(worstLog <= 2, "log: \(worstLog) units")
        // cos and sin for every 97th angle, and the edges: within 2^-23.
        var worstTrig = 0.0
        var angles: [UInt32] = Self.edgeWords
        for k in stride(from: UInt32(0), to: 1 << 25, by: 97) { angles.append(k << 7) }
        for b in angles {
            let v = Double((b >> 7) | 1)
            let theta = 2 * Double.pi * v / 33_554_432
            let (c, s) = BoxMuller.cosSin(b)
            worstTrig = max(worstTrig, abs(Double(c) - Foundation.cos(theta)), abs(Double(s) - Foundation.sin(theta)))
        }
        #expect(worstTrig <= 0x1p-23, "cos/sin: \(worstTrig)")
        // The radius stays within (0, 6.56], so no normal is 0 and none is beyond 6.56.
        #expect(BoxMuller.radius(0) > 6.55 && BoxMuller.radius(0) < 6.56)
        #expect(BoxMuller.radius(.max) > 0)
    }

    @Test func fillEqualsDefinitionAtAnyOffset() {
        var r = Random(state: Self.seed)
        let distributions: [Distribution] = [.normal(mean: 0, sigma: 1), .normal(mean: 0.25, sigma: 0.02), .uniform(lower: -1, upper: 1),
                                             .logUniform(lowBinade: -20, highBinade: 20), .laplace(location: 0, scale: 1),
                                             .studentT(degrees: 3, scale: 1)]
        for d in distributions {
            for _ in 0..<12 {
                let seed = r.next()
                let start = r.below(4) == 0 ? r.next() >> 1 : UInt64(r.below(1 << 20))
                let count = r.below(4) == 0 ? r.below(40) : r.below(d == .studentT(degrees: 3, scale: 1) ? 300 : 3_000)
                var got = [UInt32](repeating: 0xDEAD_BEEF, count: count + 1)
                got.withUnsafeMutableBufferPointer { d.fill($0.baseAddress!, seed: seed, start: start, count: count) }
                #expect(got[count] == 0xDEAD_BEEF, "\(d) wrote past its count")
                for k in 0..<count where got[k] != d.sample(seed: seed, index: start + UInt64(k)).bitPattern {
                    Issue.record("\(d) seed \(seed) element \(start + UInt64(k)): \(got[k]) against the definition")
                    break
                }
            }
        }
    }

    @Test func chunksAndThreadsDoNotChangeSamples() {
        let source = SweepSource.samples(.normal(mean: 0, sigma: 1), count: 3 * 65_536 + 77, seed: 11)
        let one = SweepEngine(threads: 1).materialize(source), two = SweepEngine(threads: 2).materialize(source)
        #expect(one == two)
        for k in [0, 1, 31, 32, 65_535, 65_536, 3 * 65_536 + 76] {
            #expect(one[k] == Distribution.normal(mean: 0, sigma: 1).sample(seed: 11, index: UInt64(k)).bitPattern)
        }
    }

    /// Values from `Tests/Vectors/samples/generate_sample_stream.py`, a numpy re-implementation written from the documentation
    /// of `SampleStream`, `Philox` and `BoxMuller` (float32 arithmetic with numpy's float32 operations).
    @Test func pinnedValuesFromIndependentImplementation() {
        for (seed, stream, index, word, normal) in SampleStreamVectors.rows {
            #expect(SampleStream.word(seed: seed, stream: stream, index: index) == word, "word seed \(seed) stream \(stream) index \(index)")
            #expect(SampleStream.normal(seed: seed, stream: stream, index: index).bitPattern == normal,
                    "normal seed \(seed) stream \(stream) index \(index)")
        }
    }

    /// A million standard normals and uniforms: moments and tail fractions within 5 standard errors (the
    /// stream is fixed, so this cannot flake; it fails when the transform or the words are biased).
    @Test func millionSamplesLookRight() {
        let n = 1 << 20
        let normals = SweepEngine(threads: 2).materialize(.samples(.normal(mean: 0, sigma: 1), count: UInt64(n), seed: 2026))
        var sum = 0.0, squares = 0.0, fourth = 0.0, beyond1 = 0, beyond2 = 0, beyond3 = 0, negative = 0
        for bits in normals {
            let z = Double(Float(bitPattern: bits))
            sum += z
            squares += z * z
            fourth += z * z * z * z
            if abs(z) > 1 { beyond1 += 1 }
            if abs(z) > 2 { beyond2 += 1 }
            if abs(z) > 3 { beyond3 += 1 }
            if z < 0 { negative += 1 }
        }
        let count = Double(n)
        func within(_ value: Double, _ expected: Double, standardError: Double) -> Bool { abs(value - expected) <= 5 * standardError }
        #expect(within(sum / count, 0, standardError: (1 / count).squareRoot()))
        #expect(within(squares / count, 1, standardError: (2 / count).squareRoot()))
        #expect(within(fourth / count, 3, standardError: (96 / count).squareRoot()))
        for (observed, p) in [(beyond1, 0.31731050786291415), (beyond2, 0.04550026389635842), (beyond3, 0.0026997960632601866),
                              (negative, 0.5)] {
            #expect(within(Double(observed) / count, p, standardError: (p * (1 - p) / count).squareRoot()), "fraction \(p)")
        }
        let uniforms = SweepEngine(threads: 2).materialize(.samples(.uniform(lower: 0, upper: 1), count: UInt64(n), seed: 2026))
        var usum = 0.0, usquares = 0.0, below = 0
        for bits in uniforms {
            let u = Double(Float(bitPattern: bits))
            usum += u
            usquares += u * u
            if u < 0.1 { below += 1 }
        }
        #expect(within(usum / count, 0.5, standardError: (1.0 / 12 / count).squareRoot()))
        #expect(within(usquares / count, 1.0 / 3, standardError: (4.0 / 45 / count).squareRoot()))
        #expect(within(Double(below) / count, 0.1, standardError: (0.09 / count).squareRoot()))
    }
}
