/// The definition of `TensorStatistics`: three passes over a tensor's values (float32 bit patterns),
/// each fed the values in order, in any number of pieces, with one value at a time in plain Double.
///
/// 1. `first`: counts, the finite sum (for the mean), largest |x|, exponent range, fp16/bf16 overflow
///    and underflow (against `OverflowThresholds`).
/// 2. `second`: the central moments m2 = Σ(x-mean)^2 / n and m4 = Σ(x-mean)^4 / n of the finite values,
///    and Σx^2 for the RMS.
/// 3. `third`: the values farther than 6 standard deviations (sqrt(m2)) from the mean.
public struct TensorStatisticsPass: Sendable {
    /// The statistics so far (complete after `finishThird`).
    public private(set) var statistics = TensorStatistics()
    private var sum = 0.0, sumSquares = 0.0, m2Sum = 0.0, m4Sum = 0.0
    private let fp16 = OverflowThresholds.fp16, bf16 = OverflowThresholds.bf16

    /// An empty pass.
    public init() {}

    /// Pass 1 over some values: eight at a time where all eight are normal numbers (classification,
    /// largest magnitude, exponent range and thresholds in lanes; the sum and the binade counts still
    /// value by value in order), other groups through the definition's own step, so the figures are
    /// those of `firstByDefinition` (tested equal).
    public mutating func first(_ x: UnsafePointer<UInt32>, count: Int) {
        typealias U = SIMD8<UInt32>
        var s = statistics
        let lowest = U(repeating: 0x0080_0000), beyond = U(repeating: 0x7F80_0000)
        let o16 = U(repeating: fp16.overflowBits ?? .max), u16 = U(repeating: fp16.underflowBits ?? 0)
        let ob = U(repeating: bf16.overflowBits ?? .max), ub = U(repeating: bf16.underflowBits ?? 0)
        var largest = U(), smallest = U(repeating: .max)
        var counts16 = SIMD8<Int32>(), countsUnder16 = SIMD8<Int32>(), countsB = SIMD8<Int32>(), countsUnderB = SIMD8<Int32>()
        var lanes = 0
        var k = 0
        var binades = s.binades
        binades.withUnsafeMutableBufferPointer { histogram in
            while k + 8 <= count {
                let bits = UnsafeRawPointer(x + k).loadUnaligned(as: U.self)
                let m = bits & 0x7FFF_FFFF
                guard all((m .>= lowest) .& (m .< beyond)) else {
                    // Zeros, subnormals, infinities or NaNs among these eight: one at a time, by the definition.
                    for j in 0..<8 { Self.add(bits[j], to: &s, histogram: histogram, sum: &sum, fp16, bf16) }
                    lanes += 8
                    k += 8
                    continue
                }
                largest = largest.replacing(with: m, where: m .> largest)
                smallest = smallest.replacing(with: m, where: m .< smallest)
                counts16 &+= SIMD8<Int32>().replacing(with: 1, where: m .>= o16)
                countsUnder16 &+= SIMD8<Int32>().replacing(with: 1, where: m .<= u16)
                countsB &+= SIMD8<Int32>().replacing(with: 1, where: m .>= ob)
                countsUnderB &+= SIMD8<Int32>().replacing(with: 1, where: m .<= ub)
                for j in 0..<8 {
                    sum += Double(Float(bitPattern: bits[j]))
                    histogram[Int(m[j] >> 23) - 127 + 149] += 1
                }
                lanes += 8
                k += 8
                // Keep to windows: a lane counter stays far below 2^31.
                if lanes >= 1 << 28 { break }
            }
        }
        s.binades = binades
        s.count += lanes
        // Largest and smallest magnitudes of the all-normal groups (none when there was none).
        if smallest.min() != .max {
            let big = Float(bitPattern: largest.max()), small = Float(bitPattern: smallest.min())
            if big > s.finiteAmax { s.finiteAmax = big }
            let eBig = Int(big.exponent), eSmall = Int(small.exponent)
            s.smallestExponent = min(s.smallestExponent ?? eSmall, eSmall)
            s.largestExponent = max(s.largestExponent ?? eBig, eBig)
        }
        if lanes > 0 {
            s.fp16Overflow += Int(counts16.wrappedSum())
            s.fp16Underflow += Int(countsUnder16.wrappedSum())
            s.bf16Overflow += Int(countsB.wrappedSum())
            s.bf16Underflow += Int(countsUnderB.wrappedSum())
        }
        statistics = s
        if k < count { firstByDefinition(x + k, count: count - k) }
    }

