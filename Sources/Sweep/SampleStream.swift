import _SIMDBuiltins

/// The random words and standard normals of the sample stream: element i of stream s under a seed is a
/// pure function of (seed, s, i), never of chunks or threads.
///
/// Layout: elements come in groups of 32; element i = 32g + 8p + l (p = 0...3, l = 0...7) takes word p
/// of the Philox4x32-10 block with counter (low and high 32 bits of 8g + l, s, 0) and key (low and high
/// 32 bits of the seed). Its normal is the Box-Muller pair (`BoxMuller`) of that block's words 0 and 1
/// for p = 0 (r·cos θ) and p = 1 (r·sin θ), of words 2 and 3 for p = 2 and 3. So a group is eight
/// blocks side by side, and the eight-lane path stores its four result vectors as they are.
///
/// `word` and `normal` are the definition; `words(group:)` and `normals(group:)` make a whole group,
/// eight lanes at a time, and are tested equal to them.
enum SampleStream {
    /// Elements per group.
    static let groupLength = 32

    /// The Philox block of element `index`'s word and the word's place in it.
    @inline(__always)
    static func place(_ index: UInt64) -> (block: UInt64, word: Int) {
        let g = index / 32, r = Int(index % 32)
        return (g * 8 + UInt64(r % 8), r / 8)
    }

    /// The Philox block `block` of stream `stream`.
    static func block(seed: UInt64, stream: UInt32, block: UInt64) -> SIMD4<UInt32> {
        Philox.block(UInt32(truncatingIfNeeded: block), UInt32(truncatingIfNeeded: block >> 32), stream, 0,
                     key: UInt32(truncatingIfNeeded: seed), UInt32(truncatingIfNeeded: seed >> 32))
    }

    /// The 32-bit word of element `index`: the definition.
    static func word(seed: UInt64, stream: UInt32, index: UInt64) -> UInt32 {
        let (b, p) = place(index)
        return block(seed: seed, stream: stream, block: b)[p]
    }

    /// A uniform float64 in (0, 1) from element `index`'s word w: (w + 1/2) · 2^-32, exact.
    static func unit(seed: UInt64, stream: UInt32, index: UInt64) -> Double {
        unit(word(seed: seed, stream: stream, index: index))
    }

    /// The uniform float64 of the word `w`: (w + 1/2) · 2^-32, exact, in (0, 1).
    @inline(__always)
    static func unit(_ w: UInt32) -> Double { (Double(w) + 0.5) * 0x1p-32 }

    /// The standard normal of element `index`: the definition.
    static func normal(seed: UInt64, stream: UInt32, index: UInt64) -> Float {
        let (b, p) = place(index)
        let w = block(seed: seed, stream: stream, block: b)
        let (c, s) = p < 2 ? BoxMuller.pair(w[0], w[1]) : BoxMuller.pair(w[2], w[3])
        return p % 2 == 0 ? c : s
    }

    /// The eight blocks of group `group` of stream `stream`, word p in the p-th vector.
    @inline(__always)
    static func blocks(seed: UInt64, stream: UInt32, group: UInt64) -> (SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>) {
        let (c0, c1, c2, c3) = counters(stream: stream, group: group)
        return Philox.blocks(c0, c1, c2, c3, key: UInt32(truncatingIfNeeded: seed), UInt32(truncatingIfNeeded: seed >> 32))
    }

    /// The 32 words of group `group` (elements 32·group ..< 32·group + 32) into `out`.
    @inline(__always)
    static func words(seed: UInt64, stream: UInt32, group: UInt64, into out: UnsafeMutablePointer<UInt32>) {
        let (w0, w1, w2, w3) = blocks(seed: seed, stream: stream, group: group)
        let raw = UnsafeMutableRawPointer(out)
        raw.storeBytes(of: w0, as: SIMD8<UInt32>.self)
        raw.storeBytes(of: w1, toByteOffset: 32, as: SIMD8<UInt32>.self)
        raw.storeBytes(of: w2, toByteOffset: 64, as: SIMD8<UInt32>.self)
        raw.storeBytes(of: w3, toByteOffset: 96, as: SIMD8<UInt32>.self)
    }

    /// The 32 standard normals of group `group` as four vectors of eight consecutive elements.
    @inline(__always)
    static func normals(seed: UInt64, stream: UInt32, group: UInt64) -> (SIMD8<Float>, SIMD8<Float>, SIMD8<Float>, SIMD8<Float>) {
        let (w0, w1, w2, w3) = blocks(seed: seed, stream: stream, group: group)
        let (c0, s0) = BoxMuller.pairs(w0, w1)
        let (c1, s1) = BoxMuller.pairs(w2, w3)
        return (c0, s0, c1, s1)
    }

    /// The standard normals of groups `group` and `group + 1`, their blocks made in one interleaved pass.
    @inline(__always)
    static func normalPairs(seed: UInt64, stream: UInt32, group: UInt64)
        -> ((SIMD8<Float>, SIMD8<Float>, SIMD8<Float>, SIMD8<Float>), (SIMD8<Float>, SIMD8<Float>, SIMD8<Float>, SIMD8<Float>)) {
        let (a, b) = Philox.blocks(counters(stream: stream, group: group), counters(stream: stream, group: group &+ 1),
                                   key: UInt32(truncatingIfNeeded: seed), UInt32(truncatingIfNeeded: seed >> 32))
        let (ac0, as0) = BoxMuller.pairs(a.0, a.1)
        let (ac1, as1) = BoxMuller.pairs(a.2, a.3)
        let (bc0, bs0) = BoxMuller.pairs(b.0, b.1)
        let (bc1, bs1) = BoxMuller.pairs(b.2, b.3)
        return ((ac0, as0, ac1, as1), (bc0, bs0, bc1, bs1))
    }

    /// The counters of group `group`'s eight blocks.
    @inline(__always)
    static func counters(stream: UInt32, group: UInt64) -> (SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>) {
        // 8g + l: the low word of 8g is a multiple of 8, so adding l never carries into the high word.
        let first = group &* 8
        let low = SIMD8<UInt32>(repeating: UInt32(truncatingIfNeeded: first)) &+ SIMD8<UInt32>(0, 1, 2, 3, 4, 5, 6, 7)
        return (low, SIMD8(repeating: UInt32(truncatingIfNeeded: first >> 32)), SIMD8(repeating: stream), SIMD8())
    }
}
