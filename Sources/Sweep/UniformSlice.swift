import _SIMDBuiltins

/// Slices of one fp32 exponent field whose results are all alike, so that their figures follow from a
/// few sums: results that are all ±inf or all NaN (only counted), NaN or infinite inputs (only counted),
/// normal inputs that all became zero (error |x|, relative error 1, one histogram bin), and inputs
/// beyond the largest finite value that all became ±max (saturation: error |x| - max).
///
/// Exhaustive sweeps are mostly made of these outside the target's range: fp32 -> fp16 -> fp32 sends
/// 44% of all patterns to ±inf and 40% to zero.
enum UniformSlice {
    typealias Lanes = SIMD16<UInt32>
    typealias Doubles = SIMD8<Double>

    /// The magnitude bits every result of `start..<end` has, or nil.
    static func resultMagnitude(_ y: UnsafePointer<UInt32>, _ start: Int, _ end: Int) -> UInt32? {
        PairAccumulator.commonBits(y, start, end, mask: 0x7fff_ffff)
    }

    /// Adds a slice of inputs in exponent field `field` whose results all have magnitude `result`, when
    /// its figures need no per-element work; returns false otherwise.
    ///
    /// `ulpExponent` is the target's spacing exponent below its normal range (emin - m), for the histogram.
    static func add<P: PairSource>(field: UInt32, result: UInt32, _ pairs: P, start: Int, end: Int, ulpExponent: Int,
                                   pending: inout PendingMaxima, into s: inout SweepStatistics) -> Bool {
        let n = UInt64(end - start)
        if field == 255 {
            // NaN and infinite inputs: no finite pair whatever the result.
            var infinite: UInt64 = 0
            for i in start..<end where pairs.input(i) & 0x7f_ffff == 0 { infinite += 1 }
            s.infiniteInputs += infinite
            s.nanInputs += n - infinite
            return true
        }
        if result == 0x7f80_0000 { s.overflowToInfinity += n; return true }
        if result > 0x7f80_0000 { s.overflowToNaN += n; return true }
        guard result == 0, field >= 1 else { return false }
        underflow(field: field, pairs, start: start, end: end, ulpExponent: ulpExponent, pending: &pending, into: &s)
        return true
    }

    /// Normal inputs of one field that all became zero: Σ|x| from the integer significands, Σx² in
    /// float64 (exact squares), the largest |x| and the first input that has it.
    static func underflow<P: PairSource>(field: UInt32, _ pairs: P, start: Int, end: Int, ulpExponent: Int,
                                         pending: inout PendingMaxima, into s: inout SweepStatistics) {
        precondition(end - start <= 2048) // Σs < 2^24 × 128 fits the lanes
        var sumS = Lanes(), top = Lanes(), sq0 = Doubles(), sq1 = Doubles()
        var i = start
        while i < end {
            let v = pairs.inputs(i)
            let significand = (v & 0x7f_ffff) | 0x80_0000
            sumS &+= significand
            top = SIMDBuiltins.max(top, significand)
            let f = LaneOps.float(significand)
            let a = LaneOps.widen(f.lowHalf), b = LaneOps.widen(f.highHalf)
            sq0 = sq0.addingProduct(a, a); sq1 = sq1.addingProduct(b, b)
            i &+= 16
        }
        let n = UInt64(end - start)
        let scale = Double(sign: .plus, exponent: Int(field) - 150, significand: 1)
        var total: UInt64 = 0
        for k in 0..<16 { total += UInt64(sumS[k]) }
        let squares = LaneOps.laneTotal(sq0, sq1) * scale * scale
        s.finitePairs += n
        s.nonzeroPairs += n
        s.underflowToZero += n
        s.sumAbsoluteError += Double(total) * scale
        s.sumRelativeError += Double(n)
        s.sumSquaredError += squares
        s.sumSquaredInput += squares
        // |x| / 2^ulpExponent has floor(log2) = field - 127 - ulpExponent for every input: one bin.
        let k = Int(field) - 127 - ulpExponent
        s.histogram.counts[k < -6 ? 1 : Swift.min(k + 8, 10)] += n
        let largest = top.max()
        pending.offerAbsolute(Double(largest) * scale, start: start, end: end) { (pairs.input($0) & 0x7f_ffff) | 0x80_0000 == largest }
        pending.offerRelative(1, start: start, end: end) { _ in true }
        let index = Int(field) - 127 + 149
        s.binades[index].count += n
        s.binades[index].sumRelativeError += Double(n)
        s.binades[index].maxRelativeError = 1
        s.binades[index].sumSquaredError += squares
        s.binades[index].sumSquaredInput += squares
    }

