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
    /// Histogram thresholds on d: d >= 2^(drop + k) for k in ErrorHistogram.edges (at least 1).
    let thresholds: [Lanes]

    var vectors: UInt64 = 0
    var exact = Lanes(repeating: 0)
    var h01 = Lanes(repeating: 0), h23 = Lanes(repeating: 0), h45 = Lanes(repeating: 0), h67 = Lanes(repeating: 0)
    var h8 = Lanes(repeating: 0)
    var abs0 = Doubles(repeating: 0), abs1 = Doubles(repeating: 0)
    var sq0 = Doubles(repeating: 0), sq1 = Doubles(repeating: 0)
    var signal0 = Doubles(repeating: 0), signal1 = Doubles(repeating: 0)
    var rel0 = Doubles(repeating: 0), rel1 = Doubles(repeating: 0)
    var maxAbs0 = Wide(repeating: 0), maxAbs1 = Wide(repeating: 0), maxAbsX0 = Wide(repeating: 0), maxAbsX1 = Wide(repeating: 0)
    var maxRel = Lanes(repeating: 0), maxRelX = Lanes(repeating: 0), maxRelY = Lanes(repeating: 0)
    // 64-bit totals of the 16-bit packed counters, flushed per slice.
    var totals = [UInt64](repeating: 0, count: 10)

    init(drop: UInt32) {
        self.drop = drop
        thresholds = ErrorHistogram.edges.map { k in
            let e = Int(drop) + k
            return Lanes(repeating: e <= 0 ? 1 : UInt32(1) << UInt32(min(e, 31)))
        }
    }

    @inline(__always)
    mutating func add(_ xv: Lanes, _ yv: Lanes) {
        vectors += 1
        let ax = xv & 0x7fff_ffff, ay = yv & 0x7fff_ffff
        let one = Lanes(repeating: 1), high = Lanes(repeating: 0x1_0000)
        let d = LaneMask.select(LaneMask.greater(ay, ax), ay &- ax, ax &- ay)
        let isExact = LaneMask.isZero(d)
        exact &+= isExact & one
        @inline(__always) func atLeast(_ k: Int) -> Lanes { ~LaneMask.greater(thresholds[k], d) }
        h01 &+= (atLeast(0) & one) | (atLeast(1) & high)
        h23 &+= (atLeast(2) & one) | (atLeast(3) & high)
        h45 &+= (atLeast(4) & one) | (atLeast(5) & high)
        h67 &+= (atLeast(6) & one) | (atLeast(7) & high)
        h8 &+= atLeast(8) & one
        // Relative error d / significand in float32 (both exact), for the sum and the maximum.
        let dFloat = unsafeBitCast(d | 0x4B00_0000, to: SIMD16<Float>.self) - 8_388_608 // d < 2^23: exact
        let sFloat = unsafeBitCast((ax & 0x7f_ffff) | 0x4B00_0000, to: SIMD16<Float>.self) // 2^23 + mantissa = the significand, exactly
        let relative = dFloat / sFloat
        let relBits = unsafeBitCast(relative, to: Lanes.self)
        let better = LaneMask.greater(relBits, maxRel)
        maxRel = LaneMask.select(better, relBits, maxRel)
        maxRelX = LaneMask.select(better, xv, maxRelX)
        maxRelY = LaneMask.select(better, yv, maxRelY)
        rel0 += Doubles(relative.lowHalf); rel1 += Doubles(relative.highHalf)
        // Absolute error d × 2^(e - 23) and the input, in float64.
        let scaleBits0 = (Wide(truncatingIfNeeded: (ax &>> 23).lowHalf) &+ (1023 - 150)) &<< 52
        let scaleBits1 = (Wide(truncatingIfNeeded: (ax &>> 23).highHalf) &+ (1023 - 150)) &<< 52
        let scale0 = unsafeBitCast(scaleBits0, to: Doubles.self), scale1 = unsafeBitCast(scaleBits1, to: Doubles.self)
        let e0 = Doubles(dFloat.lowHalf) * scale0, e1 = Doubles(dFloat.highHalf) * scale1
        let s0 = Doubles(sFloat.lowHalf) * scale0, s1 = Doubles(sFloat.highHalf) * scale1
        abs0 += e0; abs1 += e1
        sq0 += e0 * e0; sq1 += e1 * e1
        signal0 += s0 * s0; signal1 += s1 * s1
        let eb0 = unsafeBitCast(e0, to: Wide.self), eb1 = unsafeBitCast(e1, to: Wide.self)
        let m0 = PairAccumulator.greater(eb0, maxAbs0), m1 = PairAccumulator.greater(eb1, maxAbs1)
        maxAbs0 = PairAccumulator.select(m0, eb0, maxAbs0); maxAbsX0 = PairAccumulator.select(m0, Wide(truncatingIfNeeded: xv.lowHalf), maxAbsX0)
        maxAbs1 = PairAccumulator.select(m1, eb1, maxAbs1); maxAbsX1 = PairAccumulator.select(m1, Wide(truncatingIfNeeded: xv.highHalf), maxAbsX1)
    }

    /// Moves the 16-bit packed counters into 64-bit totals (at most 128 vectors per slice).
    mutating func flush() {
        func take(_ v: inout Lanes, _ a: Int, _ b: Int?) {
            for k in 0..<16 {
                totals[a] += UInt64(v[k] & 0xffff)
                if let b { totals[b] += UInt64(v[k] >> 16) }
            }
            v = Lanes(repeating: 0)
        }
        take(&exact, 9, nil)
        take(&h01, 0, 1); take(&h23, 2, 3); take(&h45, 4, 5); take(&h67, 6, 7); take(&h8, 8, nil)
    }

    /// Adds the fast-path figures to a chunk's statistics.
    func store(into s: inout SweepStatistics) {
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
        var t = 0.0
        for k in 0..<8 { t += abs0[k] }; for k in 0..<8 { t += abs1[k] }
        s.sumAbsoluteError += t
        t = 0; for k in 0..<8 { t += sq0[k] }; for k in 0..<8 { t += sq1[k] }
        s.sumSquaredError += t
        t = 0; for k in 0..<8 { t += signal0[k] }; for k in 0..<8 { t += signal1[k] }
        s.sumSquaredInput += t
        t = 0; for k in 0..<8 { t += rel0[k] }; for k in 0..<8 { t += rel1[k] }
        s.sumRelativeError += t
        for k in 0..<16 {
            let (e, ex) = k < 8 ? (maxAbs0[k], maxAbsX0[k]) : (maxAbs1[k - 8], maxAbsX1[k - 8])
            let value = Double(bitPattern: e)
            if value > s.maxAbsoluteError { s.maxAbsoluteError = value; s.maxAbsoluteErrorInput = UInt32(truncatingIfNeeded: ex) }
            // The float32 ratio picked the lane; the figure itself is recomputed in float64.
            if maxRel[k] != 0 {
                let x = Double(Float(bitPattern: maxRelX[k])), y = Double(Float(bitPattern: maxRelY[k]))
                let r = Swift.abs(y - x) / Swift.abs(x)
                if r > s.maxRelativeError { s.maxRelativeError = r; s.maxRelativeErrorInput = maxRelX[k] }
            }
        }
    }
}
