/// The definition of every sweep figure: one pair at a time, in element order, in plain float64
/// arithmetic, with no SIMD, no classification shortcuts and no chunk-size assumptions.
///
/// The engine's fast paths (`PairAccumulator`, `BlockLanes`, `BinadeLanes`, `FastLanes`,
/// `UniformSlice`, the fp32 ramps) must give the same figures as this on every chunk they take: the same
/// counts, histogram and maxima, and sums that differ only by the order of addition (see
/// `SweepStatistics.difference(from:pairs:)`). `SweepEngine(verify: true)` checks that on every chunk;
/// the engine also uses this for what no fast path takes (the tail of a chunk that is not whole vectors).
public struct SweepDefinition: Sendable {
    /// The ULP model and the count edges (the other traits do not enter any figure).
    public let traits: TargetTraits

    /// The definition for a target with these traits.
    public init(_ traits: TargetTraits) { self.traits = traits }

    /// The figures of the pairs `x[k]`, `y[k]` (float32 bits) for k in `0..<count`.
    ///
    /// Block targets: blocks are consecutive runs of the block size from `x[0]` (the last may be shorter),
    /// each with the ULP its largest finite |x| gives; when `blockAmax` is given, the pairs are a piece of
    /// one longer block whose largest finite |x| that is.
    public func statistics(x: UnsafePointer<UInt32>, y: UnsafePointer<UInt32>, count: Int, blockAmax: Float? = nil) -> SweepStatistics {
        var s = SweepStatistics()
        accumulate(x: x, y: y, count: count, blockAmax: blockAmax, into: &s)
        return s
    }

    /// Adds the figures of the pairs to `s` (see `statistics`).
    public func accumulate(x: UnsafePointer<UInt32>, y: UnsafePointer<UInt32>, count: Int, blockAmax: Float? = nil,
                           into s: inout SweepStatistics) {
        if case .perBlock(let size, _) = traits.ulpModel {
            var start = 0
            while start < count {
                let end = blockAmax == nil ? min(start + size, count) : count
                let amax = blockAmax ?? Self.largestFiniteMagnitude(x, start..<end)
                for k in start..<end { add(x[k], y[k], ulpExponent: ulpExponent(of: x[k], blockAmax: amax), into: &s) }
                start = end
            }
        } else {
            for k in 0..<count { add(x[k], y[k], ulpExponent: ulpExponent(of: x[k], blockAmax: 0), into: &s) }
        }
    }

    /// The largest finite |x| of `x[range]` (0 when there is none).
    public static func largestFiniteMagnitude(_ x: UnsafePointer<UInt32>, _ range: Range<Int>) -> Float {
        var amax: Float = 0
        for k in range {
            let v = Float(bitPattern: x[k]).magnitude
            if v.isFinite && v > amax { amax = v }
        }
        return amax
    }

    /// The exponent of the target's ULP at input `bits`: `max(e, emin) - m` for floats in binade e, a constant
    /// for integers and codebooks, and for block formats floor(log2(blockAmax × step fraction)), or -1074
    /// when that is zero.
    public func ulpExponent(of bits: UInt32, blockAmax: Float) -> Int {
        switch traits.ulpModel {
        case .floatGrid(let minExponent, let mantissaBits):
            let x = Double(Float(bitPattern: bits)).magnitude
            return (x == 0 ? minExponent : max(Int(x.exponent), minExponent)) - mantissaBits
        case .constant(let exponent):
            return exponent
        case .perBlock(_, let fraction):
            let step = Double(blockAmax) * fraction
            return step > 0 ? Int(step.exponent) : -1074
        }
    }

    /// Adds one pair: input `xBits`, result `yBits`, with the target's ULP at the input `2^ulpExponent`.
    public func add(_ xBits: UInt32, _ yBits: UInt32, ulpExponent: Int, into s: inout SweepStatistics) {
        s.elements += 1
        let x = Float(bitPattern: xBits), y = Float(bitPattern: yBits)
        if x.isNaN { s.nanInputs += 1; return }
        if x.isInfinite { s.infiniteInputs += 1; return }
        if y.isNaN { s.overflowToNaN += 1; return }
        if y.isInfinite { s.overflowToInfinity += 1; return }
        s.finitePairs += 1
        let xd = Double(x), yd = Double(y), e = (yd - xd).magnitude
        if let threshold = traits.saturationThresholdBits, let maxBits = traits.maxFiniteBits,
           x.magnitude > Float(bitPattern: threshold), y.magnitude == Float(bitPattern: maxBits) { s.saturated += 1 }
        if xd != 0 && yd == 0 { s.underflowToZero += 1 }
        if let minNormal = traits.minNormalBits, yd != 0, y.magnitude < Float(bitPattern: minNormal) { s.subnormalResults += 1 }
        if xd == yd { s.exact += 1 }
        s.sumAbsoluteError += e
        s.sumSquaredError += e * e
        s.sumSquaredInput += xd * xd
        if e > s.maxAbsoluteError { s.maxAbsoluteError = e; s.maxAbsoluteErrorInput = xBits }
        if xd != 0 {
            s.nonzeroPairs += 1
            let r = e / xd.magnitude
            s.sumRelativeError += r
            if r > s.maxRelativeError { s.maxRelativeError = r; s.maxRelativeErrorInput = xBits }
            let index = Int(xd.magnitude.exponent) + 149
            s.binades[index].count += 1
            s.binades[index].sumRelativeError += r
            s.binades[index].maxRelativeError = max(s.binades[index].maxRelativeError, r)
            s.binades[index].sumSquaredError += e * e
            s.binades[index].sumSquaredInput += xd * xd
        }
        // Histogram: exact in bin 0, otherwise by k = floor(log2(e / ulp)) against the bins' lower edges.
        if xd == yd {
            s.histogram.counts[0] += 1
        } else {
            let k = Int(e.exponent) - ulpExponent
            var bin = 1
            for (i, edge) in ErrorHistogram.edges.enumerated() where k >= edge { bin = i + 2 }
            s.histogram.counts[bin] += 1
        }
    }
}
