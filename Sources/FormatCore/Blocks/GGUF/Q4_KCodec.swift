/// llama.cpp's Q4_K: super-blocks of 256 in 8 sub-blocks of 32, each with a 6-bit scale and a
/// 6-bit min against the fp16 super-block `d` and `dmin`; 4-bit quants dequantised
/// `d * sc * q - dmin * m`. Bytes: d, dmin, scales (12), qs (128). 4.5 bits per value.
public struct Q4_KCodec: BlockCodec {
    /// Creates the codec.
    public init() {}

    /// `q4_k`.
    public var name: String { "q4_k" }

    /// d (fp16), dmin (fp16), scales (8 uint6 scales + 8 uint6 mins), qs (256 uint4).
    public var layout: BlockLayout { Self.blockLayout }

    private static let blockLayout = BlockLayout(valuesPerBlock: 256, fields: [
        BlockField(name: "d", bits: 16, encoding: "fp16", role: "super-block scale of the sub-block scales"),
        BlockField(name: "dmin", bits: 16, encoding: "fp16", role: "super-block scale of the sub-block mins"),
        BlockField(name: "scales", bits: 6, count: 16, encoding: "uint6",
                   role: "8 sub-block scales and 8 mins packed in 12 bytes (get_scale_min_k4)"),
        BlockField(name: "qs", bits: 4, count: 256, encoding: "uint4",
                   role: "quants; byte 32c + l holds element 64c + l (low nibble) and 64c + 32 + l"),
    ], element: .uint(4))

    /// Quantises as `quantize_row_q4_K_ref` (= `quantize_q4_K` without an importance matrix).
    public func encode(_ values: UnsafePointer<Float>, count: Int, tensorAmax: Float, into bytes: UnsafeMutableRawPointer) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256 + 32) { levelBuffer in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: 48) { work in
                let levels = levelBuffer.baseAddress!
                for block in 0..<count / 256 {
                    let out = (bytes + block * 144).assumingMemoryBound(to: UInt8.self)
                    KMinQuantizer.quantize(values + block * 256, nmax: 15, rmin: -1, rdelta: 0.1, nstep: 20,
                                           out: out, levels: levels, work: work.baseAddress!, scratch: levels + 256)
                    let qs = out + 16
                    for chunk in 0..<4 {
                        for l in 0..<32 {
                            qs[32 * chunk + l] = levels[64 * chunk + l] | (levels[64 * chunk + 32 + l] << 4)
                        }
                    }
                }
            }
        }
    }

    /// `decode(encode(x))` through `KMinLaneRoundTrip` (the 8 sub-blocks as SIMD lanes, each in the
    /// plain path's operation order), equal to it bit for bit for every input.
    public func roundTrip(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int, tensorAmax: Float) {
        KMinLaneRoundTrip.q4K.roundTrip(input, output, count: count)
    }

    /// Dequantises as `dequantize_row_q4_K`.
    public func decode(_ bytes: UnsafeRawPointer, count: Int, into values: UnsafeMutablePointer<Float>) {
        for block in 0..<count / 256 {
            let p = (bytes + block * 144).assumingMemoryBound(to: UInt8.self)
            let y = values + block * 256
            let d = GGMLHalf.load(p, 0)
            let dmin = GGMLHalf.load(p, 2)
            for chunk in 0..<4 {
                let (sc1, m1) = KScaleMinPacking.scaleMin(2 * chunk, p + 4)
                let (sc2, m2) = KScaleMinPacking.scaleMin(2 * chunk + 1, p + 4)
                let d1 = d * Float(sc1), min1 = dmin * Float(m1)
                let d2 = d * Float(sc2), min2 = dmin * Float(m2)
                let q = p + 16 + 32 * chunk
                for l in 0..<32 {
                    y[64 * chunk + l] = d1 * Float(q[l] & 0xF) - min1
                    y[64 * chunk + 32 + l] = d2 * Float(q[l] >> 4) - min2
                }
            }
        }
    }
}
