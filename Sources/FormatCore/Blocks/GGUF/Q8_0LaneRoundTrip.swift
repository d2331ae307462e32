import _SIMDBuiltins

/// A faster `Q8_0Codec.roundTrip` for blocks whose values are finite and whose `1 / d` is finite:
/// the block's 32 values in two SIMD16 vectors, amax as an exact maximum, `roundf(x * id)` as
/// truncation plus one where the exact remainder is at least one half (half away from zero), and
/// `q * d` with d read back from fp16. Other blocks (NaN, infinities, a subnormal amax whose 1 / d
/// overflows) go through the plain encode and decode. Equal to `decode(encode(x))` bit for bit
/// (tested on random and edge-case data).
enum Q8_0LaneRoundTrip {
    typealias Lanes = SIMD16<Float>

    /// Quantises and dequantises `count` values (whole blocks of 32); `output` may be `input`.
    static func roundTrip(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int,
                          codec: Q8_0Codec) {
        for block in 0..<count / 32 {
            let x = input + 32 * block, y = output + 32 * block
            let a = UnsafeRawPointer(x).loadUnaligned(as: Lanes.self)
            let b = UnsafeRawPointer(x + 16).loadUnaligned(as: Lanes.self)
            if any(a .!= a) || any(b .!= b) {
                plain(x, y, codec)
                continue
            }
            let amax = largest(magnitude(a), magnitude(b))
            let d = amax / 127
            let id: Float = d != 0 ? 1 / d : 0
            if !amax.isFinite || !id.isFinite {
                plain(x, y, codec)
                continue
            }
            let stored = GGMLHalf.rounded(d)
            UnsafeMutableRawPointer(y).storeBytes(of: quantised(a * id) * stored, as: Lanes.self)
            UnsafeMutableRawPointer(y + 16).storeBytes(of: quantised(b * id) * stored, as: Lanes.self)
        }
    }

    /// The largest lane of `a` and `b` (no NaN lanes): pairwise vector maxima, halving down to one
    /// lane (the standard library's `max()` goes lane by lane). Exact, as every maximum is.
    @inline(__always)
    static func largest(_ a: Lanes, _ b: Lanes) -> Float {
        let m16 = a.replacing(with: b, where: b .> a)
        let m8 = m16.lowHalf.replacing(with: m16.highHalf, where: m16.highHalf .> m16.lowHalf)
        let m4 = m8.lowHalf.replacing(with: m8.highHalf, where: m8.highHalf .> m8.lowHalf)
        let m2 = m4.lowHalf.replacing(with: m4.highHalf, where: m4.highHalf .> m4.lowHalf)
        return Swift.max(m2[0], m2[1])
    }

    /// |v| per lane (the sign bit cleared, as `fabsf`).
    @inline(__always)
    static func magnitude(_ v: Lanes) -> Lanes {
        unsafeBitCast(unsafeBitCast(v, to: SIMD16<UInt32>.self) & 0x7FFF_FFFF, to: Lanes.self)
    }

    /// `roundf(t)` per lane for |t| < 2^31 - 128: the truncation, plus ±1 where the exact
    /// remainder `t - trunc(t)` is ±0.5 or more; +0 for a zero result, as the int8 round trip gives.
    @inline(__always)
    static func quantised(_ t: Lanes) -> Lanes {
        let whole = SIMDBuiltins.truncated(t)
        let truncated = SIMDBuiltins.float(unsafeBitCast(whole &+ 128, to: SIMD16<UInt32>.self)) - 128
        let remainder = t - truncated
        var step = Lanes(repeating: 0)
        step.replace(with: 1, where: remainder .>= 0.5)
        step.replace(with: -1, where: remainder .<= -0.5)
        return truncated + step
    }

    /// One block through the plain encode and decode.
    private static func plain(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ codec: Q8_0Codec) {
        withUnsafeTemporaryAllocation(byteCount: 34, alignment: 2) { bytes in
            codec.encode(x, count: 32, tensorAmax: 0, into: bytes.baseAddress!)
            codec.decode(UnsafeRawPointer(bytes.baseAddress!), count: 32, into: y)
        }
    }
}
