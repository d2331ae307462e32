import _SIMDBuiltins

/// Where the one-field kernels read inputs x and results y: buffers filled by the source and the
/// target, or consecutive fp32 patterns generated and rounded in registers (exhaustive and code-range
/// sweeps), which need no memory at all.
protocol PairSource {
    /// The 16 inputs from element `i`.
    func inputs(_ i: Int) -> SIMD16<UInt32>
    /// The 16 results from element `i`.
    func results(_ i: Int) -> SIMD16<UInt32>
    /// Input `i`.
    func input(_ i: Int) -> UInt32
    /// Result `i`.
    func result(_ i: Int) -> UInt32
    /// The 16 pairs from element `i` with their inputs' significands, given `previous`, those from element
    /// `i - 16` in the same fp32 exponent field (a ramp adds 16 to its inputs and significands, three
    /// instructions where loading or making them takes ten).
    func lanes(_ i: Int, following previous: PairLanes) -> PairLanes
}

extension PairSource {
    /// The 16 pairs from element `i` with their inputs' significands.
    @inline(__always) func lanes(_ i: Int) -> PairLanes { PairLanes(inputs(i), results(i)) }
}

/// Sixteen inputs x and results y, and the significands s = 2^23 + mantissa of the inputs as float64 lanes.
struct PairLanes {
    var x: SIMD16<UInt32>, y: SIMD16<UInt32>
    var s0: SIMD8<Double>, s1: SIMD8<Double>

    @inline(__always)
    init(_ x: SIMD16<UInt32>, _ y: SIMD16<UInt32>) {
        self.x = x
        self.y = y
        let s = (x & 0x7f_ffff) | 0x80_0000
        s0 = SIMDBuiltins.double(s.lowHalf)
        s1 = SIMDBuiltins.double(s.highHalf)
    }
}

/// Pairs in memory.
struct BufferPairs: PairSource {
    let x: UnsafePointer<UInt32>
    let y: UnsafePointer<UInt32>

    @inline(__always) func inputs(_ i: Int) -> SIMD16<UInt32> { UnsafeRawPointer(x + i).loadUnaligned(as: SIMD16<UInt32>.self) }
    @inline(__always) func results(_ i: Int) -> SIMD16<UInt32> { UnsafeRawPointer(y + i).loadUnaligned(as: SIMD16<UInt32>.self) }
    @inline(__always) func input(_ i: Int) -> UInt32 { x[i] }
    @inline(__always) func result(_ i: Int) -> UInt32 { y[i] }
    @inline(__always) func lanes(_ i: Int, following previous: PairLanes) -> PairLanes { lanes(i) }
}

/// Element i is the fp32 pattern `first + i`; its result rounds away the low `drop` bits to nearest,
/// ties to even (only meaningful where `BinadeLanes` applies: then it is exactly the target's result).
struct RampPairs: PairSource {
    let first: UInt32
    let drop: UInt32
    /// first + 0, 1, ... 15.
    let base: SIMD16<UInt32>

    init(first: UInt32, drop: UInt32) {
        self.first = first
        self.drop = drop
        base = SIMD16<UInt32>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15) &+ first
    }

    @inline(__always) func inputs(_ i: Int) -> SIMD16<UInt32> { base &+ UInt32(truncatingIfNeeded: i) }
    @inline(__always) func results(_ i: Int) -> SIMD16<UInt32> { rounded(inputs(i)) }
    /// The results of the inputs `v`.
    @inline(__always) func rounded(_ v: SIMD16<UInt32>) -> SIMD16<UInt32> {
        let unit = UInt32(1) &<< drop
        return (v &+ ((unit &>> 1) &- 1) &+ ((v &>> drop) & 1)) & ~(unit &- 1)
    }
    @inline(__always) func lanes(_ i: Int, following previous: PairLanes) -> PairLanes {
        var next = previous
        next.x &+= 16
        next.y = rounded(next.x)
        next.s0 += 16
        next.s1 += 16
        return next
    }
    @inline(__always) func input(_ i: Int) -> UInt32 { first &+ UInt32(truncatingIfNeeded: i) }
    @inline(__always) func result(_ i: Int) -> UInt32 {
        let v = input(i), unit = UInt32(1) &<< drop
        return (v &+ ((unit &>> 1) &- 1) &+ ((v &>> drop) & 1)) & ~(unit &- 1)
    }
}