    /// Pass 1 over some values, one value at a time: the definition.
    public mutating func firstByDefinition(_ x: UnsafePointer<UInt32>, count: Int) {
        var s = statistics
        s.count += count
        var binades = s.binades
        binades.withUnsafeMutableBufferPointer { histogram in
            for k in 0..<count { Self.add(x[k], to: &s, histogram: histogram, sum: &sum, fp16, bf16) }
        }
        s.binades = binades
        statistics = s
    }

    /// Pass 1's step for one value (all but the count): its kind, and for a nonzero finite value the
    /// sum, largest magnitude, exponent range, binade and the fp16/bf16 thresholds it crosses.
    @inline(__always)
    private static func add(_ bits: UInt32, to s: inout TensorStatistics, histogram: UnsafeMutableBufferPointer<Int>, sum: inout Double,
                            _ fp16: OverflowThresholds, _ bf16: OverflowThresholds) {
        let magnitude = bits & 0x7FFF_FFFF
        if magnitude > 0x7F80_0000 { s.nanCount += 1; return }
        if magnitude == 0x7F80_0000 { s.infinityCount += 1; return }
        if magnitude == 0 { s.zeroCount += 1; return }
        let v = Float(bitPattern: magnitude)
        sum += Double(Float(bitPattern: bits))
        if v > s.finiteAmax { s.finiteAmax = v }
        let e = Int(v.exponent)
        s.smallestExponent = min(s.smallestExponent ?? e, e)
        s.largestExponent = max(s.largestExponent ?? e, e)
        histogram[e + 149] += 1
        if let o = fp16.overflowBits, magnitude >= o { s.fp16Overflow += 1 }
        if let u = fp16.underflowBits, magnitude <= u { s.fp16Underflow += 1 }
        if let o = bf16.overflowBits, magnitude >= o { s.bf16Overflow += 1 }
        if let u = bf16.underflowBits, magnitude <= u { s.bf16Underflow += 1 }
    }

    /// Ends pass 1: the mean.
    public mutating func finishFirst() {
        let n = statistics.finiteCount
        statistics.mean = n == 0 ? 0 : sum / Double(n)
    }

    /// Pass 2 over the same values.
    public mutating func second(_ x: UnsafePointer<UInt32>, count: Int) {
        let mean = statistics.mean
        for k in 0..<count {
            let v = Float(bitPattern: x[k])
            guard v.isFinite else { continue }
            let d = Double(v) - mean, d2 = d * d
            m2Sum += d2
            m4Sum += d2 * d2
            sumSquares += Double(v) * Double(v)
        }
    }

    /// Ends pass 2: RMS, standard deviation and kurtosis.
    public mutating func finishSecond() {
        let n = Double(statistics.finiteCount)
        guard n > 0 else { return }
        let m2 = m2Sum / n, m4 = m4Sum / n
        statistics.rms = (sumSquares / n).squareRoot()
        statistics.standardDeviation = m2.squareRoot()
        statistics.kurtosis = m2 > 0 ? m4 / (m2 * m2) : nil
    }

    /// Pass 3 over the same values.
    public mutating func third(_ x: UnsafePointer<UInt32>, count: Int) {
        let mean = statistics.mean, limit = 6 * statistics.standardDeviation
        var beyond = 0
        for k in 0..<count {
            let v = Float(bitPattern: x[k])
            if v.isFinite && (Double(v) - mean).magnitude > limit { beyond += 1 }
        }
        statistics.beyondSixSigma += beyond
    }
}
