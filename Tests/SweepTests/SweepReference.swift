import Foundation
@testable import FormatCore
@testable import Sweep

/// An independent, slow reference for sweep statistics: per element, exact-enough float64 arithmetic
/// and the scalar encoder, no SIMD, no chunking.
enum SweepReference {
    static func statistics(inputs: [UInt32], format: Format, rounding: RoundingMode = .nearestEven,
                           overflow: OverflowPolicy = .formatDefault) -> SweepStatistics {
        var s = SweepStatistics()
        let facts = FormatFacts(format)
        let maxValue = facts.maxFinite.doubleValue
        // Beyond max + ulp(max)/2 a result of max is a clamp (nearer values round to max anyway).
        let saturationThreshold = maxValue + (format.ulp(at: format.encode(facts.maxFinite).code)?.doubleValue ?? 0) / 2
        var minNormal = 0.0
        var grid: (Int, Int)? = nil
        if case .float(let sem) = format.kind {
            if sem.hasSubnormals { minNormal = facts.smallestNormal!.doubleValue }
            grid = (max(sem.minExponent, -126), sem.mantissaBits)
        }
        for (index, bits) in inputs.enumerated() {
            let x = Float(bitPattern: bits)
            let code = format.encode(BinaryValue(x), rounding: rounding, overflow: overflow, element: UInt64(index)).code
            let y = Float(format.decode(code).value.doubleValue)
            var ulpExponent = 0
            if let (minE, m) = grid {
                ulpExponent = max(Int(abs(Double(x)).exponent), minE) - m
            } else if case .codebook(let c) = format.kind {
                let levels = c.levels.sorted()  // the codebook's coarsest step: the gap below its top level
                ulpExponent = Int((Double(levels[levels.count - 1]) - Double(levels[levels.count - 2])).exponent)
            }
            add(bits, y, ulpExponent: ulpExponent, saturationThreshold: saturationThreshold, maxValue: maxValue, minNormal: minNormal, into: &s)
        }
        return s
    }

    /// Block targets: results from the block format's round trip (per 65,536 values, as the engine), the ULP of each block its coarsest step
    /// (the largest power of two not above block amax × (gap below the top level) / top level).
    static func statistics(inputs: [UInt32], block: BlockFormat, stepFraction: Double) -> SweepStatistics {
        var s = SweepStatistics()
        let x = inputs.map { Float(bitPattern: $0) }
        var y = [Float](repeating: 0, count: x.count)
        // In pieces of 65,536 like the engine: double quantisation takes the mean of the scales of one call.
        // NVFP4's tensor scale comes from the largest finite magnitude of all the inputs.
        let tensorAmax = x.filter(\.isFinite).map(abs).max() ?? 0
        x.withUnsafeBufferPointer { xs in y.withUnsafeMutableBufferPointer { ys in
            for start in stride(from: 0, to: xs.count, by: 65_536) {
                block.roundTrip(xs.baseAddress! + start, ys.baseAddress! + start, count: min(65_536, xs.count - start), tensorAmax: tensorAmax)
            }
        }}
        let size = block.blockSize
        for start in stride(from: 0, to: x.count, by: size) {
            let amax = x[start..<min(start + size, x.count)].filter(\.isFinite).map(abs).max() ?? 0
            let step = Double(amax) * stepFraction
            let ulpExponent = step > 0 ? Int(step.exponent) : -1074
            for k in start..<min(start + size, x.count) {
                add(inputs[k], y[k], ulpExponent: ulpExponent, saturationThreshold: .infinity, maxValue: .infinity, minNormal: 0, into: &s)
            }
        }
        return s
    }

    /// Adds one input (bits) and its result.
    static func add(_ bits: UInt32, _ y: Float, ulpExponent: Int, saturationThreshold: Double, maxValue: Double, minNormal: Double,
                    into s: inout SweepStatistics) {
        s.elements += 1
        let x = Float(bitPattern: bits)
        if x.isNaN { s.nanInputs += 1; return }
        if x.isInfinite { s.infiniteInputs += 1; return }
        if y.isNaN { s.overflowToNaN += 1; return }
        if y.isInfinite { s.overflowToInfinity += 1; return }
        s.finitePairs += 1
        let xd = Double(x), yd = Double(y), e = abs(yd - xd)
        if abs(xd) > saturationThreshold && abs(yd) == maxValue { s.saturated += 1 }
        if xd != 0 && yd == 0 { s.underflowToZero += 1 }
        if yd != 0 && abs(yd) < minNormal { s.subnormalResults += 1 }
        if xd == yd { s.exact += 1 }
        s.sumAbsoluteError += e
        s.sumSquaredError += e * e
        s.sumSquaredInput += xd * xd
        if e > s.maxAbsoluteError { s.maxAbsoluteError = e; s.maxAbsoluteErrorInput = bits }
        if xd != 0 {
            s.nonzeroPairs += 1
            let r = e / abs(xd)
            s.sumRelativeError += r
            if r > s.maxRelativeError { s.maxRelativeError = r; s.maxRelativeErrorInput = bits }
            let k = Int(abs(xd).exponent)
            s.binades[k + 149].count += 1
            s.binades[k + 149].sumRelativeError += r
            s.binades[k + 149].maxRelativeError = max(s.binades[k + 149].maxRelativeError, r)
            s.binades[k + 149].sumSquaredError += e * e
            s.binades[k + 149].sumSquaredInput += xd * xd
        }
        // Histogram: floor(log2(e / ulp)).
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
