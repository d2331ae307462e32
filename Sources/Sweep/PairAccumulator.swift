import FormatCore
import _SIMDBuiltins

/// Accumulates error statistics over (input, round-trip) pairs of float32 bit patterns, 16 lanes at a time.
///
/// Classification and maxima work on integer lanes (bit patterns, whole-lane masks); sums are
/// taken in float64, where no fp32 value, difference or square is subnormal, so no input is slow.
struct PairAccumulator {
    typealias Lanes = SIMD16<UInt32>
    typealias Wide = SIMD8<UInt64>
    typealias Doubles = SIMD8<Double>

    /// The ULP model.
    let ulp: UlpModel
    /// Bits of the target's largest finite value (scalar targets), for the saturation count.
    let maxFiniteBits: UInt32?
    /// Bits of max plus half an ULP of max: beyond it a result of ±max counts as saturated.
    let saturationThresholdBits: UInt32?
    /// Bits of the target's smallest normal (scalar float targets), for the subnormal count.
    let minNormalBits: UInt32?
    /// Scalar float targets: fp32 exponent fields whose inputs land in the target's normal range with no
    /// overflow, and the bits dropped there (23 - mantissa bits). Vectors of such inputs take `FastLanes`.
    let simple: (low: UInt32, high: UInt32, drop: UInt32)?
    /// The definition of the figures, for the tail of a chunk that is not whole vectors.
    let definition: SweepDefinition
    /// Whether the one-field paths (`BinadeLanes`, `UniformSlice`, `FastLanes`, `UnderflowLanes`) apply to the target.
    let oneField: Bool
    /// Whether `BlockLanes` applies to the target.
    let blockLanes: Bool

    /// The accumulator for a target with these traits.
    init(_ traits: TargetTraits) {
        ulp = traits.ulpModel
        maxFiniteBits = traits.maxFiniteBits
        saturationThresholdBits = traits.saturationThresholdBits
        minNormalBits = traits.minNormalBits
        simple = traits.simpleFields
        definition = SweepDefinition(traits)
        oneField = SweepFastPath.binadeLanes.applies(to: traits)
        blockLanes = SweepFastPath.blockLanes.applies(to: traits)
    }

    /// Elements per pass: three passes run over each slice while it is in the L1 cache.
    static let slice = 2048

