import Foundation
@testable import FormatCore
@testable import Sweep

/// Independent round trips for the engine's tests: the scalar encoder per element (no SIMD kernel), and
/// block formats in the engine's chunks; the figures themselves come from the library's definition.
enum SweepReference {
    static func statistics(inputs: [UInt32], format: Format, rounding: RoundingMode = .nearestEven,
                           overflow: OverflowPolicy = .formatDefault) -> SweepStatistics {
        var s = SweepStatistics()
        let definition = SweepDefinition(ScalarRoundTrip(format, rounding: rounding, overflow: overflow).traits)
        for (index, bits) in inputs.enumerated() {
            let x = Float(bitPattern: bits)
            let code = format.encode(BinaryValue(x), rounding: rounding, overflow: overflow, element: UInt64(index)).code
            let y = Float(format.decode(code).value.doubleValue)
            definition.add(bits, y.bitPattern, ulpExponent: definition.ulpExponent(of: bits, blockAmax: 0), into: &s)
        }
        return s
    }

    /// Block targets: results from the block format's round trip in the engine's chunks (double quantisation takes
    /// the mean of the scales of one call; NVFP4's tensor scale comes from the largest finite magnitude of all the inputs).
    static func statistics(inputs: [UInt32], block: BlockFormat) -> SweepStatistics {
        let target = BlockRoundTrip(block)
        let chunk = SweepEngine.chunkLength(alignment: target.traits.alignment)
        let tensorAmax = inputs.map { Float(bitPattern: $0) }.filter(\.isFinite).map(abs).max() ?? 0
        var y = [UInt32](repeating: 0, count: inputs.count)
        var s = SweepStatistics()
        inputs.withUnsafeBufferPointer { xs in y.withUnsafeMutableBufferPointer { ys in
            for start in stride(from: 0, to: xs.count, by: chunk) {
                let n = min(chunk, xs.count - start)
                target.roundTrip(xs.baseAddress! + start, ys.baseAddress! + start, count: n, firstElement: 0, tensorAmax: tensorAmax)
                SweepDefinition(target.traits).accumulate(x: xs.baseAddress! + start, y: ys.baseAddress! + start, count: n, into: &s)
            }
        }}
        return s
    }
}
