import Testing
@testable import FormatCore

/// The SIMD round trips of Q2_K, Q3_K and Q6_K (16 sub-blocks of 16 as the 16 lanes) against the
/// plain `decode(encode(x))` bit for bit, on many random super-blocks whose 16 sub-blocks are each
/// of a different kind (so every lane sees every kind of data, next to lanes of other kinds).
@Suite struct SubBlockLaneRoundTripTests {
    static let names = ["q2_k", "q3_k", "q6_k"]

    /// `blocks` super-blocks of 256: per sub-block of 16, one of 15 kinds (weight-like, scaled by
    /// powers of two from 2^-149 to 2^127, ties on power-of-two grids, constants, zeros, outliers,
    /// subnormals, near ggml's 1e-15 all-zero threshold, near the float32 maximum, one sign only,
    /// mixed exponents, NaN or infinities); every 8th super-block is all one kind (whole-block
    /// zero, constant, subnormal or huge).
    static func data(blocks: Int, seed: UInt64) -> [Float] {
        var g = GGUFRoundTripTests.Generator(state: seed)
        var x = [Float](repeating: 0, count: 256 * blocks)
        for block in 0..<blocks {
            let wholeKind: Int? = block % 8 == 7 ? [6, 4, 8, 10][Int(g.next() % 4)] : nil
            for sub in 0..<16 {
                let kind = wholeKind ?? Int(g.next() % 15)
                let scale = Float(sign: .plus, exponent: Int(g.next() % 277) - 149, significand: 1 + g.uniform())
                let base = 256 * block + 16 * sub
                for i in 0..<16 {
                    let v: Float
                    switch kind {
                    case 0, 1: v = g.normal() * 0.02
                    case 2: v = g.normal() * scale
                    case 3: v = Float(Int(g.next() % 17) - 8) * 0.5 * Float(sign: .plus, exponent: Int(g.next() % 8) - 6, significand: 1)
                    case 4: v = wholeKind == nil ? scale : 0.375
                    case 5: v = i == Int(g.next() % 16) ? Float(sign: .plus, exponent: Int(g.next() % 20), significand: 1) : g.normal() * 0.01
                    case 6: v = g.next() % 2 == 0 ? 0 : -0.0
                    case 7: v = abs(g.normal()) * scale
                    case 8: v = Float(bitPattern: UInt32(g.next() % 4096)) * (g.next() % 2 == 0 ? 1 : -1)
                    case 9: v = g.normal() * 1e-15 * (0.5 + g.uniform())
                    case 10: v = g.normal() * 1e38
                    case 11: v = -abs(g.normal()) * 0.02
                    case 12: v = Float(sign: g.next() % 2 == 0 ? .plus : .minus, exponent: Int(g.next() % 60) - 30, significand: 1 + g.uniform())
                    case 13: v = [Float.nan, .infinity, -.infinity, g.normal()][Int(g.next() % 4)]
                    default: v = i == 0 ? [Float.nan, .infinity, -.infinity][Int(g.next() % 3)] : g.normal() * 0.02
                    }
                    x[base + i] = v
                }
            }
        }
        return x
    }

    /// The indices where roundTrip (out of place, and in place) differs from decode(encode) in bits.
    static func mismatches(_ codec: any BlockCodec, _ input: [Float]) -> [Int] {
        GGUFRoundTripTests.check(codec, input)
    }

    @Test("roundTrip equals decode(encode) bit for bit on 3 x 2048 mixed super-blocks", arguments: names)
    func mixedBlocks(_ name: String) {
        let codec = GGUFVectorFiles.codec(name)
        for seed: UInt64 in [11, 12, 13] {
            let bad = Self.mismatches(codec, Self.data(blocks: 2048, seed: seed))
            #expect(bad.count == 0, "\(name) seed \(seed): \(bad.count) values differ, first at \(bad.prefix(8))")
        }
    }

    @Test("roundTrip equals decode(encode) on N(0, 0.02) data, the benchmark's and sweep's case", arguments: names)
    func weightLike(_ name: String) {
        let codec = GGUFVectorFiles.codec(name)
        var g = GGUFRoundTripTests.Generator(state: 21)
        let input = (0..<256 * 512).map { _ in g.normal() * 0.02 }
        let bad = Self.mismatches(codec, input)
        #expect(bad.count == 0, "\(name): \(bad.count) values differ, first at \(bad.prefix(8))")
    }

