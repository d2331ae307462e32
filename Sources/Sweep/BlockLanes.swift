import _SIMDBuiltins

/// The statistics pass for block targets on finite data: float64 lanes, 16 pairs at a time (no
/// classification, no per-block scalar work), and in the same loop, a few vectors behind, scalar code that
/// adds each pair's relative error, squared error and squared input, computed once in the lanes, to the
/// binade of its input (so that the scalar code's loads and stores overlap the lanes' arithmetic). The
/// chunk's totals of those three, its count of zero inputs and its largest relative error come from the
/// binade tables at the end (the vector units are the loop's limit: the lanes keep only what the tables
/// do not hold).
///
/// It applies to a run of whole blocks whose inputs and results are all finite and whose zero inputs
/// give zero (every symmetric block format); otherwise it reports that it cannot, and the general path
/// takes the run. Sums, maxima and counts are exactly those of the definitions: e = |y - x| and
/// e / |x| in float64 for every pair.
struct BlockLanes {
    typealias Lanes = SIMD16<UInt32>
    typealias Doubles = SIMD8<Double>

    /// Whether the block lanes apply to a chunk of `count` pairs in blocks of `size` from its start: whole
    /// blocks of whole vectors (they may still give up on the data: non-finite values, zero to non-zero).
    static func applies(size: Int, count: Int) -> Bool { size % 16 == 0 && count % size == 0 && count > 0 }

    /// Pairs per pass (or one block when blocks are longer): the histogram's 16-bit counters never fill up.
    static let run = 4096
    /// Interleaved binade tables.
    static let tables = 8

    /// Per-pair values on their way from the lanes to the binade tables (a ring of `ring` pairs, so that
    /// they stay in the L1 cache), the tables, and the blocks' ULP exponents of a pass. One per worker: the
    /// tables are zero again after `foldBinades` or `clear`.
    final class Scratch {
        let relative: UnsafeMutablePointer<Double>
        /// Each pair's e² and x², side by side.
        let squares: UnsafeMutablePointer<SIMD2<Double>>
        /// Row of each pair in the tables: (pair index mod `tables`) × 280 + binade exponent + 149.
        let rowIndex: UnsafeMutablePointer<Int32>
        /// `tables` interleaved tables of per-binade rows [count, Σ relative, Σ e², Σ x²] and the largest
        /// relative errors, so that nearby pairs in one binade do not wait on each other's stores. Row 279
        /// takes the zero inputs, which belong to no binade.
        let rows: UnsafeMutablePointer<SIMD4<Double>>
        /// Bit patterns of the rows' largest relative errors (non-negative float64 values order like their bits).
        let maxima: UnsafeMutablePointer<UInt64>
        /// Index in the chunk of the first pair of each row that has its largest relative error.
        let maximaIndex: UnsafeMutablePointer<Int>
        /// The ULP exponent of each block of a pass.
        let ulpExponents: UnsafeMutablePointer<Int32>

        /// The ring's three arrays in one page of their own (no cache line shared with another thread).
        private let page: UnsafeMutableRawPointer

        init() {
            let ring = BlockLanes.ring
            page = .allocate(byteCount: 4096, alignment: 4096)
            relative = page.bindMemory(to: Double.self, capacity: ring)
            squares = (page + 8 * ring).bindMemory(to: SIMD2<Double>.self, capacity: ring)
            rowIndex = (page + 24 * ring).bindMemory(to: Int32.self, capacity: ring)
            rows = .allocate(capacity: BlockLanes.tables * 280)
            rows.initialize(repeating: .zero, count: BlockLanes.tables * 280)
            maxima = .allocate(capacity: BlockLanes.tables * 280)
            maxima.initialize(repeating: 0, count: BlockLanes.tables * 280)
            maximaIndex = .allocate(capacity: BlockLanes.tables * 280)
            maximaIndex.initialize(repeating: 0, count: BlockLanes.tables * 280)
            ulpExponents = .allocate(capacity: BlockLanes.run / 16)
        }
        deinit { page.deallocate(); rows.deallocate(); maxima.deallocate(); maximaIndex.deallocate(); ulpExponents.deallocate() }

        /// Zeroes the tables (after a chunk that the block lanes gave up on).
        func clear() {
            rows.update(repeating: .zero, count: BlockLanes.tables * 280)
            maxima.update(repeating: 0, count: BlockLanes.tables * 280)
        }
    }

