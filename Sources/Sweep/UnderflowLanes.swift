import FormatCore

/// The path of `PairAccumulator` for vectors whose normal, finite inputs all became zero in a scalar
/// float target (nearest-even): the error is |x| itself, the relative error exactly 1, and the error
/// in target ULPs `|x| / 2^(emin - m)`, which only the input's exponent field decides.
struct UnderflowLanes {
    typealias Lanes = SIMD16<UInt32>
    typealias Wide = SIMD8<UInt64>
    typealias Doubles = SIMD8<Double>

    /// Histogram thresholds on the input's exponent field: floor(log2(|x| / ulp)) >= k for k = -6...-2
    /// (an input that rounds to zero is below half an ULP, so higher bins stay empty).
    let t6: Lanes, t5: Lanes, t4: Lanes, t3: Lanes, t2: Lanes

    var vectors: UInt64 = 0
    var h6 = Lanes(repeating: 0), h5 = Lanes(repeating: 0), h4 = Lanes(repeating: 0), h3 = Lanes(repeating: 0), h2 = Lanes(repeating: 0)
    var abs0 = Doubles(repeating: 0), abs1 = Doubles(repeating: 0)
    var sq0 = Doubles(repeating: 0), sq1 = Doubles(repeating: 0)
    var maxBits = Lanes(repeating: 0), maxInput = Lanes(repeating: 0)
    var firstInput: UInt32? = nil

    /// `edgeOffset` is the target's dropped bits (23 - m); `floorField` the fp32 field of its smallest normal.
    init(edgeOffset: Int, floorField: Int) {
        // floor(log2|x|) - (emin - m) = (field - 127) - (floorField - 127 - (23 - edgeOffset)) >= k
        //   <=> field >= k + floorField - 23 + edgeOffset; compared as field > that - 1.
        func threshold(_ k: Int) -> Lanes { Lanes(repeating: UInt32(max(k + floorField - 23 + edgeOffset - 1, 0))) }
        t6 = threshold(-6); t5 = threshold(-5); t4 = threshold(-4); t3 = threshold(-3); t2 = threshold(-2)
    }

    @inline(__always)
    mutating func add(_ xv: Lanes) {
        if firstInput == nil { firstInput = xv[0] }
        vectors += 1
        let ax = xv & 0x7fff_ffff
        let field = ax &>> 23, one = Lanes(repeating: 1)
        h6 &+= LaneOps.greater(field, t6) & one
        h5 &+= LaneOps.greater(field, t5) & one
        h4 &+= LaneOps.greater(field, t4) & one
        h3 &+= LaneOps.greater(field, t3) & one
        h2 &+= LaneOps.greater(field, t2) & one
        let better = LaneOps.greater(ax, maxBits)
        maxBits = LaneOps.select(better, ax, maxBits)
        maxInput = LaneOps.select(better, xv, maxInput)
        let f = unsafeBitCast(ax, to: SIMD16<Float>.self)
        let x0 = LaneOps.widen(f.lowHalf), x1 = LaneOps.widen(f.highHalf)
        abs0 += x0; abs1 += x1
        sq0 += x0 * x0; sq1 += x1 * x1
    }

    /// Adds the figures to a chunk's statistics.
    func store(into s: inout SweepStatistics) {
        guard vectors > 0 else { return }
        let n = vectors * 16
        s.finitePairs += n
        s.nonzeroPairs += n
        s.underflowToZero += n
        s.sumRelativeError += Double(n)
        let atLeast = [h6, h5, h4, h3, h2].map { LaneOps.laneTotal($0) }
        s.histogram.counts[1] += n - atLeast[0]
        for k in 0..<4 { s.histogram.counts[k + 2] += atLeast[k] - atLeast[k + 1] }
        s.histogram.counts[6] += atLeast[4]
        let q = LaneOps.laneTotal(sq0, sq1)
        s.sumAbsoluteError += LaneOps.laneTotal(abs0, abs1)
        s.sumSquaredError += q
        s.sumSquaredInput += q
        for k in 0..<16 {
            let value = Double(Float(bitPattern: maxBits[k]))
            if value > s.maxAbsoluteError { s.maxAbsoluteError = value; s.maxAbsoluteErrorInput = maxInput[k] }
        }
        if 1 > s.maxRelativeError, let firstInput { s.maxRelativeError = 1; s.maxRelativeErrorInput = firstInput }
    }
}
