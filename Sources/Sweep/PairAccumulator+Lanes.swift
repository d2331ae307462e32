import FormatCore

/// Per-lane counters and sums of `PairAccumulator`, reduced in a fixed lane order.
extension PairAccumulator {
    /// Lane counters, two 16-bit counts per lane (low and high half).
    struct Counters {
        var nanInf = Lanes(repeating: 0), overflow = Lanes(repeating: 0), underflowExact = Lanes(repeating: 0)
        var finiteNonzero = Lanes(repeating: 0), saturatedSubnormal = Lanes(repeating: 0)
        var h01 = Lanes(repeating: 0), h23 = Lanes(repeating: 0), h45 = Lanes(repeating: 0), h67 = Lanes(repeating: 0)
        var h8 = Lanes(repeating: 0)

        @inline(__always)
        mutating func add(_ xv: Lanes, _ yv: Lanes, maxFiniteBits: UInt32?, saturationThresholdBits: UInt32?, minNormalBits: UInt32?,
                          isGrid: Bool, floorField: Lanes, mantissaOffset: Lanes, ulpBiased: Lanes, histogram: Bool) {
            let low = Lanes(repeating: 1), high = Lanes(repeating: 0x1_0000)
            let ax = xv & 0x7fff_ffff, ay = yv & 0x7fff_ffff
            let infinity = Lanes(repeating: 0x7f80_0000)
            let xFinite = LaneOps.greater(infinity, ax)
            let yFinite = LaneOps.greater(infinity, ay)
            let valid = xFinite & yFinite
            let xZero = LaneOps.isZero(ax), yZero = LaneOps.isZero(ay)
            let exact = valid & (LaneOps.isZero(xv ^ yv) | (xZero & yZero))
            nanInf &+= (LaneOps.greater(ax, infinity) & low) | (LaneOps.isZero(ax ^ infinity) & high)
            overflow &+= (xFinite & LaneOps.isZero(ay ^ infinity) & low) | (xFinite & LaneOps.greater(ay, infinity) & high)
            underflowExact &+= (valid & ~xZero & yZero & low) | (exact & high)
            finiteNonzero &+= (valid & low) | (valid & ~xZero & high)
            var sat = Lanes(repeating: 0), sub = Lanes(repeating: 0)
            if let maxFiniteBits, let saturationThresholdBits {
                let maxBits = Lanes(repeating: maxFiniteBits)
                sat = valid & LaneOps.greater(ax, Lanes(repeating: saturationThresholdBits)) & LaneOps.isZero(ay ^ maxBits) & low
            }
            if let minNormalBits {
                sub = valid & ~yZero & LaneOps.greater(Lanes(repeating: minNormalBits), ay) & high
            }
            saturatedSubnormal &+= sat | sub
            guard histogram else { return }
            // Error exponent in float64 terms: |y - x| computed exactly enough from the float64 difference.
            let xf = unsafeBitCast(xv & valid, to: SIMD16<Float>.self), yf = unsafeBitCast(yv & valid, to: SIMD16<Float>.self)
            let e0 = LaneOps.widen(yf.lowHalf) - LaneOps.widen(xf.lowHalf), e1 = LaneOps.widen(yf.highHalf) - LaneOps.widen(xf.highHalf)
            let b0 = (unsafeBitCast(e0, to: Wide.self) &<< 1) &>> 53, b1 = (unsafeBitCast(e1, to: Wide.self) &<< 1) &>> 53
            let errorExponent = Lanes(lowHalf: LaneOps.narrow(b0), highHalf: LaneOps.narrow(b1))
            let ulpExponent: Lanes
            if isGrid {
                let field = ax &>> 23
                ulpExponent = LaneOps.max(field | (LaneOps.isZero(field) & low), floorField) &+ mantissaOffset
            } else {
                ulpExponent = ulpBiased
            }
            let t = errorExponent &+ Lanes(repeating: 1 << 20) &- ulpExponent
            let inexact = valid & ~exact
            @inline(__always) func atLeast(_ k: Int32) -> Lanes {
                inexact & LaneOps.greater(t, Lanes(repeating: UInt32(bitPattern: (1 << 20) + k - 1)))
            }
            h01 &+= (atLeast(-6) & low) | (atLeast(-5) & high)
            h23 &+= (atLeast(-4) & low) | (atLeast(-3) & high)
            h45 &+= (atLeast(-2) & low) | (atLeast(-1) & high)
            h67 &+= (atLeast(0) & low) | (atLeast(1) & high)
            h8 &+= atLeast(2) & low
        }

