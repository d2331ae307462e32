import Builtin

/// Single-instruction lane operations that the standard library's SIMD types do not expose.
///
/// Each function is one generic LLVM instruction or intrinsic on the whole vector (`umax`, `ctlz`,
/// `uitofp`, a comparison to a mask and a population count...), so it lowers to one vector instruction
/// where the machine has one (AVX-512: `vpmaxud`, `vplzcntd`, `vcvtudq2pd`, `vptestnmd` + `popcnt`) and
/// to correct, slower code anywhere else. The standard library spells some of these generically
/// (`pointwiseMax`, mask selects, conversion initialisers), and inside a large kernel the optimiser
/// leaves those as calls or lane-by-lane code. Nothing here depends on the machine: every operation is
/// exactly defined for every input it documents.
public enum SIMDBuiltins {
    /// The larger of each pair of lanes.
    @inlinable @inline(__always)
    public static func max(_ a: SIMD16<UInt32>, _ b: SIMD16<UInt32>) -> SIMD16<UInt32> {
        u32(Builtin.int_umax_Vec16xInt32(a._storage._value, b._storage._value))
    }

    /// The smaller of each pair of lanes.
    @inlinable @inline(__always)
    public static func min(_ a: SIMD16<UInt32>, _ b: SIMD16<UInt32>) -> SIMD16<UInt32> {
        u32(Builtin.int_umin_Vec16xInt32(a._storage._value, b._storage._value))
    }

    /// The larger of each pair of signed lanes.
    @inlinable @inline(__always)
    public static func max(_ a: SIMD16<Int32>, _ b: SIMD16<Int32>) -> SIMD16<Int32> {
        i32(Builtin.int_smax_Vec16xInt32(a._storage._value, b._storage._value))
    }

    /// The larger of each pair of signed 64-bit lanes (also the larger of non-negative float64 bit patterns).
    @inlinable @inline(__always)
    public static func max(_ a: SIMD8<Int64>, _ b: SIMD8<Int64>) -> SIMD8<Int64> {
        i64(Builtin.int_smax_Vec8xInt64(a._storage._value, b._storage._value))
    }

    /// The larger of each pair of non-negative, non-NaN float64 lanes (compared as bit patterns).
    @inlinable @inline(__always)
    public static func maxNonNegative(_ a: SIMD8<Double>, _ b: SIMD8<Double>) -> SIMD8<Double> {
        f64(Builtin.bitcast_Vec8xInt64_Vec8xFPIEEE64(Builtin.int_smax_Vec8xInt64(
            Builtin.bitcast_Vec8xFPIEEE64_Vec8xInt64(a._storage._value), Builtin.bitcast_Vec8xFPIEEE64_Vec8xInt64(b._storage._value))))
    }

    /// The largest lane.
    @inlinable @inline(__always)
    public static func maxElement(_ a: SIMD16<UInt32>) -> UInt32 {
        UInt32(Builtin.int_vector_reduce_umax_Vec16xInt32(a._storage._value))
    }

    /// The largest lane of non-negative, non-NaN float64 lanes (compared as bit patterns).
    @inlinable @inline(__always)
    public static func maxNonNegativeElement(_ a: SIMD8<Double>) -> Double {
        let top = Int64(Builtin.int_vector_reduce_smax_Vec8xInt64(Builtin.bitcast_Vec8xFPIEEE64_Vec8xInt64(a._storage._value)))
        return Double(bitPattern: UInt64(truncatingIfNeeded: top))
    }

    /// The absolute value of each signed lane, as unsigned (exact for every input).
    @inlinable @inline(__always)
    public static func magnitude(_ a: SIMD16<Int32>) -> SIMD16<UInt32> {
        u32(Builtin.int_abs_Vec16xInt32(a._storage._value, false._value))
    }

    /// The number of leading zero bits of each lane (32 for zero).
    @inlinable @inline(__always)
    public static func leadingZeros(_ a: SIMD16<UInt32>) -> SIMD16<UInt32> {
        u32(Builtin.int_ctlz_Vec16xInt32(a._storage._value, false._value))
    }

