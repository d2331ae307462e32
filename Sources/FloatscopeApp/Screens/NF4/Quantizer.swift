import Foundation
import FormatCore

/// A 4-bit quantiser of absmax-scaled blocks, given by its levels in [-1, 1], with the bin
/// occupancy and SQNR it reaches on a seeded sample of normal data in blocks of 64 (or on a tensor's values).
struct Quantizer: Sendable, Hashable {
    /// The name (`NF4`, `INT4`, ...).
    var name: String
    /// How the levels are scaled.
    var note: String
    /// The distinct levels, increasing.
    var levels: [Double]
    /// The boundaries between neighbouring levels (midpoints), `levels.count - 1` of them.
    var boundaries: [Double]
    /// The share of the sample each level receives.
    var shares: [Double]
    /// Signal-to-quantisation-noise ratio on the sample, in dB.
    var sqnr: Double

    /// Values per block.
    static let blockSize = 64
    /// Blocks in the sample.
    static let blockCount = 512
    /// The sample's seed.
    static let seed: UInt64 = 5

    /// The sample: standard normal values, the same on every run.
    static let sample = NormalDistribution.samples(count: blockSize * blockCount, seed: seed)

    /// The four quantisers compared on the NF4 screen, measured on the normal sample.
    static let all: [Quantizer] = measured(on: sample)

    /// Values of a tensor measured at most (whole blocks): enough for the shares, quick to redo.
    static let tensorLimit = 1 << 20

    /// The four quantisers measured on `sample` (absmax-scaled blocks of `blockSize`; a last
    /// shorter block is scaled by its own absmax).
    static func measured(on sample: [Double]) -> [Quantizer] {
        [
            Quantizer("NF4", note: "normal quantiles", levels: codebookLevels(.nf4), sample: sample),
            Quantizer("INT4", note: "absmax → 7", levels: (-7...7).map { Double($0) / 7 }, sample: sample),
            Quantizer("E2M1", note: "absmax → 6", levels: e2m1Levels(), sample: sample),
            Quantizer("bnb-fp4", note: "bitsandbytes table", levels: codebookLevels(.bnbFP4), sample: sample),
        ]
    }

    /// The four quantisers measured on the first `tensorLimit` finite values of a tensor (at most).
    static func measured(on tensor: TensorData) -> [Quantizer] {
        measured(on: tensor.bits.prefix(tensorLimit).map { Double(Float(bitPattern: $0)) }.filter(\.isFinite))
    }

    /// Builds a quantiser and measures it on `sample`.
    init(_ name: String, note: String, levels raw: [Double], sample: [Double] = Quantizer.sample) {
        self.name = name
        self.note = note
        levels = Array(Set(raw.map { $0 == 0 ? 0 : $0 })).sorted()
        boundaries = zip(levels, levels.dropFirst()).map { ($0 + $1) / 2 }
        var counts = [Int](repeating: 0, count: levels.count)
        var signal = 0.0, noise = 0.0
        for start in stride(from: 0, to: sample.count, by: Quantizer.blockSize) {
            let block = sample[start..<min(sample.count, start + Quantizer.blockSize)]
            let absmax = block.map(abs).max() ?? 0
            guard absmax > 0 else { continue }
            for x in block {
                let index = Quantizer.bin(of: x / absmax, boundaries: boundaries)
                counts[index] += 1
                let error = x - levels[index] * absmax
                signal += x * x
                noise += error * error
            }
        }
        let total = Double(counts.reduce(0, +))
        shares = counts.map { Double($0) / max(1, total) }
        sqnr = noise > 0 ? 10 * log10(signal / noise) : .infinity
    }

    /// The index of the level nearest to `x` (ties go up), by binary search over the boundaries.
    static func bin(of x: Double, boundaries: [Double]) -> Int {
        var low = 0, high = boundaries.count
        while low < high {
            let mid = (low + high) / 2
            if x < boundaries[mid] { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// A codebook format's levels.
    static func codebookLevels(_ format: Format) -> [Double] {
        guard case .codebook(let book) = format.kind else { return [] }
        return book.levels.map(Double.init)
    }

    /// E2M1's finite values divided by 6.
    static func e2m1Levels() -> [Double] {
        (0..<(Format.e2m1fn.codeCount ?? 16)).map { Format.e2m1fn.decode($0).exact.doubleValue / 6 }
    }
}