    @Test("every sub-block gives the same values in every lane", arguments: names)
    func lanePositions(_ name: String) {
        // One super-block's 16 sub-blocks rotated through the 16 lane positions: each rotation is
        // checked against the plain path, so a lane-dependent mistake shows in some position.
        let codec = GGUFVectorFiles.codec(name)
        let one = Self.data(blocks: 1, seed: 31)
        var rotated: [Float] = []
        for r in 0..<16 {
            for sub in 0..<16 { rotated += one[16 * ((sub + r) % 16)..<16 * ((sub + r) % 16) + 16] }
        }
        let bad = Self.mismatches(codec, rotated)
        #expect(bad.count == 0, "\(name): \(bad.count) values differ, first at \(bad.prefix(8))")
    }
    /// Runs `body` on every group of sub-blocks of `blocks` mixed super-blocks: the group loaded as
    /// lanes, and the group's first value's index.
    static func forEachGroup(blocks: Int, seed: UInt64, finiteOnly: Bool,
                             _ body: (UnsafeMutablePointer<SubBlockLanes.Lanes>, [Float], Int) -> Void) {
        var x = data(blocks: blocks, seed: seed)
        if finiteOnly { x = x.map { $0.isFinite ? $0 : 0.5 } }
        let xt = UnsafeMutablePointer<SubBlockLanes.Lanes>.allocate(capacity: 16)
        defer { xt.deallocate() }
        x.withUnsafeBufferPointer { p in
            for block in 0..<blocks {
                for g in 0..<SubBlockLanes.groups {
                    SubBlockLanes.load(p.baseAddress! + 256 * block, group: g, into: xt)
                    body(xt, x, 256 * block + 16 * SubBlockLanes.width * g)
                }
            }
        }
    }

    // The searches lane by lane against the plain searches on each sub-block, scales (and mins)
    // and levels bit for bit: these see differences that the stored 4-, 6- or 8-bit scales hide.

    @Test("Q6_K lane search = SymmetricScaleSearch per sub-block (finite values)")
    func q6Search() {
        let buffer = UnsafeMutablePointer<SubBlockLanes.Lanes>.allocate(capacity: 64)
        defer { buffer.deallocate() }
        let out = buffer + 48
        let work = Q6_KLaneRoundTrip.Work(xt: buffer, w: buffer, wx: buffer + 16, levels: out, trial: buffer + 32)
        var bad = 0
        var levels = [Int8](repeating: 0, count: 16)
        for seed: UInt64 in [41, 42] {
            Self.forEachGroup(blocks: 1024, seed: seed, finiteOnly: true) { xt, x, first in
                let scale = Q6_KLaneRoundTrip.search(xt, levels: out, work)
                for k in 0..<SubBlockLanes.width {
                    let expected = x.withUnsafeBufferPointer { p in
                        levels.withUnsafeMutableBufferPointer {
                            SymmetricScaleSearch.search(n: 16, nmax: 32, x: p.baseAddress! + first + 16 * k, levels: $0.baseAddress!)
                        }
                    }
                    if expected.bitPattern != scale[k].bitPattern || (0..<16).contains(where: { Float(levels[$0]) != out[$0][k] }) {
                        bad += 1
                    }
                }
            }
        }
        #expect(bad == 0, "\(bad) sub-blocks differ")
    }

    @Test("Q3_K lane search = Q3ScaleSearch per sub-block")
    func q3Search() {
        let buffer = UnsafeMutablePointer<SubBlockLanes.Lanes>.allocate(capacity: 32)
        defer { buffer.deallocate() }
        var bad = 0
        var levels = [Int8](repeating: 0, count: 16)
        for seed: UInt64 in [43, 44] {
            Self.forEachGroup(blocks: 1024, seed: seed, finiteOnly: false) { xt, x, first in
                let scale = Q3_KLaneRoundTrip.search(xt, levels: buffer, wx: buffer + 16)
                for k in 0..<SubBlockLanes.width {
                    let expected = x.withUnsafeBufferPointer { p in
                        levels.withUnsafeMutableBufferPointer {
                            Q3ScaleSearch.search(n: 16, nmax: 4, x: p.baseAddress! + first + 16 * k, levels: $0.baseAddress!)
                        }
                    }
                    if expected.bitPattern != scale[k].bitPattern || (0..<16).contains(where: { Float(levels[$0]) != buffer[$0][k] }) {
                        bad += 1
                    }
                }
            }
        }
        #expect(bad == 0, "\(bad) sub-blocks differ")
    }

    @Test("Q2_K lane search = ScaleMinSearch per sub-block (scale, min, levels)")
    func q2Search() {
        let buffer = UnsafeMutablePointer<SubBlockLanes.Lanes>.allocate(capacity: 48)
        defer { buffer.deallocate() }
        var bad = 0
        var levels = [UInt8](repeating: 0, count: 32)
        for seed: UInt64 in [45, 46] {
            Self.forEachGroup(blocks: 1024, seed: seed, finiteOnly: false) { xt, x, first in
                let fit = Q2_KLaneRoundTrip.search(xt, levels: buffer, w: buffer + 16, trial: buffer + 32)
                for k in 0..<SubBlockLanes.width {
                    let sub = Array(x[first + 16 * k..<first + 16 * k + 16])
                    let weights = sub.map { abs($0) }
                    let expected = levels.withUnsafeMutableBufferPointer { l in
                        ScaleMinSearch.search(n: 16, nmax: 3, x: sub, weights: weights, levels: l.baseAddress!,
                                              scratch: l.baseAddress! + 16, rmin: -0.5, rdelta: 0.1, nstep: 15, useMAD: true)
                    }
                    if expected.scale.bitPattern != fit.scale[k].bitPattern || expected.min.bitPattern != fit.min[k].bitPattern
                        || (0..<16).contains(where: { Float(levels[$0]) != buffer[$0][k] }) {
                        bad += 1
                    }
                }
            }
        }
        #expect(bad == 0, "\(bad) sub-blocks differ")
    }
}
