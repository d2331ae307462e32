import FormatCore
import _SIMDBuiltins

/// The path of `PairAccumulator` for slices whose inputs all share one fp32 exponent field and round
/// (nearest-even) inside a scalar float target's range with no overflow: the normal range, or the
/// subnormal range where the target's spacing is still at most the input's binade.
///
/// Exhaustive and code-range sweeps are made of such slices (2,048 consecutive fp32 patterns share a
/// sign and an exponent field). With one exponent `e` for the slice, the input is `s × 2^(e-23)` for
/// the integer significand `s`, and `|y - x| = d × 2^(e-23)` for the integer distance `d` of the bit
/// patterns (also across a carry into the next binade). So the sums run over small integers, exact in
/// float64, and are scaled once per slice: `Σd`, `Σd²`, `Σs²`, and the relative error `d / s` (the
/// float64 quotient of exact operands, as for any input). The lanes keep the largest `d` and `d / s`;
/// the inputs that give them are found again by a scalar scan of the slice, only when they matter.
struct BinadeLanes {
    typealias Lanes = SIMD16<UInt32>
    typealias Doubles = SIMD8<Double>

    /// Elements per slice at most: Σd (d < 2^23) and the byte counters stay in range.
    static let maxElements = 2048

    /// Σd.
    var sumD = Lanes()
    /// Counts of the histogram bin j (below) in bytes: j = 0, 2, 4, 6 in `even`, 1, 3, 5 in `odd`.
    var even = Lanes(), odd = Lanes()
    /// The count of d = 0, and the counts of subnormal results.
    var exact = 0, subnormal = Lanes()
    var sq0 = Doubles(), sq1 = Doubles(), signal0 = Doubles(), signal1 = Doubles(), rel0 = Doubles(), rel1 = Doubles()
    /// Largest d, and largest quotient d / s (float64 bits), per lane.
    var maxD = Lanes(), maxRel0 = Doubles(), maxRel1 = Doubles()

    /// The figures of the pairs `start..<end` (a multiple of 16 apart, at most `maxElements`), for a
    /// target dropping `drop` bits there (23 - m in the normal range, more in the subnormal range),
    /// with results below `subnormalBelow` subnormal (0: none can be).
    static func slice<P: PairSource>(_ pairs: P, start: Int, end: Int, drop: Int, subnormalBelow: UInt32) -> BinadeLanes {
        // Two copies of the loop: results in the normal range need no subnormal count.
        subnormalBelow == 0
            ? run(pairs, start: start, end: end, drop: drop, subnormalBelow: 0, countSubnormals: false)
            : run(pairs, start: start, end: end, drop: drop, subnormalBelow: subnormalBelow, countSubnormals: true)
    }

    @inline(__always)
    static func run<P: PairSource>(_ pairs: P, start: Int, end: Int, drop: Int, subnormalBelow: UInt32,
                                   countSubnormals: Bool) -> BinadeLanes {
        // A fresh local value, so that the accumulators live in registers.
        var lanes = BinadeLanes()
        // Histogram bin j = max(E - base, 0) for E the float32 exponent field of d: j = 0 below
        // 2^(drop-6) ULP... (and for d = 0), j = 1...6 for 2^(drop-7+j) <= d < 2^(drop-6+j).
        // Nearest-even keeps d <= 2^(drop-1), so j <= 6. One nibble per bin, 15 vectors at a time.
        let base = SIMD16<Int32>(repeating: Int32(127 + drop - 7))
        let below = Lanes(repeating: subnormalBelow)
        var exact = 0
        var pair = pairs.lanes(start)
        var i = start
        while i < end {
            let groupEnd = Swift.min(i + 15 * 16, end)
            var nibbles = Lanes()
            while i < groupEnd {
                if i != start { pair = pairs.lanes(i, following: pair) }
                lanes.add(pair, base: base, below: below, countSubnormals: countSubnormals, nibbles: &nibbles, exact: &exact)
                i &+= 16
            }
            lanes.even &+= nibbles & 0x0f0f_0f0f
            lanes.odd &+= (nibbles &>> 4) & 0x0f0f_0f0f
        }
        lanes.exact = exact
        return lanes
    }