    /// Adds `count` pairs to `stats`.
    ///
    /// Three passes over each slice keep the live accumulators within the 32 vector registers:
    /// integer classification and histogram counts (two 16-bit counters per lane: at most 4,096 per
    /// lane per 65,536-element chunk), float64 sums, and maxima with the inputs that give them. The
    /// vector paths take whole vectors of 16 pairs; the last `count % 16` pairs go to the definition
    /// (nothing is read or written past `count`).
    /// Block targets: blocks are runs of the block size from `x[0]`, or, when `blockAmax` is given, the pairs
    /// are a piece of one longer block whose largest finite |x| that is. `blockMagnitudes`, when given, holds
    /// the largest |x| of each block (from the target's round trip); `scratch`, the block lanes' tables, is
    /// the worker's own (one is made when none is given); the block lanes prefetch `4 × count` bytes from
    /// `upcoming`, when given, into the L2 cache.
    func accumulate(x: UnsafePointer<UInt32>, y: UnsafePointer<UInt32>, count: Int,
                    blockMagnitudes: UnsafePointer<Float>? = nil, blockAmax: Float? = nil, scratch: BlockLanes.Scratch? = nil,
                    upcoming: UnsafeRawPointer? = nil, into stats: inout SweepStatistics) {
        precondition(count <= 65_536)
        var blockULP: UnsafeMutablePointer<UInt32>? = nil
        if case .perBlock(let size, let fraction) = ulp {
            if blockLanes, blockAmax == nil, BlockLanes.applies(size: size, count: count),
               accumulateBlocks(x: x, y: y, count: count, size: size, fraction: fraction, magnitudes: blockMagnitudes,
                                scratch: scratch ?? BlockLanes.Scratch(), upcoming: upcoming, into: &stats) { return }
            // Each element's block ULP exponent (biased by 1023), so that a vector may straddle blocks.
            let exponents = UnsafeMutablePointer<UInt32>.allocate(capacity: count)
            var start = 0
            while start < count {
                let end = blockAmax == nil ? min(start + size, count) : count
                let exponent = blockAmax.map { definition.ulpExponent(of: 0, blockAmax: $0) }
                    ?? Self.blockStepExponent(x, start, end, fraction: fraction) ?? -1074
                (exponents + start).initialize(repeating: UInt32(max(exponent + 1023, 0)), count: end - start)
                start = end
            }
            blockULP = exponents
        }
        defer { blockULP?.deallocate() }
        let whole = count / 16 * 16
        var counters = Counters()
        var sums = Sums()
        var fieldMin = Lanes(repeating: 255), fieldMax = Lanes(repeating: 0)
        var start = 0
        var ulpBiased = Lanes(repeating: 0), floorField = Lanes(repeating: 0), mantissaOffset = Lanes(repeating: 0)
        var isGrid = false
        switch ulp {
        case .floatGrid(let minExponent, let m):
            isGrid = true
            floorField = Lanes(repeating: UInt32(minExponent + 127))
            mantissaOffset = Lanes(repeating: UInt32(1023 - 127 - m))
        case .constant(let e): ulpBiased = Lanes(repeating: UInt32(max(e + 1023, 0)))
        case .perBlock: break
        }
        var fast = FastLanes(drop: simple?.drop ?? 0)
        var fastTotals = [UInt64](repeating: 0, count: 10)
        let simpleLow = Lanes(repeating: simple?.low ?? 1), simpleHigh = Lanes(repeating: simple?.high ?? 0)
        var general = [Int](), simpleList = [Int](), pairs = [Int](), underflowList = [Int]()
        underflowList.reserveCapacity(Self.slice / 16)
        var underflow = UnderflowLanes(edgeOffset: simple.map { Int($0.drop) } ?? 0, floorField: Int(simple?.low ?? 1))
        pairs.reserveCapacity(Self.slice / 16)
        simpleList.reserveCapacity(Self.slice / 16)
        general.reserveCapacity(Self.slice / 16)
        var chunk = SweepStatistics()
        var restSlices: [(start: Int, end: Int)] = []
        var candidates: [BinadeLanes.Candidate] = []
        // The open run of one-field slices of one exponent field (slices of other paths may come between).
        var totals: BinadeTotals?
        var pending = PendingMaxima()
        let buffers = BufferPairs(x: x, y: y)
        while start < whole {
            let end = min(start + Self.slice, whole)
            // A slice of one exponent field that the target rounds by the bits takes `BinadeLanes`.
            if oneField, let field = Self.uniformField(x, start, end) {
                if let (drop, subnormalBelow) = binadeRule(field: field) {
                    if let open = totals, open.field != field || open.elements > BinadeTotals.maxElements {
                        candidates.append(open.finish(into: &chunk))
                        totals = nil
                    }
                    if totals == nil { totals = BinadeTotals(field: field) }
                    totals!.add(BinadeLanes.slice(buffers, start: start, end: end, drop: drop, subnormalBelow: subnormalBelow), start: start, end: end)
                    start = end
                    continue
                }
                // Results all alike (±inf, NaN, zero, ±max) or NaN inputs: `UniformSlice`.
                if let result = UniformSlice.resultMagnitude(y, start, end),
                   addAlike(field: field, result: result, buffers, start: start, end: end, pending: &pending, into: &chunk) {
                    start = end
                    continue
                }
            }
            restSlices.append((start, end))
            // Vectors whose 16 inputs are all "simple" (see `simple`) take the fast path; the others are listed.
            general.removeAll(keepingCapacity: true)
            var i = start
            if oneField {
                simpleList.removeAll(keepingCapacity: true)
                underflowList.removeAll(keepingCapacity: true)
                while i < end {
                    let field = (UnsafeRawPointer(x + i).loadUnaligned(as: Lanes.self) & 0x7fff_ffff) &>> 23
                    if (LaneOps.greater(simpleLow, field) | LaneOps.greater(field, simpleHigh)) == Lanes(repeating: 0) {
                        simpleList.append(i)
                        fieldMin = LaneOps.min(fieldMin, field)
                        fieldMax = LaneOps.max(fieldMax, field)
                    } else if (UnsafeRawPointer(y + i).loadUnaligned(as: Lanes.self) & 0x7fff_ffff) == Lanes(repeating: 0)
                                && (LaneOps.isZero(field) | LaneOps.greater(field, Lanes(repeating: 254))) == Lanes(repeating: 0) {
                        // Every normal, finite input became zero.
                        underflowList.append(i)
                        fieldMin = LaneOps.min(fieldMin, field)
                        fieldMax = LaneOps.max(fieldMax, field)
                    } else {
                        general.append(i)
                    }
                    i += 16
                }
                for i in underflowList {
                    underflow.add(UnsafeRawPointer(x + i).loadUnaligned(as: Lanes.self))
                }
                for i in simpleList {
                    let (xv, yv) = Self.load(x, y, i)
                    fast.addIntegers(xv, yv)
                }
                for i in simpleList {
                    let (xv, yv) = Self.load(x, y, i)
                    fast.addDoubles(xv, yv)
                }
            } else {
                general.append(contentsOf: stride(from: start, to: end, by: 16))
            }
            // Vectors with no finite pair (NaN or infinite inputs, overflow to inf or NaN) are only counted.
            pairs.removeAll(keepingCapacity: true)
            for i in general {
                let (xv, yv) = Self.load(x, y, i)
                let ax = xv & 0x7fff_ffff, ay = yv & 0x7fff_ffff
                let valid = LaneOps.greater(Lanes(repeating: 0x7f80_0000), ax) & LaneOps.greater(Lanes(repeating: 0x7f80_0000), ay)
                let any = valid != Lanes(repeating: 0)
                let ulpLanes = blockULP.map { UnsafeRawPointer($0 + i).loadUnaligned(as: Lanes.self) } ?? ulpBiased
                counters.add(xv, yv, maxFiniteBits: maxFiniteBits, saturationThresholdBits: saturationThresholdBits, minNormalBits: minNormalBits,
                             isGrid: isGrid, floorField: floorField, mantissaOffset: mantissaOffset, ulpBiased: ulpLanes,
                             histogram: any)
                guard any else { continue }
                pairs.append(i)
                let field = ax &>> 23
                fieldMin = LaneOps.min(fieldMin, LaneOps.select(valid, field, Lanes(repeating: 255)))
                fieldMax = LaneOps.max(fieldMax, valid & field)
            }
            for i in pairs {
                let (xv, yv) = Self.load(x, y, i)
                sums.add(xv, yv)
            }
            for i in pairs {
                let (xv, yv) = Self.load(x, y, i)
                sums.track(xv, yv)
            }
            if !simpleList.isEmpty { fast.flush(into: &fastTotals) }
            start = end
        }
        if let open = totals { candidates.append(open.finish(into: &chunk)) }
        BinadeLanes.settleMaxima(candidates, buffers, into: &chunk)
        pending.resolve(buffers, into: &chunk)
        // The slices that did not take `BinadeLanes`.
        var rest = SweepStatistics()
        if !restSlices.isEmpty {
            counters.store(into: &rest)
            sums.store(into: &rest)
            fast.store(into: &rest, totals: fastTotals)
            underflow.store(into: &rest)
            // Per binade: when their finite inputs share one normal binade, their totals go there;
            // otherwise every pair is placed by a scalar pass.
            let lo = fieldMin.min(), hi = fieldMax.max()
            if rest.finitePairs == 0 {
                // nothing to place
            } else if lo == hi && lo >= 1 && lo <= 254 {
                let k = Int(lo) - 127
                var b = rest.binades[k + 149]
                b.count = rest.nonzeroPairs
                b.sumRelativeError = rest.sumRelativeError
                b.maxRelativeError = rest.maxRelativeError
                b.sumSquaredError = rest.sumSquaredError
                b.sumSquaredInput = rest.sumSquaredInput
                rest.binades[k + 149] = b
            } else {
                // Consecutive slices make one range (a chunk with no one-field slice makes one pass).
                var ranges: [Range<Int>] = []
                for (first, last) in restSlices {
                    let r = first..<last
                    if let previous = ranges.last, previous.upperBound == r.lowerBound {
                        ranges[ranges.count - 1] = previous.lowerBound..<r.upperBound
                    } else {
                        ranges.append(r)
                    }
                }
                Self.placeInBinades(x: x, y: y, ranges: ranges, into: &rest)
            }
        }
        chunk.merge(rest)
        // The tail, in element order after the vectors.
        for k in whole..<count {
            // (A block whose step is zero has biased exponent 0 in the lanes, -1074 in the definition.)
            let exponent = blockULP.map { $0[k] == 0 ? -1074 : Int($0[k]) - 1023 } ?? definition.ulpExponent(of: x[k], blockAmax: 0)
            definition.add(x[k], y[k], ulpExponent: exponent, into: &chunk)
        }
        chunk.elements = UInt64(count)
        stats.merge(chunk)
    }

