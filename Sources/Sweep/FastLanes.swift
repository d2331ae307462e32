import FormatCore

/// The fast path of `PairAccumulator` for vectors whose inputs all round inside a scalar float
/// target's normal range (no specials, no overflow, no underflow, no subnormal results).
///
/// There `|y - x|` is the integer distance of the bit patterns, `d`, in units of x's ULP
/// `2^(e - 23)` (also across a carry into the next binade), so the error is `d × 2^(e - 23)`, the
/// relative error `d / significand(x)`, and the error in target ULPs `d / 2^drop`: integer work
/// plus a few float64 operations per lane.
struct FastLanes {
    typealias Lanes = SIMD16<UInt32>
    typealias Wide = SIMD8<UInt64>
    typealias Doubles = SIMD8<Double>

    /// Bits dropped by the target (23 - mantissa bits).
    let drop: UInt32
    /// Histogram thresholds on d: d >= 2^(drop + k) for k = -6...-1 (at least 1). Nearest-even never
    /// errs by more than half an ULP, so the bins from 1 ULP up stay empty on this path.
    let t6: Lanes, t5: Lanes, t4: Lanes, t3: Lanes, t2: Lanes, t1: Lanes

    var vectors: UInt64 = 0
    var exact = Lanes(repeating: 0)
    var h01 = Lanes(repeating: 0), h23 = Lanes(repeating: 0), h45 = Lanes(repeating: 0)
    var abs0 = Doubles(repeating: 0), abs1 = Doubles(repeating: 0)
    var sq0 = Doubles(repeating: 0), sq1 = Doubles(repeating: 0)
    var signal0 = Doubles(repeating: 0), signal1 = Doubles(repeating: 0)
    var rel0 = Doubles(repeating: 0), rel1 = Doubles(repeating: 0)
    var maxima = LaneMaxima()
    init(drop: UInt32) {
        self.drop = drop
        func threshold(_ k: Int) -> Lanes {
            let e = Int(drop) + k
            return Lanes(repeating: e <= 0 ? 1 : UInt32(1) << UInt32(min(e, 31)))
        }
        t6 = threshold(-6); t5 = threshold(-5); t4 = threshold(-4); t3 = threshold(-3); t2 = threshold(-2); t1 = threshold(-1)
    }

    @inline(__always)
    mutating func addIntegers(_ xv: Lanes, _ yv: Lanes) {
        vectors += 1
        let ax = xv & 0x7fff_ffff, ay = yv & 0x7fff_ffff
        let one = Lanes(repeating: 1), high = Lanes(repeating: 0x1_0000)
        let d = LaneOps.select(LaneOps.greater(ay, ax), ay &- ax, ax &- ay)
        exact &+= LaneOps.isZero(d) & one
        h01 &+= (~LaneOps.greater(t6, d) & one) | (~LaneOps.greater(t5, d) & high)
        h23 &+= (~LaneOps.greater(t4, d) & one) | (~LaneOps.greater(t3, d) & high)
        h45 &+= (~LaneOps.greater(t2, d) & one) | (~LaneOps.greater(t1, d) & high)
    }

    @inline(__always)
    mutating func addDoubles(_ xv: Lanes, _ yv: Lanes) {
        let ax = xv & 0x7fff_ffff, ay = yv & 0x7fff_ffff
        let d = LaneOps.select(LaneOps.greater(ay, ax), ay &- ax, ax &- ay)
        let dFloat = unsafeBitCast(d | 0x4B00_0000, to: SIMD16<Float>.self) - 8_388_608
        let sFloat = unsafeBitCast((ax & 0x7f_ffff) | 0x4B00_0000, to: SIMD16<Float>.self)
        // The relative error d / significand, divided in float64 (both exact).
        let r0 = LaneOps.widen(dFloat.lowHalf) / LaneOps.widen(sFloat.lowHalf)
        let r1 = LaneOps.widen(dFloat.highHalf) / LaneOps.widen(sFloat.highHalf)
        rel0 += r0; rel1 += r1
        maxima.trackRelative(unsafeBitCast(r0, to: Wide.self), unsafeBitCast(r1, to: Wide.self), xv)
        // Absolute error d × 2^(e - 23) and the input, in float64.
        let scaleBits0 = (LaneOps.wide((ax &>> 23).lowHalf) &+ (1023 - 150)) &<< 52
        let scaleBits1 = (LaneOps.wide((ax &>> 23).highHalf) &+ (1023 - 150)) &<< 52
        let scale0 = unsafeBitCast(scaleBits0, to: Doubles.self), scale1 = unsafeBitCast(scaleBits1, to: Doubles.self)
        let e0 = LaneOps.widen(dFloat.lowHalf) * scale0, e1 = LaneOps.widen(dFloat.highHalf) * scale1
        let s0 = LaneOps.widen(sFloat.lowHalf) * scale0, s1 = LaneOps.widen(sFloat.highHalf) * scale1
        abs0 += e0; abs1 += e1
        sq0 += e0 * e0; sq1 += e1 * e1
        signal0 += s0 * s0; signal1 += s1 * s1
        let eb0 = unsafeBitCast(e0, to: Wide.self), eb1 = unsafeBitCast(e1, to: Wide.self)
        maxima.trackAbsolute(eb0, eb1, xv)
    }

    /// Moves the 16-bit packed counters into 64-bit `totals` (at most 128 vectors per slice):
    /// at least 2^-6 ... 2^-1 ULP in 0...5, exact in 9.
    mutating func flush(into totals: inout [UInt64]) {
        func take(_ v: inout Lanes, _ a: Int, _ b: Int?) {
            for k in 0..<16 {
                totals[a] += UInt64(v[k] & 0xffff)
                if let b { totals[b] += UInt64(v[k] >> 16) }
            }
            v = Lanes(repeating: 0)
        }
        take(&exact, 9, nil)
        take(&h01, 0, 1); take(&h23, 2, 3); take(&h45, 4, 5)
    }

    /// Adds the fast-path figures to a chunk's statistics.
    func store(into s: inout SweepStatistics, totals: [UInt64]) {
        guard vectors > 0 else { return }
        let n = vectors * 16
        s.finitePairs += n
        s.nonzeroPairs += n
        s.exact += totals[9]
        let atLeast = Array(totals[0...8])
        s.histogram.counts[0] += totals[9]
        s.histogram.counts[1] += n - totals[9] - atLeast[0]
        for k in 0..<8 { s.histogram.counts[k + 2] += atLeast[k] - atLeast[k + 1] }
        s.histogram.counts[10] += atLeast[8]
        s.sumAbsoluteError += LaneOps.laneTotal(abs0, abs1)
        s.sumSquaredError += LaneOps.laneTotal(sq0, sq1)
        s.sumSquaredInput += LaneOps.laneTotal(signal0, signal1)
        s.sumRelativeError += LaneOps.laneTotal(rel0, rel1)
        maxima.store(into: &s)
    }
}
