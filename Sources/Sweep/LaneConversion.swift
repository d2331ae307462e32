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
}