    /// Block targets: the whole chunk through `BlockLanes` (whole blocks, every pair finite, zero gives
    /// zero); false, adding nothing, otherwise. The tables of `scratch` are zero before and after.
    func accumulateBlocks(x: UnsafePointer<UInt32>, y: UnsafePointer<UInt32>, count: Int, size: Int, fraction: Double,
                          magnitudes: UnsafePointer<Float>?, scratch: BlockLanes.Scratch, upcoming: UnsafeRawPointer?,
                          into stats: inout SweepStatistics) -> Bool {
        let passLength = Swift.max(BlockLanes.run / size, 1) * size
        let ulps = scratch.ulpExponents
        var chunk = SweepStatistics()
        var largest = BlockLanes.Largest()
        var start = 0
        while start < count {
            let end = Swift.min(start + passLength, count)
            if let magnitudes {
                BlockLanes.stepExponents(magnitudes: magnitudes + start / size, blocks: (end - start) / size, fraction: fraction, into: ulps)
            } else {
                BlockLanes.stepExponents(x: x, start: start, end: end, size: size, fraction: fraction, into: ulps)
            }
            let lanes = BlockLanes.pass(x: x, y: y, start: start, end: end, size: size, ulpExponents: ulps, scratch: scratch, upcoming: upcoming)
            guard lanes.finish(start: start, end: end, largestError: &largest, into: &chunk) else {
                scratch.clear()
                return false
            }
            start = end
        }
        guard BlockLanes.foldBinades(scratch, x: x, into: &chunk) else {
            scratch.clear()
            return false
        }
        largest.resolve(x: x, y: y, into: &chunk)
        chunk.elements = UInt64(count)
        stats.merge(chunk)
        return true
    }