    @inline(__always)
    mutating func add(_ pair: PairLanes, base: SIMD16<Int32>, below: Lanes, countSubnormals: Bool,
                      nibbles: inout Lanes, exact: inout Int) {
        // x and y have the same sign, so the difference of the patterns is ±d.
        let y = pair.y
        let d = SIMDBuiltins.magnitude(LaneOps.signed(y &- pair.x))
        sumD &+= d
        let dF = SIMDBuiltins.float(d)
        let d0 = SIMDBuiltins.double(dF.lowHalf), d1 = SIMDBuiltins.double(dF.highHalf)
        let s0 = pair.s0, s1 = pair.s1
        // The relative error |y - x| / |x| = d / s, divided in float64 as the definition says.
        let r0 = d0 / s0, r1 = d1 / s1
        rel0 += r0; rel1 += r1
        sq0 = sq0.addingProduct(d0, d0); sq1 = sq1.addingProduct(d1, d1)
        signal0 = signal0.addingProduct(s0, s0); signal1 = signal1.addingProduct(s1, s1)
        maxD = SIMDBuiltins.max(maxD, d)
        maxRel0 = SIMDBuiltins.maxNonNegative(maxRel0, r0)
        maxRel1 = SIMDBuiltins.maxNonNegative(maxRel1, r1)
        let j = SIMDBuiltins.max(LaneOps.signed(unsafeBitCast(dF, to: Lanes.self) &>> 23) &- base, SIMD16<Int32>())
        nibbles &+= SIMDBuiltins.shiftLeft(Lanes(repeating: 1), by: LaneOps.unsigned(j) &<< 2)
        exact &+= SIMDBuiltins.zeroCount(d)
        if countSubnormals { subnormal &+= ((y & 0x7fff_ffff) &- below) &>> 31 }
    }

    /// The largest d and quotient d / s of one field's slices, each with the first slice that holds it, whose
    /// inputs are found later by `settleMaxima`.
    struct Candidate {
        let field: UInt32
        let maxD: (value: UInt32, start: Int, end: Int)
        let maxQuotient: (value: Double, start: Int, end: Int)
    }

    /// Sets the maxima (with their inputs) and the binades' largest relative errors from the slices'
    /// candidates, scanning again only the slices that hold the overall maxima (the largest error is the
    /// largest d × 2^(field - 150)).
    static func settleMaxima<P: PairSource>(_ candidates: some Collection<Candidate>, _ pairs: P, into s: inout SweepStatistics) {
        guard let first = candidates.first else { return }
        func scale(_ field: UInt32) -> Double { Double(sign: .plus, exponent: Int(field) - 150, significand: 1) }
        var top = first
        for c in candidates.dropFirst() where Double(c.maxD.value) * scale(c.field) > Double(top.maxD.value) * scale(top.field) { top = c }
        let largest = Double(top.maxD.value) * scale(top.field)
        if largest > s.maxAbsoluteError {
            for i in top.maxD.start..<top.maxD.end where distance(pairs.input(i), pairs.result(i)) == top.maxD.value {
                s.maxAbsoluteError = largest
                s.maxAbsoluteErrorInput = pairs.input(i)
                break
            }
        }
        // Each binade's largest relative error, and the overall one with the first input that gives it.
        var relative: (value: Double, start: Int, end: Int) = (0, 0, 0)
        for c in candidates {
            let index = Int(c.field) - 127 + 149
            s.binades[index].maxRelativeError = Swift.max(s.binades[index].maxRelativeError, c.maxQuotient.value)
            if c.maxQuotient.value > relative.value { relative = c.maxQuotient }
        }
        if relative.value > s.maxRelativeError {
            for i in relative.start..<relative.end {
                let x = pairs.input(i)
                let quotient = Double(distance(x, pairs.result(i))) / Double((x & 0x7f_ffff) | 0x80_0000)
                if quotient == relative.value { s.maxRelativeError = quotient; s.maxRelativeErrorInput = x; break }
            }
        }
    }

    /// The distance of two same-signed bit patterns.
    @inline(__always)
    static func distance(_ x: UInt32, _ y: UInt32) -> UInt32 { x > y ? x - y : y - x }
}