    /// Per-lane sums of e (each lane over both halves of the vectors), and largest e.
    var sumE = Doubles(), maxE = Doubles()
    /// Counts of zero results, e = 0, and histogram indices t of at least 8 and 9.
    var zeroResults = 0, exact = 0, atLeast1 = 0, atLeast2 = 0
    /// Counts of the histogram indices t = k + 7 = 0...7 in 16-bit halves: t and t + 4 in `bins<t><t+4>`
    /// (up to 65,535 vectors a pass).
    var bins04 = Lanes(), bins15 = Lanes(), bins26 = Lanes(), bins37 = Lanes()
    /// Sign bit set in some lane when an input or result was not finite.
    var invalid = Lanes()

    /// Adds the pairs `start..<end` (whole blocks of `size`, at most `run`), whose block ULP exponents are
    /// `ulpExponents[(i - start) / size]`: their lane figures to the result, their binade figures to the
    /// tables of `scratch`. With `upcoming`, it also prefetches the same range of pairs from there (the next
    /// piece of input: one cache line per 16 pairs).
    static func pass(x: UnsafePointer<UInt32>, y: UnsafePointer<UInt32>, start: Int, end: Int, size: Int,
                     ulpExponents: UnsafePointer<Int32>, scratch: Scratch, upcoming: UnsafeRawPointer? = nil) -> BlockLanes {
        var lanes = BlockLanes()
        let relative = scratch.relative, squares = scratch.squares, rowIndex = scratch.rowIndex
        var i = start
        // k = floor(log2(e / ulp)) = (float64 exponent field of e) - 1023 - ulpExponent; t = k + 7.
        var base = SIMD16<Int32>(repeating: 1023 - 7 &+ ulpExponents[0])
        var block = 0, blockEnd = start + size
        do {
            let rows = scratch.rows, maxima = scratch.maxima, maximaIndex = scratch.maximaIndex
            // The pairs placed in their binades so far: the binade pass runs `lag` pairs behind the lanes, in
            // the same loop, so that its loads and stores overlap the lanes' arithmetic.
            var placed = 0
            while i < end {
                let groupEnd = Swift.min(i + 15 * 16, end)
                var nibbles = Lanes()
                while i < groupEnd {
                    if i == blockEnd {
                        block &+= 1
                        blockEnd &+= size
                        base = SIMD16<Int32>(repeating: 1023 - 7 &+ ulpExponents[block])
                    }
                    lanes.add(UnsafeRawPointer(x + i).loadUnaligned(as: Lanes.self), UnsafeRawPointer(y + i).loadUnaligned(as: Lanes.self),
                              base: base, nibbles: &nibbles, out: (i &- start) & (ring - 1), relative, squares, rowIndex)
                    if let upcoming { SIMDBuiltins.prefetch(upcoming + 4 &* i) }
                    i &+= 16
                    if i &- start &- placed >= lag + 16 {
                        place(placed & (ring - 1), first: start &+ placed, relative, squares, rowIndex, rows, maxima, maximaIndex)
                        placed &+= 16
                    }
                }
                lanes.bins04 &+= nibbles & 0x000f_000f
                lanes.bins15 &+= (nibbles &>> 4) & 0x000f_000f
                lanes.bins26 &+= (nibbles &>> 8) & 0x000f_000f
                lanes.bins37 &+= (nibbles &>> 12) & 0x000f_000f
            }
            while placed < end &- start {
                place(placed & (ring - 1), first: start &+ placed, relative, squares, rowIndex, rows, maxima, maximaIndex)
                placed &+= 16
            }
        }
        return lanes
    }

    /// How far (in pairs) the binade pass runs behind the lanes.
    static let lag = 64
    /// Pairs in the scratch ring: a power of two, at least `lag` + 16.
    static let ring = 128

