/// The largest absolute and relative errors per lane (float64 bit patterns, non-negative) with the
/// inputs that give them, for the statistics paths that keep inputs in the lanes.
struct LaneMaxima {
    typealias Wide = SIMD8<UInt64>

    var abs0 = Wide(repeating: 0), abs1 = Wide(repeating: 0), absInput0 = Wide(repeating: 0), absInput1 = Wide(repeating: 0)
    var rel0 = Wide(repeating: 0), rel1 = Wide(repeating: 0), relInput0 = Wide(repeating: 0), relInput1 = Wide(repeating: 0)

    /// Keeps the absolute errors `e0`/`e1` (bits) of the inputs `x` where they beat the lanes' (the first wins ties).
    @inline(__always)
    mutating func trackAbsolute(_ e0: Wide, _ e1: Wide, _ x: SIMD16<UInt32>) {
        let m0 = LaneOps.greater(e0, abs0), m1 = LaneOps.greater(e1, abs1)
        abs0 = LaneOps.select(m0, e0, abs0); absInput0 = LaneOps.select(m0, LaneOps.wide(x.lowHalf), absInput0)
        abs1 = LaneOps.select(m1, e1, abs1); absInput1 = LaneOps.select(m1, LaneOps.wide(x.highHalf), absInput1)
    }

    /// Keeps the relative errors `r0`/`r1` (bits) of the inputs `x` where they beat the lanes'.
    @inline(__always)
    mutating func trackRelative(_ r0: Wide, _ r1: Wide, _ x: SIMD16<UInt32>) {
        let n0 = LaneOps.greater(r0, rel0), n1 = LaneOps.greater(r1, rel1)
        rel0 = LaneOps.select(n0, r0, rel0); relInput0 = LaneOps.select(n0, LaneOps.wide(x.lowHalf), relInput0)
        rel1 = LaneOps.select(n1, r1, rel1); relInput1 = LaneOps.select(n1, LaneOps.wide(x.highHalf), relInput1)
    }

    /// Sets the maxima of `s` that the lanes beat, lane by lane in a fixed order.
    func store(into s: inout SweepStatistics) {
        for k in 0..<16 {
            let (e, ex) = k < 8 ? (abs0[k], absInput0[k]) : (abs1[k - 8], absInput1[k - 8])
            let value = Double(bitPattern: e)
            if value > s.maxAbsoluteError { s.maxAbsoluteError = value; s.maxAbsoluteErrorInput = UInt32(truncatingIfNeeded: ex) }
            let (r, rx) = k < 8 ? (rel0[k], relInput0[k]) : (rel1[k - 8], relInput1[k - 8])
            let relative = Double(bitPattern: r)
            if relative > s.maxRelativeError { s.maxRelativeError = relative; s.maxRelativeErrorInput = UInt32(truncatingIfNeeded: rx) }
        }
    }
}