    /// Each lane shifted left by the matching lane of `count`, which must be below 32 (unlike `&<<`, no
    /// masking of the count is emitted).
    @inlinable @inline(__always)
    public static func shiftLeft(_ a: SIMD16<UInt32>, by count: SIMD16<UInt32>) -> SIMD16<UInt32> {
        u32(Builtin.shl_Vec16xInt32(a._storage._value, count._storage._value))
    }

    /// Each lane shifted left by the matching lane of `count`, and 0 where that count is 32 or more (AVX2
    /// and AVX-512: one `vpsllvd`, whose out-of-range counts give 0).
    @inlinable @inline(__always)
    public static func shiftLeftOrZero(_ a: SIMD16<UInt32>, by count: SIMD16<UInt32>) -> SIMD16<UInt32> {
        let inRange = Builtin.cmp_ult_Vec16xInt32(count._storage._value, SIMD16<UInt32>(repeating: 32)._storage._value)
        // The shift is poison where the count is out of range, and the select does not take it there.
        let shifted = Builtin.shl_Vec16xInt32(a._storage._value, count._storage._value)
        return u32(Builtin.select_Vec16xInt1_Vec16xInt32(inRange, shifted, SIMD16<UInt32>()._storage._value))
    }

    /// How many lanes are zero.
    @inlinable @inline(__always)
    public static func zeroCount(_ a: SIMD16<UInt32>) -> Int {
        let mask = Builtin.cmp_eq_Vec16xInt32(a._storage._value, SIMD16<UInt32>()._storage._value)
        let bits = UInt16(Builtin.bitcast_Vec16xInt1_Int16(mask))
        return bits.nonzeroBitCount
    }

    /// How many signed lanes are greater than `bound`.
    @inlinable @inline(__always)
    public static func countGreater(_ a: SIMD16<Int32>, than bound: Int32) -> Int {
        let mask = Builtin.cmp_sgt_Vec16xInt32(a._storage._value, SIMD16<Int32>(repeating: bound)._storage._value)
        return UInt16(Builtin.bitcast_Vec16xInt1_Int16(mask)).nonzeroBitCount
    }

    /// The low 32 bits of each lane of `low` and then of `high`.
    @inlinable @inline(__always)
    public static func truncate(_ low: SIMD8<UInt64>, _ high: SIMD8<UInt64>) -> SIMD16<UInt32> {
        SIMD16(lowHalf: u32(Builtin.trunc_Vec8xInt64_Vec8xInt32(low._storage._value)),
               highHalf: u32(Builtin.trunc_Vec8xInt64_Vec8xInt32(high._storage._value)))
    }

    /// Asks for the cache line at `address` to be brought into the L2 cache (AVX: `prefetcht1`); no effect on results.
    @inlinable @inline(__always)
    public static func prefetch(_ address: UnsafeRawPointer) {
        Builtin.int_prefetch_RawPointer(address._rawValue, Int32(0)._value, Int32(2)._value, Int32(1)._value)
    }

    /// Lanes 0...3 of `a` and `b`, alternately: a0 b0 a1 b1 a2 b2 a3 b3.
    @inlinable @inline(__always)
    public static func zipLow(_ a: SIMD8<Double>, _ b: SIMD8<Double>) -> SIMD8<Double> {
        let mask = SIMD8<Int32>(0, 8, 1, 9, 2, 10, 3, 11)
        return f64(Builtin.shufflevector_Vec8xFPIEEE64_Vec8xInt32(a._storage._value, b._storage._value, mask._storage._value))
    }

    /// Lanes 4...7 of `a` and `b`, alternately: a4 b4 a5 b5 a6 b6 a7 b7.
    @inlinable @inline(__always)
    public static func zipHigh(_ a: SIMD8<Double>, _ b: SIMD8<Double>) -> SIMD8<Double> {
        let mask = SIMD8<Int32>(4, 12, 5, 13, 6, 14, 7, 15)
        return f64(Builtin.shufflevector_Vec8xFPIEEE64_Vec8xInt32(a._storage._value, b._storage._value, mask._storage._value))
    }