    /// Adds a one-field slice whose results all have magnitude `result` through `UniformSlice`: counts
    /// (±inf, NaN, NaN inputs), underflow to zero, or saturation (the whole field beyond the threshold,
    /// clamped to ±max); false, adding nothing, when none applies.
    func addAlike<P: PairSource>(field: UInt32, result: UInt32, _ pairs: P, start: Int, end: Int,
                                 pending: inout PendingMaxima, into s: inout SweepStatistics) -> Bool {
        guard let simple else { return false }
        let ulpExponent = (Int(simple.low) - 127) - (23 - Int(simple.drop)) // emin - m
        if UniformSlice.add(field: field, result: result, pairs, start: start, end: end, ulpExponent: ulpExponent,
                            pending: &pending, into: &s) { return true }
        guard result == maxFiniteBits, let threshold = saturationThresholdBits, field > threshold >> 23, field <= 254 else { return false }
        return UniformSlice.saturated(field: field, maxBits: result, mantissaBits: 23 - Int(simple.drop), pairs,
                                      start: start, end: end, pending: &pending, into: &s)
    }

    /// floor(log2(amax × fraction)) for the largest finite magnitude amax of `start..<end`: the exponent
    /// of a block's coarsest step (block ULP); nil when the step is zero.
    static func blockStepExponent(_ x: UnsafePointer<UInt32>, _ start: Int, _ end: Int, fraction: Double) -> Int? {
        let infinity = Lanes(repeating: 0x7f80_0000)
        var top = Lanes(repeating: 0)
        var i = start
        while i + 16 <= end {
            let v = UnsafeRawPointer(x + i).loadUnaligned(as: Lanes.self) & 0x7fff_ffff
            top = SIMDBuiltins.max(top, v & LaneOps.greater(infinity, v))
            i += 16
        }
        var amax = SIMDBuiltins.maxElement(top)
        while i < end {
            let v = x[i] & 0x7fff_ffff
            if v < 0x7f80_0000 { amax = Swift.max(amax, v) }
            i += 1
        }
        return amax == 0 ? nil : Int(BlockLanes.stepExponent(amaxBits: amax, fraction: fraction))
    }