        static func totals(_ v: Lanes) -> (UInt64, UInt64) {
            var a: UInt64 = 0, b: UInt64 = 0
            for k in 0..<16 { a += UInt64(v[k] & 0xffff); b += UInt64(v[k] >> 16) }
            return (a, b)
        }

        func store(into s: inout SweepStatistics) {
            (s.nanInputs, s.infiniteInputs) = Self.totals(nanInf)
            (s.overflowToInfinity, s.overflowToNaN) = Self.totals(overflow)
            (s.underflowToZero, s.exact) = Self.totals(underflowExact)
            (s.finitePairs, s.nonzeroPairs) = Self.totals(finiteNonzero)
            (s.saturated, s.subnormalResults) = Self.totals(saturatedSubnormal)
            let (a0, a1) = Self.totals(h01), (a2, a3) = Self.totals(h23), (a4, a5) = Self.totals(h45)
            let (a6, a7) = Self.totals(h67), (a8, _) = Self.totals(h8)
            let atLeast = [a0, a1, a2, a3, a4, a5, a6, a7, a8]
            var bins = [UInt64](repeating: 0, count: 11)
            bins[0] = s.exact
            bins[1] = s.finitePairs - s.exact - atLeast[0]
            for k in 0..<8 { bins[k + 2] = atLeast[k] - atLeast[k + 1] }
            bins[10] = atLeast[8]
            s.histogram.counts = bins
        }
    }

    /// Lane sums and maxima (float64).
    struct Sums {
        var abs0 = Doubles(repeating: 0), abs1 = Doubles(repeating: 0)
        var sq0 = Doubles(repeating: 0), sq1 = Doubles(repeating: 0)
        var signal0 = Doubles(repeating: 0), signal1 = Doubles(repeating: 0)
        var rel0 = Doubles(repeating: 0), rel1 = Doubles(repeating: 0)
        var maxima = LaneMaxima()

        /// Errors and relative errors of the valid lanes (0 elsewhere, and relative error 0 for zero inputs, which
        /// have none), and the inputs as float64.
        @inline(__always)
        static func errors(_ xv: Lanes, _ yv: Lanes) -> (Doubles, Doubles, Doubles, Doubles, Doubles, Doubles) {
            let ax = xv & 0x7fff_ffff, ay = yv & 0x7fff_ffff
            let infinity = Lanes(repeating: 0x7f80_0000)
            let valid = LaneOps.greater(infinity, ax) & LaneOps.greater(infinity, ay)
            // Zero and invalid inputs divide by infinity: a finite error gives 0.
            let absX = LaneOps.select(valid & ~LaneOps.isZero(ax), ax, infinity)
            let xf = unsafeBitCast(xv & valid, to: SIMD16<Float>.self), yf = unsafeBitCast(yv & valid, to: SIMD16<Float>.self)
            let af = unsafeBitCast(absX, to: SIMD16<Float>.self)
            let x0 = LaneOps.widen(xf.lowHalf), x1 = LaneOps.widen(xf.highHalf)
            let e0 = LaneOps.magnitude(LaneOps.widen(yf.lowHalf) - x0), e1 = LaneOps.magnitude(LaneOps.widen(yf.highHalf) - x1)
            return (e0, e1, e0 / LaneOps.widen(af.lowHalf), e1 / LaneOps.widen(af.highHalf), x0, x1)
        }

        @inline(__always)
        mutating func add(_ xv: Lanes, _ yv: Lanes) {
            let (e0, e1, r0, r1, x0, x1) = Self.errors(xv, yv)
            abs0 += e0; abs1 += e1
            sq0 += e0 * e0; sq1 += e1 * e1
            signal0 += x0 * x0; signal1 += x1 * x1
            rel0 += r0; rel1 += r1
        }

        @inline(__always)
        mutating func track(_ xv: Lanes, _ yv: Lanes) {
            let (e0, e1, r0, r1, _, _) = Self.errors(xv, yv)
            let eb0 = unsafeBitCast(e0, to: Wide.self), eb1 = unsafeBitCast(e1, to: Wide.self)
            let rb0 = unsafeBitCast(r0, to: Wide.self), rb1 = unsafeBitCast(r1, to: Wide.self)
            maxima.trackAbsolute(eb0, eb1, xv)
            maxima.trackRelative(rb0, rb1, xv)
        }

        func store(into s: inout SweepStatistics) {
            s.sumAbsoluteError = LaneOps.laneTotal(abs0, abs1)
            s.sumSquaredError = LaneOps.laneTotal(sq0, sq1)
            s.sumSquaredInput = LaneOps.laneTotal(signal0, signal1)
            s.sumRelativeError = LaneOps.laneTotal(rel0, rel1)
            maxima.store(into: &s)
        }
    }
}