    /// Adds the 16 pairs of the scratch ring from `slot` on, pairs `first..<first + 16` of the chunk (all of
    /// them: zero inputs go to row 279), to the rows of their binades: count, e / |x|, e² and x², and the
    /// largest e / |x| with the first pair that has it.
    @inline(__always)
    static func place(_ slot: Int, first: Int, _ relative: UnsafeMutablePointer<Double>, _ squares: UnsafeMutablePointer<SIMD2<Double>>,
                      _ rowIndex: UnsafeMutablePointer<Int32>, _ rows: UnsafeMutablePointer<SIMD4<Double>>,
                      _ maxima: UnsafeMutablePointer<UInt64>, _ maximaIndex: UnsafeMutablePointer<Int>) {
        for k in slot..<slot &+ 16 {
            let t = Int(rowIndex[k])
            rows[t] += SIMD4(lowHalf: SIMD2(1, relative[k]), highHalf: squares[k])
            // The maximum on the bit pattern, in the integer units (the vector units are this loop's limit).
            // Rarely taken once the binade's largest error is seen: no store per pair.
            let bits = UnsafeRawPointer(relative + k).load(as: UInt64.self)
            if bits > maxima[t] {
                maxima[t] = bits
                maximaIndex[t] = first &+ (k &- slot)
            }
        }
    }

    /// Each block's ULP exponent for the pass `start..<end` (whole blocks of `size`, a multiple of 16): the
    /// exponent of amax × fraction, the largest power of two not above it, for the block's largest
    /// magnitude amax, and 0 for an all-zero block (whose errors are all zero). A block holding a NaN or an
    /// infinity gets some exponent: `finish` rejects such a pass.
    static func stepExponents(x: UnsafePointer<UInt32>, start: Int, end: Int, size: Int, fraction: Double,
                              into exponents: UnsafeMutablePointer<Int32>) {
        var i = start, b = 0
        while i < end {
            var top = Lanes()
            let blockEnd = i + size
            while i < blockEnd {
                top = SIMDBuiltins.max(top, UnsafeRawPointer(x + i).loadUnaligned(as: Lanes.self) & 0x7fff_ffff)
                i &+= 16
            }
            exponents[b] = stepExponent(amaxBits: SIMDBuiltins.maxElement(top), fraction: fraction)
            b &+= 1
        }
    }

    /// `stepExponents` from the blocks' largest magnitudes, known already.
    static func stepExponents(magnitudes: UnsafePointer<Float>, blocks: Int, fraction: Double, into exponents: UnsafeMutablePointer<Int32>) {
        for b in 0..<blocks { exponents[b] = stepExponent(amaxBits: magnitudes[b].bitPattern & 0x7fff_ffff, fraction: fraction) }
    }

    /// The ULP exponent of a block whose largest magnitude has bits `amaxBits`.
    @inline(__always)
    static func stepExponent(amaxBits: UInt32, fraction: Double) -> Int32 {
        // amax × fraction is a normal float64 (amax is at least 2^-149, the fraction a ratio of neighbouring
        // levels), so its exponent is its field's.
        let field = (Double(Float(bitPattern: amaxBits)) * fraction).bitPattern >> 52 & 0x7ff
        return amaxBits == 0 ? 0 : Int32(truncatingIfNeeded: field) - 1023
    }

