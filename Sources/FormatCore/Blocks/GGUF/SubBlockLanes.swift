/// Lane operations shared by the SIMD round trips of the K-quants with 16 sub-blocks of 16 (Q2_K,
/// Q3_K, Q6_K): the sub-blocks of a super-block are taken `width` at a time as the lanes of SIMD
/// vectors (group g holds sub-blocks `width * g ..< width * (g + 1)`), so vector i of a group holds
/// element i of each of its sub-blocks and each lane runs its sub-block's float operations in the
/// plain path's order. Integer steps (`nearest_int`, clamping) are done on float lanes exactly.
/// The width is 8: FormatCore is built for the baseline x86-64 target (4-float registers), and 8
/// lanes (two registers per vector) measured faster than 4 (one chain of dependent additions per
/// sum, latency-bound) and than 16 (the search state no longer fits in registers).
enum SubBlockLanes {
    typealias Lanes = SIMD8<Float>
    typealias Bits = SIMD8<UInt32>
    typealias Mask = SIMDMask<SIMD8<Int32>>

    /// Sub-blocks per group (lanes per vector).
    static let width = 8
    /// Groups per super-block.
    static let groups = 16 / width

    /// ggml's `nearest_int(v)` per lane, as an exact float: the low 23 bits m of `v + 1.5 * 2^23`
    /// read as `m - 2^22`, which is `(2^23 + m) - 1.5 * 2^23` in float32 exactly. Equal to
    /// `Float(GGMLRounding.nearestInt(v))` for every v, NaN and infinities included.
    @inline(__always)
    static func nearest(_ v: Lanes) -> Lanes {
        let low = unsafeBitCast(v + 12582912, to: Bits.self) & 0x007F_FFFF
        return unsafeBitCast(low | 0x4B00_0000, to: Lanes.self) - 12582912
    }

    /// `nearest_int(v)` per lane for |v| < 2^22 (not NaN): `(v + 1.5 * 2^23) - 1.5 * 2^23`, exact
    /// there, with the same ties-to-even rounding as `nearest`. Outside that range it is not
    /// `nearest_int`; callers use it only where they have bounded v.
    @inline(__always)
    static func nearestBounded(_ v: Lanes) -> Lanes {
        (v + 12582912) - 12582912
    }

    /// `max(bottom, min(top, l))` per lane, for lanes that are not NaN.
    @inline(__always)
    static func clamp(_ l: Lanes, _ bottom: Float, _ top: Float) -> Lanes {
        var c = l.replacing(with: bottom, where: l .< bottom)
        c = c.replacing(with: top, where: c .> top)
        return c
    }

    /// |v| per lane (the sign bit cleared, as `fabsf`).
    @inline(__always)
    static func magnitude(_ v: Lanes) -> Lanes {
        unsafeBitCast(unsafeBitCast(v, to: Bits.self) & 0x7FFF_FFFF, to: Lanes.self)
    }

    /// -v per lane as C's unary minus (the sign bit flipped): SIMD's prefix `-` computes `0 - v`,
    /// which gives +0 for +0 and keeps a NaN's sign.
    @inline(__always)
    static func negated(_ v: Lanes) -> Lanes {
        unsafeBitCast(unsafeBitCast(v, to: Bits.self) ^ 0x8000_0000, to: Lanes.self)
    }

    /// Bit 31 of each lane set where `v` is infinite or NaN (the exponent field plus one carries
    /// into it only from all ones), every other bit clear; OR these over a block and ask `anySet`.
    @inline(__always)
    static func nonFiniteBit(_ v: Lanes) -> Bits {
        ((unsafeBitCast(v, to: Bits.self) & 0x7F80_0000) &+ 0x0080_0000) & 0x8000_0000
    }

    /// Whether any bit of any lane is set (the halves ORed, then read as two 64-bit words in
    /// registers).
    @inline(__always)
    static func anySet(_ bits: Bits) -> Bool {
        let words = unsafeBitCast(bits.lowHalf | bits.highHalf, to: SIMD2<UInt64>.self)
        return (words[0] | words[1]) != 0
    }

    /// Whether any lane of `mask` is set.
    @inline(__always)
    static func anyLane(_ mask: Mask) -> Bool {
        anySet(unsafeBitCast(mask, to: Bits.self))
    }

    /// Loads group `g` of the 256 values at `x`: `xt[i][k] = x[16 * (width * g + k) + i]`.
    @inline(__always)
    static func load(_ x: UnsafePointer<Float>, group g: Int, into xt: UnsafeMutablePointer<Lanes>) {
        let base = x + 128 * g
        for i in 0..<16 {
            xt[i] = Lanes(base[i], base[16 + i], base[32 + i], base[48 + i],
                          base[64 + i], base[80 + i], base[96 + i], base[112 + i])
        }
    }

    /// Writes lane k of `v` to `y[16 * (width * g + k) + i]` for every k.
    @inline(__always)
    static func store(_ v: Lanes, group g: Int, element i: Int, to y: UnsafeMutablePointer<Float>) {
        let base = y + 128 * g + i
        for k in 0..<8 { base[16 * k] = v[k] }
    }
}