    /// Lane `index[i] & 15` of `table` in each lane i: a 16-entry table lookup.
    ///
    /// Written as sixteen extracts whose indices come from one vector, which LLVM turns into one variable
    /// permute (AVX-512: `vpermps`). The index vector is frozen before it is masked: unfrozen, the
    /// optimiser splits its computation into sixteen scalar ones, and frozen after the mask, the freeze
    /// can survive into code generation and hide the pattern; either way sixteen scalar lookups remain.
    @inlinable @inline(__always)
    public static func permute(_ table: SIMD16<Float>, _ index: SIMD16<UInt32>) -> SIMD16<Float> {
        let t = table._storage._value
        let i = Builtin.and_Vec16xInt32(Builtin.freeze_Vec16xInt32(index._storage._value), SIMD16<UInt32>(repeating: 15)._storage._value)
        var r: Builtin.Vec16xFPIEEE32 = Builtin.zeroInitializer()
        for k in 0..<16 {
            let lane = Int32(k)._value
            r = Builtin.insertelement_Vec16xFPIEEE32_FPIEEE32_Int32(
                r, Builtin.extractelement_Vec16xFPIEEE32_Int32(t, Builtin.extractelement_Vec16xInt32_Int32(i, lane)), lane)
        }
        return f32(r)
    }

    /// Lane `index[i] & 15` of `table` in each lane i (`permute` on 32-bit words).
    @inlinable @inline(__always)
    public static func permute(_ table: SIMD16<UInt32>, _ index: SIMD16<UInt32>) -> SIMD16<UInt32> {
        unsafeBitCast(permute(unsafeBitCast(table, to: SIMD16<Float>.self), index), to: SIMD16<UInt32>.self)
    }

    /// Each lane rounded toward zero to an integer; lanes that are NaN or outside Int32's range give
    /// unspecified (but fixed) values.
    @inlinable @inline(__always)
    public static func truncated(_ a: SIMD16<Float>) -> SIMD16<Int32> {
        i32(Builtin.freeze_Vec16xInt32(Builtin.fptosi_Vec16xFPIEEE32_Vec16xInt32(a._storage._value)))
    }

    /// Each lane converted to float32 (exact below 2^24, rounded to nearest even above).
    @inlinable @inline(__always)
    public static func float(_ a: SIMD16<UInt32>) -> SIMD16<Float> {
        f32(Builtin.uitofp_Vec16xInt32_Vec16xFPIEEE32(a._storage._value))
    }

    /// Each lane converted to float64 (exact).
    @inlinable @inline(__always)
    public static func double(_ a: SIMD8<UInt32>) -> SIMD8<Double> {
        f64(Builtin.uitofp_Vec8xInt32_Vec8xFPIEEE64(a._storage._value))
    }

    /// Each lane widened to float64 (exact).
    @inlinable @inline(__always)
    public static func double(_ a: SIMD8<Float>) -> SIMD8<Double> {
        f64(Builtin.fpext_Vec8xFPIEEE32_Vec8xFPIEEE64(a._storage._value))
    }

    // Eight-lane operations of the sample generator (`Sweep`'s Philox and Box-Muller lanes: one 256-bit
    // register per vector on AVX2).

    /// Each lane zero-extended to 64 bits (so that a product of two widened lanes is one `vpmuludq`).
    @inlinable @inline(__always)
    public static func widen(_ a: SIMD8<UInt32>) -> SIMD8<UInt64> {
        u64(Builtin.zext_Vec8xInt32_Vec8xInt64(a._storage._value))
    }

    /// The low 32 bits of each lane.
    @inlinable @inline(__always)
    public static func truncate(_ a: SIMD8<UInt64>) -> SIMD8<UInt32> {
        u32(Builtin.trunc_Vec8xInt64_Vec8xInt32(a._storage._value))
    }