    @inline(__always)
    mutating func add(_ x: Lanes, _ y: Lanes, base: SIMD16<Int32>, nibbles: inout Lanes, out k: Int,
                      _ relative: UnsafeMutablePointer<Double>, _ squares: UnsafeMutablePointer<SIMD2<Double>>,
                      _ rowIndex: UnsafeMutablePointer<Int32>) {
        let ax = x & 0x7fff_ffff, ay = y & 0x7fff_ffff
        // The binade row, floor(log2|x|) + 149: field + 22 for normal inputs (at most 8 leading zeros),
        // 31 - leading zeros for subnormal ones (field 0, at least 9), and -1, clamped to 279 (no binade),
        // for zero (32); in table (lane mod 8).
        let lz = SIMDBuiltins.leadingZeros(ax)
        let index = SIMDBuiltins.min((ax &>> 23) &+ 31 &- SIMDBuiltins.max(lz, Lanes(repeating: 9)), Lanes(repeating: 279))
        UnsafeMutableRawPointer(rowIndex + k).storeBytes(of: index &+ Self.tableOffsets, as: Lanes.self)
        invalid |= SIMDBuiltins.max(ax, ay) &+ 0x0080_0000
        // Zero inputs give zero results here (`foldBinades` checks), so the other zero results are underflows.
        zeroResults &+= SIMDBuiltins.zeroCount(ay)
        let xf = unsafeBitCast(x, to: SIMD16<Float>.self), yf = unsafeBitCast(y, to: SIMD16<Float>.self)
        let x0 = SIMDBuiltins.double(xf.lowHalf), x1 = SIMDBuiltins.double(xf.highHalf)
        let y0 = SIMDBuiltins.double(yf.lowHalf), y1 = SIMDBuiltins.double(yf.highHalf)
        let e0 = LaneOps.magnitude(y0 - x0), e1 = LaneOps.magnitude(y1 - x1)
        // A zero input gives e / 0, NaN or infinity, which go to row 279 only: `foldBinades` reads no e / |x| there.
        let r0 = e0 / LaneOps.magnitude(x0), r1 = e1 / LaneOps.magnitude(x1)
        let q0 = e0 * e0, q1 = e1 * e1, s0 = x0 * x0, s1 = x1 * x1
        sumE += e0 + e1
        maxE = SIMDBuiltins.maxNonNegative(maxE, SIMDBuiltins.maxNonNegative(e0, e1))
        UnsafeMutableRawPointer(relative + k).storeBytes(of: r0, as: Doubles.self)
        UnsafeMutableRawPointer(relative + k + 8).storeBytes(of: r1, as: Doubles.self)
        let pairs = UnsafeMutableRawPointer(squares + k)
        pairs.storeBytes(of: SIMDBuiltins.zipLow(q0, s0), as: Doubles.self)
        pairs.storeBytes(of: SIMDBuiltins.zipHigh(q0, s0), toByteOffset: 64, as: Doubles.self)
        pairs.storeBytes(of: SIMDBuiltins.zipLow(q1, s1), toByteOffset: 128, as: Doubles.self)
        pairs.storeBytes(of: SIMDBuiltins.zipHigh(q1, s1), toByteOffset: 192, as: Doubles.self)
        // Histogram: the float64 exponent field of e (0 for e = 0), per lane.
        let field = SIMDBuiltins.truncate(unsafeBitCast(e0, to: SIMD8<UInt64>.self) &>> 52, unsafeBitCast(e1, to: SIMD8<UInt64>.self) &>> 52)
        exact &+= SIMDBuiltins.zeroCount(field)
        let t = LaneOps.signed(field) &- base
        // Nibble t for t = 0...7; nothing for the others (t < 0 has a count of at least 2^32 - 4, t > 7 at
        // least 32; |t| < 2^12): `finish` counts t < 0 as what the other bins leave.
        nibbles &+= SIMDBuiltins.shiftLeftOrZero(Lanes(repeating: 1), by: LaneOps.unsigned(t) &<< 2)
        atLeast1 &+= SIMDBuiltins.countGreater(t, than: 7)
        atLeast2 &+= SIMDBuiltins.countGreater(t, than: 8)
    }

    /// Lane j's table offset: (j mod 8) × 280 (16 lanes of a vector that starts at a multiple of 16).
    static let tableOffsets = SIMD16<UInt32>(0, 280, 560, 840, 1120, 1400, 1680, 1960, 0, 280, 560, 840, 1120, 1400, 1680, 1960)

    /// Adds the pass's lane figures for the pairs `start..<end` to `s`, counting every zero result as an
    /// underflow to zero (`foldBinades` takes the zero inputs back out); false, adding nothing, when some
    /// input or result was not finite.
    func finish(start: Int, end: Int, largestError: inout Largest, into s: inout SweepStatistics) -> Bool {
        guard invalid & 0x8000_0000 == Lanes() else { return false }
        let exact = UInt64(self.exact)
        s.finitePairs += UInt64(end - start)
        s.exact += exact
        s.underflowToZero += UInt64(zeroResults)
        // t = 0...7 in histogram slot t + 1, with t < 0 in slot 1 too; slot 0 takes e = 0 (t < 0), slots 9 and
        // 10 the larger t.
        var binned: UInt64 = 0
        func add(_ packed: Lanes, bins t: Int) {
            let low = LaneOps.laneTotal(packed, shift: 0, mask: 0xffff), high = LaneOps.laneTotal(packed, shift: 16, mask: 0xffff)
            s.histogram.counts[t + 1] += low
            s.histogram.counts[t + 5] += high
            binned += low + high
        }
        add(bins04, bins: 0)
        add(bins15, bins: 1)
        add(bins26, bins: 2)
        add(bins37, bins: 3)
        let one = UInt64(atLeast1), two = UInt64(atLeast2)
        s.histogram.counts[0] += exact
        s.histogram.counts[1] += UInt64(end - start) - binned - one - exact
        s.histogram.counts[9] += one - two
        s.histogram.counts[10] += two
        s.sumAbsoluteError += LaneOps.laneTotal(sumE)
        largestError.offer(SIMDBuiltins.maxNonNegativeElement(maxE), start: start, end: end)
        return true
    }

