import _SIMDBuiltins

/// Philox4x32-10, the counter-based generator of Salmon, Moraes, Dror and Shaw ("Parallel random
/// numbers: as easy as 1, 2, 3", SC 2011; the Random123 library): four 32-bit words from a 128-bit
/// counter (c0, c1, c2, c3) and a 64-bit key (k0, k1) by ten rounds of
///
///     (c0, c1, c2, c3) <- (hi(M1·c2) ^ c1 ^ k0, lo(M1·c2), hi(M0·c0) ^ c3 ^ k1, lo(M0·c0))
///
/// with M0 = 0xD2511F53, M1 = 0xCD9E8D57 (hi and lo: the halves of the 64-bit product), the key
/// bumped by (0x9E3779B9, 0xBB67AE85) before every round but the first. `block` is the definition,
/// checked against Random123's published known-answer vectors; `blocks` computes eight blocks at a
/// time in 32-bit lanes and is tested equal to it.
enum Philox {
    @inline(__always) static var m0: UInt32 { 0xD251_1F53 }
    @inline(__always) static var m1: UInt32 { 0xCD9E_8D57 }
    @inline(__always) static var bump0: UInt32 { 0x9E37_79B9 }
    @inline(__always) static var bump1: UInt32 { 0xBB67_AE85 }

    /// The four words of the block with counter (c0, c1, c2, c3) and key (k0, k1): the definition.
    static func block(_ c0: UInt32, _ c1: UInt32, _ c2: UInt32, _ c3: UInt32, key k0: UInt32, _ k1: UInt32) -> SIMD4<UInt32> {
        var (x0, x1, x2, x3) = (c0, c1, c2, c3)
        var (key0, key1) = (k0, k1)
        for round in 0..<10 {
            if round > 0 {
                key0 &+= bump0
                key1 &+= bump1
            }
            let p0 = UInt64(m0) * UInt64(x0), p1 = UInt64(m1) * UInt64(x2)
            (x0, x1, x2, x3) = (UInt32(truncatingIfNeeded: p1 >> 32) ^ x1 ^ key0, UInt32(truncatingIfNeeded: p1),
                                UInt32(truncatingIfNeeded: p0 >> 32) ^ x3 ^ key1, UInt32(truncatingIfNeeded: p0))
        }
        return SIMD4(x0, x1, x2, x3)
    }

    /// Eight blocks at once, lane l holding the block with counter (c0[l], c1[l], c2[l], c3[l]): word w of
    /// each block in `words[w]`.
    @inline(__always)
    static func blocks(_ c0: SIMD8<UInt32>, _ c1: SIMD8<UInt32>, _ c2: SIMD8<UInt32>, _ c3: SIMD8<UInt32>,
                       key k0: UInt32, _ k1: UInt32) -> (SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>) {
        var (x0, x1, x2, x3) = (c0, c1, c2, c3)
        var (key0, key1) = (k0, k1)
        let f0 = SIMD8<UInt64>(repeating: UInt64(m0)), f1 = SIMD8<UInt64>(repeating: UInt64(m1))
        for round in 0..<10 {
            if round > 0 {
                key0 &+= bump0
                key1 &+= bump1
            }
            let p0 = SIMDBuiltins.widen(x0) &* f0, p1 = SIMDBuiltins.widen(x2) &* f1
            (x0, x1, x2, x3) = (SIMDBuiltins.truncate(p1 &>> 32) ^ x1 ^ key0, SIMDBuiltins.truncate(p1),
                                SIMDBuiltins.truncate(p0 &>> 32) ^ x3 ^ key1, SIMDBuiltins.truncate(p0))
        }
        return (x0, x1, x2, x3)
    }

    /// `blocks` for two sets of eight counters in one loop: the rounds of one set are a chain of dependent
    /// multiplications, and two chains keep the multipliers busy (about 1.6x the blocks per second of one).
    @inline(__always)
    static func blocks(_ a: (SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>),
                       _ b: (SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>), key k0: UInt32, _ k1: UInt32)
        -> ((SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>), (SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>)) {
        var (x0, x1, x2, x3) = a
        var (y0, y1, y2, y3) = b
        var (key0, key1) = (k0, k1)
        let f0 = SIMD8<UInt64>(repeating: UInt64(m0)), f1 = SIMD8<UInt64>(repeating: UInt64(m1))
        for round in 0..<10 {
            if round > 0 {
                key0 &+= bump0
                key1 &+= bump1
            }
            let p0 = SIMDBuiltins.widen(x0) &* f0, p1 = SIMDBuiltins.widen(x2) &* f1
            let q0 = SIMDBuiltins.widen(y0) &* f0, q1 = SIMDBuiltins.widen(y2) &* f1
            (x0, x1, x2, x3) = (SIMDBuiltins.truncate(p1 &>> 32) ^ x1 ^ key0, SIMDBuiltins.truncate(p1),
                                SIMDBuiltins.truncate(p0 &>> 32) ^ x3 ^ key1, SIMDBuiltins.truncate(p0))
            (y0, y1, y2, y3) = (SIMDBuiltins.truncate(q1 &>> 32) ^ y1 ^ key0, SIMDBuiltins.truncate(q1),
                                SIMDBuiltins.truncate(q0 &>> 32) ^ y3 ^ key1, SIMDBuiltins.truncate(q0))
        }
        return ((x0, x1, x2, x3), (y0, y1, y2, y3))
    }
}