    /// The smaller of each pair of lanes.
    @inlinable @inline(__always)
    public static func min(_ a: SIMD8<UInt32>, _ b: SIMD8<UInt32>) -> SIMD8<UInt32> {
        u32(Builtin.int_umin_Vec8xInt32(a._storage._value, b._storage._value))
    }

    /// Each signed lane converted to float32 (exact below 2^24 in magnitude, rounded to nearest even above).
    @inlinable @inline(__always)
    public static func float(_ a: SIMD8<Int32>) -> SIMD8<Float> {
        f32(Builtin.sitofp_Vec8xInt32_Vec8xFPIEEE32(a._storage._value))
    }

    /// Each float64 lane rounded to float32 (nearest even, as `Float(_: Double)`).
    @inlinable @inline(__always)
    public static func float(_ a: SIMD8<Double>) -> SIMD8<Float> {
        f32(Builtin.fptrunc_Vec8xFPIEEE64_Vec8xFPIEEE32(a._storage._value))
    }

    /// The square root of each lane, correctly rounded (as `Float.squareRoot()`).
    @inlinable @inline(__always)
    public static func squareRoot(_ a: SIMD8<Float>) -> SIMD8<Float> {
        f32(Builtin.int_sqrt_Vec8xFPIEEE32(a._storage._value))
    }

    /// a × b + c in each lane, rounded once (as `c.addingProduct(a, b)`).
    @inlinable @inline(__always)
    public static func multiplyAdd(_ a: SIMD8<Float>, _ b: SIMD8<Float>, _ c: SIMD8<Float>) -> SIMD8<Float> {
        f32(Builtin.int_fma_Vec8xFPIEEE32(a._storage._value, b._storage._value, c._storage._value))
    }

    // One wrapper per storage type: a Builtin vector value as the standard library's SIMD type.

    @usableFromInline @inline(__always)
    static func u32(_ value: Builtin.Vec16xInt32) -> SIMD16<UInt32> {
        var r = UInt32.SIMD16Storage()
        r._value = value
        var v = SIMD16<UInt32>()
        v._storage = r
        return v
    }

    @usableFromInline @inline(__always)
    static func u32(_ value: Builtin.Vec8xInt32) -> SIMD8<UInt32> {
        var r = UInt32.SIMD8Storage()
        r._value = value
        var v = SIMD8<UInt32>()
        v._storage = r
        return v
    }

    @usableFromInline @inline(__always)
    static func f32(_ value: Builtin.Vec16xFPIEEE32) -> SIMD16<Float> {
        var r = Float.SIMD16Storage()
        r._value = value
        var v = SIMD16<Float>()
        v._storage = r
        return v
    }

    @usableFromInline @inline(__always)
    static func f32(_ value: Builtin.Vec8xFPIEEE32) -> SIMD8<Float> {
        var r = Float.SIMD8Storage()
        r._value = value
        var v = SIMD8<Float>()
        v._storage = r
        return v
    }

    @usableFromInline @inline(__always)
    static func u64(_ value: Builtin.Vec8xInt64) -> SIMD8<UInt64> {
        var r = UInt64.SIMD8Storage()
        r._value = value
        var v = SIMD8<UInt64>()
        v._storage = r
        return v
    }

    @usableFromInline @inline(__always)
    static func f64(_ value: Builtin.Vec8xFPIEEE64) -> SIMD8<Double> {
        var r = Double.SIMD8Storage()
        r._value = value
        var v = SIMD8<Double>()
        v._storage = r
        return v
    }

    /// The same Builtin type as `u32`'s, read as signed lanes.
    @usableFromInline @inline(__always)
    static func i32(_ value: Builtin.Vec16xInt32) -> SIMD16<Int32> {
        unsafeBitCast(u32(value), to: SIMD16<Int32>.self)
    }

    @usableFromInline @inline(__always)
    static func i64(_ value: Builtin.Vec8xInt64) -> SIMD8<Int64> {
        var r = Int64.SIMD8Storage()
        r._value = value
        var v = SIMD8<Int64>()
        v._storage = r
        return v
    }
}