    /// The largest absolute error of a chunk's passes with the first pass that holds it, so that the input
    /// giving it is looked for in that pass alone, once per chunk. `PendingMaxima` does this for any test,
    /// through closures; here the test is fixed and inlined into the scan, which measured 2 to 5% faster on
    /// NF4 sweeps with 2 threads.
    struct Largest {
        var absolute = 0.0
        var range = 0..<0

        /// Keeps `a` when it beats the figure kept (ties keep the earlier pass).
        mutating func offer(_ a: Double, start: Int, end: Int) {
            if a > absolute { absolute = a; range = start..<end }
        }

        /// Sets the maximum of `s` when this beats it, with the first input that gives it.
        func resolve(x: UnsafePointer<UInt32>, y: UnsafePointer<UInt32>, into s: inout SweepStatistics) {
            if absolute > s.maxAbsoluteError, let i = range.first(where: { BlockLanes.error(x[$0], y[$0]) == absolute }) {
                s.maxAbsoluteError = absolute
                s.maxAbsoluteErrorInput = x[i]
            }
        }
    }

    /// |y - x| in float64.
    static func error(_ x: UInt32, _ y: UInt32) -> Double {
        Swift.abs(Double(Float(bitPattern: y)) - Double(Float(bitPattern: x)))
    }

    /// Adds the scratch tables of a chunk whose inputs are `x` to `s`, leaving them zero: its binades, and
    /// from them its totals of e / |x|, e² and x², its non-zero inputs (taking the zero inputs out of the zero
    /// results that `finish` counted) and its largest relative error with the first input that gives it.
    /// False, adding nothing, when a zero input gave a non-zero result (its e² is at least 2^-298, where a
    /// zero result gives 0): then the caller clears the tables.
    static func foldBinades(_ scratch: Scratch, x: UnsafePointer<UInt32>, into s: inout SweepStatistics) -> Bool {
        let rows = scratch.rows, maxima = scratch.maxima
        var zeros = 0.0
        for table in 0..<tables {
            guard rows[table * 280 + 279][2] == 0 else { return false }
            zeros += rows[table * 280 + 279][0]
        }
        guard UInt64(zeros) <= s.underflowToZero else { return false }
        for table in 0..<tables {
            rows[table * 280 + 279] = .zero
            maxima[table * 280 + 279] = 0
        }
        // Each e / |x| of rows 0...278 is finite (x and y are, and |x| >= 2^-149), at most 2^278, and so are
        // the sums of at most 65,536 of them.
        var total = SIMD4<Double>.zero, largest: UInt64 = 0, largestIndex = 0
        for index in 0..<279 {
            var row = SIMD4<Double>.zero, top: UInt64 = 0
            for table in 0..<tables {
                let cell = table * 280 + index
                guard rows[cell][0] != 0 else { continue }
                row += rows[cell]
                rows[cell] = .zero
                let m = maxima[cell]
                maxima[cell] = 0
                top = Swift.max(top, m)
                // The largest relative error of the chunk: the first pair that has it (each row holds its first).
                if m > largest || (m == largest && scratch.maximaIndex[cell] < largestIndex) {
                    largest = m
                    largestIndex = scratch.maximaIndex[cell]
                }
            }
            guard row[0] > 0 else { continue }
            total += row
            s.binades[index].count += UInt64(row[0])
            s.binades[index].sumRelativeError += row[1]
            s.binades[index].maxRelativeError = Swift.max(s.binades[index].maxRelativeError, Double(bitPattern: top))
            s.binades[index].sumSquaredError += row[2]
            s.binades[index].sumSquaredInput += row[3]
        }
        s.underflowToZero -= UInt64(zeros)
        s.nonzeroPairs += UInt64(total[0])
        s.sumRelativeError += total[1]
        s.sumSquaredError += total[2]
        s.sumSquaredInput += total[3]
        if Double(bitPattern: largest) > s.maxRelativeError {
            s.maxRelativeError = Double(bitPattern: largest)
            s.maxRelativeErrorInput = x[largestIndex]
        }
        return true
    }
}
