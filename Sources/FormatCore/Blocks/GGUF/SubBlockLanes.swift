import _SIMDBuiltins

/// Lane operations shared by the SIMD round trips of the K-quants with 16 sub-blocks of 16 (Q2_K,
/// Q3_K, Q6_K): sub-block j of a super-block is lane j of SIMD16 vectors, so vector i holds element
/// i of every sub-block and each lane runs its sub-block's float operations in the plain path's
/// order. Integer steps (`nearest_int`, clamping) are done on float lanes exactly.
enum SubBlockLanes {
    typealias Lanes = SIMD16<Float>
    typealias Bits = SIMD16<UInt32>

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

    /// The lanes of `v` that are infinite or NaN.
    @inline(__always)
    static func nonFinite(_ v: Lanes) -> SIMDMask<SIMD16<Int32>> {
        unsafeBitCast(v, to: Bits.self) & 0x7F80_0000 .== 0x7F80_0000
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

    /// Whether any lane of `mask` is set (one vector compare and a bit mask: the standard library's
    /// `any` reduces lane by lane, and reading the mask as words goes through memory).
    @inline(__always)
    static func anyLane(_ mask: SIMDMask<SIMD16<Int32>>) -> Bool {
        SIMDBuiltins.zeroCount(unsafeBitCast(mask, to: SIMD16<UInt32>.self)) != 16
    }

    /// Loads the 256 values at `x` so that `xt[i][j] = x[16j + i]`.
    @inline(__always)
    static func load(_ x: UnsafePointer<Float>, into xt: UnsafeMutablePointer<Lanes>) {
        for i in 0..<16 {
            xt[i] = Lanes(x[i], x[16 + i], x[32 + i], x[48 + i], x[64 + i], x[80 + i], x[96 + i], x[112 + i],
                          x[128 + i], x[144 + i], x[160 + i], x[176 + i], x[192 + i], x[208 + i], x[224 + i], x[240 + i])
        }
    }

    /// Writes lane j of `v` to `y[16j + i]` for every j.
    @inline(__always)
    static func store(_ v: Lanes, element i: Int, to y: UnsafeMutablePointer<Float>) {
        for j in 0..<16 { y[16 * j + i] = v[j] }
    }
}
