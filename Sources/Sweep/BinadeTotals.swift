import _SIMDBuiltins

/// The figures of `BinadeLanes` slices of one fp32 exponent field, kept in lanes until the field's slices
/// are all in, so that each slice costs a few vector additions and two lane reductions.
///
/// The histogram counters are 16 bits per bin and lane, so one total holds at most `maxElements`; the sums
/// of d are float64 lanes (exact: below 2^53). The maxima keep the first slice that reaches the largest d
/// and the largest quotient d / s, so that `settleMaxima` rescans only those slices for their inputs.
struct BinadeTotals {
    typealias Lanes = SIMD16<UInt32>
    typealias Doubles = SIMD8<Double>

    /// Elements at most: every lane's 16-bit counters stay below 2^16.
    static let maxElements = 65_535 * 16 - BinadeLanes.maxElements

    /// The fp32 exponent field of the inputs (1...254).
    let field: UInt32
    var elements = 0
    var exact = 0
    /// Histogram counts, 16 bits each: bins 0 and 4 in `bins04`, 2 and 6 in `bins26`, 1 and 5 in `bins15`, 3 in `bins3`.
    var bins04 = Lanes(), bins26 = Lanes(), bins15 = Lanes(), bins3 = Lanes()
    var subnormal = Lanes()
    var sumD = Doubles(), squares = Doubles(), signal = Doubles(), relative = Doubles()
    var maxD: (value: UInt32, start: Int, end: Int) = (0, 0, 0)
    var maxQuotient: (value: Double, start: Int, end: Int) = (0, 0, 0)

    init(field: UInt32) { self.field = field }

    /// Adds the slice `start..<end`, whose figures are `lanes`.
    @inline(__always)
    mutating func add(_ lanes: BinadeLanes, start: Int, end: Int) {
        elements += end - start
        exact += lanes.exact
        // Bytes 0...3 of `even` are bins 0, 2, 4, 6; of `odd`, bins 1, 3, 5.
        bins04 &+= lanes.even & 0x00ff_00ff
        bins26 &+= (lanes.even &>> 8) & 0x00ff_00ff
        bins15 &+= lanes.odd & 0x00ff_00ff
        bins3 &+= (lanes.odd &>> 8) & 0x0000_00ff
        subnormal &+= lanes.subnormal
        sumD += SIMDBuiltins.double(lanes.sumD.lowHalf) + SIMDBuiltins.double(lanes.sumD.highHalf)
        squares += lanes.sq0 + lanes.sq1
        signal += lanes.signal0 + lanes.signal1
        relative += lanes.rel0 + lanes.rel1
        let d = SIMDBuiltins.maxElement(lanes.maxD)
        if d > maxD.value { maxD = (d, start, end) }
        let q = SIMDBuiltins.maxNonNegativeElement(SIMDBuiltins.maxNonNegative(lanes.maxRel0, lanes.maxRel1))
        if q > maxQuotient.value { maxQuotient = (q, start, end) }
    }

    /// Adds the figures to `s` and to the field's binade, except the maxima: those come from the candidate
    /// it returns (`BinadeLanes.settleMaxima`).
    func finish(into s: inout SweepStatistics) -> BinadeLanes.Candidate {
        let n = UInt64(elements)
        let scale = Double(sign: .plus, exponent: Int(field) - 150, significand: 1)
        func total(_ v: Lanes, _ shift: UInt32) -> UInt64 { LaneOps.laneTotal(v, shift: shift, mask: 0xffff) }
        func total(_ v: Doubles) -> Double { LaneOps.laneTotal(v) }
        let bins = [total(bins04, 0), total(bins15, 0), total(bins26, 0), total(bins3, 0),
                    total(bins04, 16), total(bins15, 16), total(bins26, 16)]
        let exact = UInt64(self.exact)
        s.finitePairs += n
        s.nonzeroPairs += n
        s.exact += exact
        s.subnormalResults += total(subnormal, 0) + total(subnormal, 16)
        s.histogram.counts[0] += exact
        s.histogram.counts[1] += bins[0] - exact
        for j in 1...6 { s.histogram.counts[j + 1] += bins[j] }
        let squares = total(self.squares) * scale * scale
        let signal = total(self.signal) * scale * scale
        let relative = total(self.relative)
        s.sumAbsoluteError += total(sumD) * scale
        s.sumSquaredError += squares
        s.sumSquaredInput += signal
        s.sumRelativeError += relative
        let index = Int(field) - 127 + 149
        s.binades[index].count += n
        s.binades[index].sumRelativeError += relative
        s.binades[index].sumSquaredError += squares
        s.binades[index].sumSquaredInput += signal
        return BinadeLanes.Candidate(field: field, maxD: maxD, maxQuotient: maxQuotient)
    }
}
