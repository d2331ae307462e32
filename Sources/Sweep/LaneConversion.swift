/// Lane conversions for the statistics kernels.
///
/// The standard library's SIMD conversion initialisers are generic, and inside a large kernel the
/// optimiser leaves their specialisations as calls, one per vector. Written lane by lane with the
/// scalar conversions, these become single instructions (`vcvtps2pd`, `vcvtudq2ps`) once inlined.
enum LaneConversion {
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
