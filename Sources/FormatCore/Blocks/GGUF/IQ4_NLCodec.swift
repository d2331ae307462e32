/// llama.cpp's IQ4_NL: blocks of 32, an fp16 scale `d` and 32 four-bit indices into the
/// non-linear levels of `IQ4NLCodebook` (element j in the low nibble of byte j, j + 16 in the high
/// nibble); dequantised `d * level`. Encoded as llama-quantize does without an importance matrix
/// (`quantize_iq4_nl`: 15 trial scales, x²-weighted least squares), not as `quantize_row_iq4_nl_ref`
/// (one trial). 4.5 bits per value.
public struct IQ4_NLCodec: BlockCodec {
    /// Creates the codec.
    public init() {}

    /// `iq4_nl`.
    public var name: String { "iq4_nl" }

    /// d (fp16), qs (32 codebook indices).
    public var layout: BlockLayout { Self.blockLayout }

    private static let blockLayout = BlockLayout(valuesPerBlock: 32, fields: [
        BlockField(name: "d", bits: 16, encoding: "fp16", role: "block scale"),
        BlockField(name: "qs", bits: 4, count: 32, encoding: "iq4nl",
                   role: "level indices, value d * level; byte j holds element j (low nibble) and j + 16"),
    ], element: IQ4NLCodebook.format)

    /// Quantises as `quantize_iq4_nl` with no importance matrix (`ntry` 7).
    public func encode(_ values: UnsafePointer<Float>, count: Int, tensorAmax: Float, into bytes: UnsafeMutableRawPointer) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { levelBuffer in
            let levels = levelBuffer.baseAddress!
            for block in 0..<count / 32 {
                encodeBlock(values + block * 32, (bytes + block * 18).assumingMemoryBound(to: UInt8.self), levels)
            }
        }
    }

    private func encodeBlock(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<UInt8>, _ levels: UnsafeMutablePointer<UInt8>) {
        let ntry = 7
        let first = Float(IQ4NLCodebook.levels[0])
        var amax: Float = 0
        var maxValue: Float = 0
        for j in 0..<32 where abs(x[j]) > amax {
            amax = abs(x[j])
            maxValue = x[j]
        }
        var scale: Float = 0
        if amax >= SymmetricScaleSearch.groupMaxEpsilon {
            var d = -maxValue / first
            var id = 1 / d
            var sumQX: Float = 0, sumQ2: Float = 0
            for j in 0..<32 {
                let l = IQ4NLCodebook.nearestIndex(id * x[j])
                levels[j] = UInt8(l)
                let q = Float(IQ4NLCodebook.levels[l])
                let w = x[j] * x[j]
                sumQX += w * q * x[j]
                sumQ2 += w * q * q
            }
            d = sumQ2 > 0 ? sumQX / sumQ2 : 0
            var best = d * sumQX
            for trial in -ntry...ntry {
                id = Float(trial + Int(IQ4NLCodebook.levels[0])) / maxValue
                sumQX = 0
                sumQ2 = 0
                for j in 0..<32 {
                    let q = Float(IQ4NLCodebook.levels[IQ4NLCodebook.nearestIndex(id * x[j])])
                    let w = x[j] * x[j]
                    sumQX += w * q * x[j]
                    sumQ2 += w * q * q
                }
                if sumQ2 > 0 && sumQX * sumQX > best * sumQ2 {
                    d = sumQX / sumQ2
                    best = d * sumQX
                }
            }
            scale = d
        }
        GGMLHalf.store(scale, out, 0)
        let id: Float = scale != 0 ? 1 / scale : 0
        for j in 0..<32 { levels[j] = UInt8(IQ4NLCodebook.nearestIndex(id * x[j])) }
        for j in 0..<16 { out[2 + j] = levels[j] | (levels[j + 16] << 4) }
    }

    /// Dequantises as `dequantize_row_iq4_nl`.
    public func decode(_ bytes: UnsafeRawPointer, count: Int, into values: UnsafeMutablePointer<Float>) {
        for block in 0..<count / 32 {
            let p = (bytes + block * 18).assumingMemoryBound(to: UInt8.self)
            let y = values + block * 32
            let d = GGMLHalf.load(p, 0)
            for j in 0..<16 {
                y[j] = d * Float(IQ4NLCodebook.levels[Int(p[2 + j] & 0xF)])
                y[j + 16] = d * Float(IQ4NLCodebook.levels[Int(p[2 + j] >> 4)])
            }
        }
    }
}
