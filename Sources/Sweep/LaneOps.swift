import FormatCore

/// The one vocabulary of lane helpers of the sweep kernels: masks, selections, maxima, conversions and
/// fixed-order totals. (Single instructions the standard library does not give come from `SIMDBuiltins`,
/// which these build on where they need to; the integer mask idioms are FormatCore's `LaneMask`, shared
/// with the conversion kernels, and are offered here under the same names.)
///
/// The standard library's SIMD conversion initialisers are generic, and inside a large kernel the
/// optimiser leaves their specialisations as calls, one per vector. Written lane by lane with the
/// scalar conversions, these become single instructions (`vcvtps2pd`, `vcvtudq2ps`) once inlined.
enum LaneOps {
    typealias Lanes = SIMD16<UInt32>
    typealias Wide = SIMD8<UInt64>
    typealias Doubles = SIMD8<Double>

    /// All ones where a lane is zero.
    @inline(__always) static func isZero(_ x: Lanes) -> Lanes { LaneMask.isZero(x) }
    /// All ones where `a > b` (unsigned).
    @inline(__always) static func greater(_ a: Lanes, _ b: Lanes) -> Lanes { LaneMask.greater(a, b) }
    /// `a` where the mask is set, `b` elsewhere.
    @inline(__always) static func select(_ mask: Lanes, _ a: Lanes, _ b: Lanes) -> Lanes { LaneMask.select(mask, a, b) }
    /// Lane maximum (unsigned).
    @inline(__always) static func max(_ a: Lanes, _ b: Lanes) -> Lanes { LaneMask.max(a, b) }
    /// Lane minimum (unsigned).
    @inline(__always) static func min(_ a: Lanes, _ b: Lanes) -> Lanes { LaneMask.min(a, b) }

    /// Whole-lane comparison of non-negative doubles' bit patterns (below 2^63).
    @inline(__always)
    static func greater(_ a: Wide, _ b: Wide) -> Wide { Wide(repeating: 0) &- ((b &- a) &>> 63) }

    /// `a` where the mask is set, `b` elsewhere.
    @inline(__always)
    static func select(_ mask: Wide, _ a: Wide, _ b: Wide) -> Wide { (a & mask) | (b & ~mask) }

    /// |v| by clearing the sign bits.
    @inline(__always)
    static func magnitude(_ v: Doubles) -> Doubles {
        unsafeBitCast(unsafeBitCast(v, to: Wide.self) & 0x7fff_ffff_ffff_ffff, to: Doubles.self)
    }

    /// The sum of 16 float64 lanes in a fixed order (lanes of `a`, then of `b`), so totals never depend on anything else.
    static func laneTotal(_ a: Doubles, _ b: Doubles) -> Double {
        var t = 0.0
        for k in 0..<8 { t += a[k] }
        for k in 0..<8 { t += b[k] }
        return t
    }

    /// The sum of 8 float64 lanes in lane order.
    static func laneTotal(_ v: Doubles) -> Double {
        var t = 0.0
        for k in 0..<8 { t += v[k] }
        return t
    }

    /// The sum over 16 lanes of the field `(lane >> shift) & mask`.
    static func laneTotal(_ v: Lanes, shift: UInt32 = 0, mask: UInt32 = 0xffff_ffff) -> UInt64 {
        var t: UInt64 = 0
        for k in 0..<16 { t += UInt64((v[k] >> shift) & mask) }
        return t
    }

    /// Float32 lanes widened to float64 (exact).
    @inline(__always)
    static func widen(_ v: SIMD8<Float>) -> SIMD8<Double> {
        SIMD8(Double(v[0]), Double(v[1]), Double(v[2]), Double(v[3]), Double(v[4]), Double(v[5]), Double(v[6]), Double(v[7]))
    }

    /// Unsigned integer lanes as float32 (exact below 2^24).
    @inline(__always)
    static func float(_ v: SIMD16<UInt32>) -> SIMD16<Float> {
        SIMD16(Float(v[0]), Float(v[1]), Float(v[2]), Float(v[3]), Float(v[4]), Float(v[5]), Float(v[6]), Float(v[7]),
               Float(v[8]), Float(v[9]), Float(v[10]), Float(v[11]), Float(v[12]), Float(v[13]), Float(v[14]), Float(v[15]))
    }

    /// The same bits as signed lanes.
    @inline(__always)
    static func signed(_ v: SIMD16<UInt32>) -> SIMD16<Int32> { unsafeBitCast(v, to: SIMD16<Int32>.self) }

    /// The same bits as unsigned lanes.
    @inline(__always)
    static func unsigned(_ v: SIMD16<Int32>) -> SIMD16<UInt32> { unsafeBitCast(v, to: SIMD16<UInt32>.self) }

    /// Lanes zero-extended to 64 bits.
    @inline(__always)
    static func wide(_ v: SIMD8<UInt32>) -> SIMD8<UInt64> {
        SIMD8(UInt64(v[0]), UInt64(v[1]), UInt64(v[2]), UInt64(v[3]), UInt64(v[4]), UInt64(v[5]), UInt64(v[6]), UInt64(v[7]))
    }

    /// The low 32 bits of each lane.
    @inline(__always)
    static func narrow(_ v: SIMD8<UInt64>) -> SIMD8<UInt32> {
        SIMD8(UInt32(truncatingIfNeeded: v[0]), UInt32(truncatingIfNeeded: v[1]), UInt32(truncatingIfNeeded: v[2]), UInt32(truncatingIfNeeded: v[3]),
              UInt32(truncatingIfNeeded: v[4]), UInt32(truncatingIfNeeded: v[5]), UInt32(truncatingIfNeeded: v[6]), UInt32(truncatingIfNeeded: v[7]))
    }
}