    /// Inputs of one field, all beyond the saturation threshold, that all became ±max (float32 bits `maxBits`,
    /// `mantissaBits` the target's): every error is fl(|x| - max) and every relative error fl(error / |x|),
    /// as the definitions say, computed in float64 lanes without a branch. Returns false, adding nothing,
    /// when the errors of the slice straddle a histogram bin (then the general path counts them one by one).
    static func saturated<P: PairSource>(field: UInt32, maxBits: UInt32, mantissaBits: Int, _ pairs: P, start: Int, end: Int,
                                         pending: inout PendingMaxima, into s: inout SweepStatistics) -> Bool {
        let scale = Double(sign: .plus, exponent: Int(field) - 150, significand: 1)
        let maximum = Double(Float(bitPattern: maxBits))
        let scales = Doubles(repeating: scale), maxima = Doubles(repeating: maximum)
        var e0 = Doubles(), e1 = Doubles(), q0 = Doubles(), q1 = Doubles(), x0 = Doubles(), x1 = Doubles(), r0 = Doubles(), r1 = Doubles()
        var top0 = SIMD8<Int64>(), top1 = SIMD8<Int64>()
        var lows = Lanes(repeating: 0xff_ffff), highs = Lanes()
        var i = start
        while i < end {
            let v = pairs.inputs(i)
            let significand = (v & 0x7f_ffff) | 0x80_0000
            highs = SIMDBuiltins.max(highs, significand)
            lows = SIMDBuiltins.min(lows, significand)
            let f = LaneOps.float(significand)
            let a0 = LaneOps.widen(f.lowHalf) * scales, a1 = LaneOps.widen(f.highHalf) * scales // |x|, exact
            let d0 = a0 - maxima, d1 = a1 - maxima
            let rel0 = d0 / a0, rel1 = d1 / a1
            e0 += d0; e1 += d1
            q0 = q0.addingProduct(d0, d0); q1 = q1.addingProduct(d1, d1)
            x0 = x0.addingProduct(a0, a0); x1 = x1.addingProduct(a1, a1)
            r0 += rel0; r1 += rel1
            top0 = maxBits64(top0, unsafeBitCast(rel0, to: SIMD8<Int64>.self))
            top1 = maxBits64(top1, unsafeBitCast(rel1, to: SIMD8<Int64>.self))
            i &+= 16
        }
        // The errors grow with |x|: the smallest and largest significands bound the slice's histogram bins.
        let low = lows.min(), high = highs.max()
        let ulpExponent = Int(field) - 127 - mantissaBits
        func bin(_ significand: UInt32) -> Int {
            let e = Double(significand) * scale - maximum
            let k = e.exponent - ulpExponent
            return k < -6 ? 1 : Swift.min(k + 8, 10)
        }
        let b = bin(low)
        guard b == bin(high) else { return false }
        let n = UInt64(end - start)
        let squares = LaneOps.laneTotal(q0, q1), signal = LaneOps.laneTotal(x0, x1)
        let relative = LaneOps.laneTotal(r0, r1)
        s.finitePairs += n
        s.nonzeroPairs += n
        s.saturated += n
        s.histogram.counts[b] += n
        s.sumAbsoluteError += LaneOps.laneTotal(e0, e1)
        s.sumSquaredError += squares
        s.sumSquaredInput += signal
        s.sumRelativeError += relative
        pending.offerAbsolute(Double(high) * scale - maximum, start: start, end: end) { (pairs.input($0) & 0x7f_ffff) | 0x80_0000 == high }
        var topBits: Int64 = 0
        for k in 0..<8 { topBits = Swift.max(topBits, top0[k], top1[k]) }
        let topRelative = Double(bitPattern: UInt64(topBits))
        pending.offerRelative(topRelative, start: start, end: end) {
            let a = Double((pairs.input($0) & 0x7f_ffff) | 0x80_0000) * scale
            return (a - maximum) / a == topRelative
        }
        let index = Int(field) - 127 + 149
        s.binades[index].count += n
        s.binades[index].sumRelativeError += relative
        s.binades[index].maxRelativeError = Swift.max(s.binades[index].maxRelativeError, topRelative)
        s.binades[index].sumSquaredError += squares
        s.binades[index].sumSquaredInput += signal
        return true
    }

    /// Lane-wise maximum of non-negative float64 bit patterns: a plus the positive part of b - a.
    @inline(__always)
    static func maxBits64(_ a: SIMD8<Int64>, _ b: SIMD8<Int64>) -> SIMD8<Int64> {
        let t = b &- a
        return a &+ (t & ~(t &>> 63))
    }
}