    /// The fp32 exponent field every input of `start..<end` has, or nil.
    @inline(__always)
    static func uniformField(_ x: UnsafePointer<UInt32>, _ start: Int, _ end: Int) -> UInt32? {
        commonBits(x, start, end, mask: 0x7f80_0000).map { $0 >> 23 }
    }

    /// The bits under `mask` that every element of `start..<end` shares, or nil when they differ.
    @inline(__always)
    static func commonBits(_ p: UnsafePointer<UInt32>, _ start: Int, _ end: Int, mask: UInt32) -> UInt32? {
        var any = Lanes(repeating: 0), all = Lanes(repeating: mask)
        var i = start
        while i < end {
            let v = UnsafeRawPointer(p + i).loadUnaligned(as: Lanes.self) & mask
            any |= v
            all &= v
            i &+= 16
        }
        let first = any[0]
        return any == all && any == Lanes(repeating: first) ? first : nil
    }

    /// For inputs in fp32 exponent field `field`: the bits a scalar float target drops when it rounds
    /// them by the bit pattern (nearest-even, no overflow, spacing at most the input's binade), and the
    /// bits below which a result is subnormal; nil when `BinadeLanes` does not apply.
    func binadeRule(field: UInt32) -> (drop: Int, subnormalBelow: UInt32)? {
        guard let simple, field >= 1 else { return nil }
        if field >= simple.low && field <= simple.high { return (Int(simple.drop), 0) }
        // Below the normal range the spacing is fixed: 2^(low - field) times coarser than in binade low.
        guard field < simple.low, let minNormalBits, minNormalBits >> 23 == simple.low else { return nil }
        let drop = Int(simple.drop) + Int(simple.low - field)
        return drop <= 23 ? (drop, minNormalBits) : nil
    }

    /// Loads 16 pairs at `i`.
    @inline(__always)
    static func load(_ x: UnsafePointer<UInt32>, _ y: UnsafePointer<UInt32>, _ i: Int) -> (Lanes, Lanes) {
        (UnsafeRawPointer(x + i).loadUnaligned(as: Lanes.self), UnsafeRawPointer(y + i).loadUnaligned(as: Lanes.self))
    }

    /// Scalar pass over `ranges`: adds each finite pair to the binade of its input (flat local arrays, no copies).
    static func placeInBinades(x: UnsafePointer<UInt32>, y: UnsafePointer<UInt32>, ranges: [Range<Int>], into stats: inout SweepStatistics) {
        let n = stats.binades.count
        var counts = [UInt64](repeating: 0, count: n)
        var sums = [Double](repeating: 0, count: n), maxima = [Double](repeating: 0, count: n)
        var squares = [Double](repeating: 0, count: n), signals = [Double](repeating: 0, count: n)
        counts.withUnsafeMutableBufferPointer { c in
        sums.withUnsafeMutableBufferPointer { r in
        maxima.withUnsafeMutableBufferPointer { m in
        squares.withUnsafeMutableBufferPointer { q in
        signals.withUnsafeMutableBufferPointer { g in
            for range in ranges {
            for k in range {
                let xb = x[k], yb = y[k]
                let ax = xb & 0x7fff_ffff
                guard ax != 0, ax < 0x7f80_0000, yb & 0x7fff_ffff < 0x7f80_0000 else { continue }
                let xd = Double(Float(bitPattern: xb)), e = Swift.abs(Double(Float(bitPattern: yb)) - xd)
                let field = Int(ax >> 23)
                // Binade exponent + 149: from the field for normals, from the leading bit for subnormals.
                let index = field != 0 ? field - 127 + 149 : 31 - ax.leadingZeroBitCount
                let magnitude = Swift.abs(xd), relative = e / magnitude
                c[index] &+= 1
                r[index] += relative
                if relative > m[index] { m[index] = relative }
                q[index] += e * e
                g[index] += magnitude * magnitude
            }
            }
        }}}}}
        for i in 0..<n where counts[i] > 0 {
            stats.binades[i].count += counts[i]
            stats.binades[i].sumRelativeError += sums[i]
            stats.binades[i].maxRelativeError = Swift.max(stats.binades[i].maxRelativeError, maxima[i])
            stats.binades[i].sumSquaredError += squares[i]
            stats.binades[i].sumSquaredInput += signals[i]
        }
    }
}
