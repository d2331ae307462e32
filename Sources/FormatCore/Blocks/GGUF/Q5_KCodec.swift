/// llama.cpp's Q5_K: as Q4_K with 5-bit quants (the fifth bits in `qh`) and a different scale
/// search; dequantised `d * sc * q - dmin * m`. Bytes: d, dmin, scales (12), qh (32), qs (128).
/// 5.5 bits per value.
public struct Q5_KCodec: BlockCodec {
    /// Creates the codec.
    public init() {}

    /// `q5_k`.
    public var name: String { "q5_k" }

    /// d (fp16), dmin (fp16), scales (8 uint6 scales + 8 uint6 mins), qh (256 bits), qs (256 nibbles).
    public var layout: BlockLayout { Self.blockLayout }

    private static let blockLayout = BlockLayout(valuesPerBlock: 256, fields: [
        BlockField(name: "d", bits: 16, encoding: "fp16", role: "super-block scale of the sub-block scales"),
        BlockField(name: "dmin", bits: 16, encoding: "fp16", role: "super-block scale of the sub-block mins"),
        BlockField(name: "scales", bits: 6, count: 16, encoding: "uint6",
                   role: "8 sub-block scales and 8 mins packed in 12 bytes (get_scale_min_k4)"),
        BlockField(name: "qh", bits: 1, count: 256, encoding: "uint1",
                   role: "bit 4 of the quants; byte l, bit 2c holds element 64c + l and bit 2c + 1 element 64c + 32 + l"),
        BlockField(name: "qs", bits: 4, count: 256, encoding: "uint4",
                   role: "low 4 bits of the quants; byte 32c + l holds element 64c + l (low nibble) and 64c + 32 + l"),
    ], element: .uint(5))

    /// Quantises as `quantize_row_q5_K_ref` (= `quantize_q5_K` without an importance matrix).
    public func encode(_ values: UnsafePointer<Float>, count: Int, tensorAmax: Float, into bytes: UnsafeMutableRawPointer) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256 + 32) { levelBuffer in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: 48) { work in
                let levels = levelBuffer.baseAddress!
                for block in 0..<count / 256 {
                    let out = (bytes + block * 176).assumingMemoryBound(to: UInt8.self)
                    KMinQuantizer.quantize(values + block * 256, nmax: 31, rmin: -0.5, rdelta: 0.1, nstep: 15,
                                           out: out, levels: levels, work: work.baseAddress!, scratch: levels + 256)
                    let qh = out + 16, qs = out + 48
                    for l in 0..<32 { qh[l] = 0 }
                    for chunk in 0..<4 {
                        let m1 = UInt8(1) << UInt8(2 * chunk), m2 = UInt8(2) << UInt8(2 * chunk)
                        for l in 0..<32 {
                            var l1 = levels[64 * chunk + l]
                            if l1 > 15 { l1 -= 16; qh[l] |= m1 }
                            var l2 = levels[64 * chunk + 32 + l]
                            if l2 > 15 { l2 -= 16; qh[l] |= m2 }
                            qs[32 * chunk + l] = l1 | (l2 << 4)
                        }
                    }
                }
            }
        }
    }

    /// `decode(encode(x))` through `KMinLaneRoundTrip` (the 8 sub-blocks as SIMD lanes, each in the
    /// plain path's operation order), equal to it bit for bit for every input.
    public func roundTrip(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int, tensorAmax: Float) {
        KMinLaneRoundTrip.q5K.roundTrip(input, output, count: count)
    }

    /// Dequantises as `dequantize_row_q5_K`.
    public func decode(_ bytes: UnsafeRawPointer, count: Int, into values: UnsafeMutablePointer<Float>) {
        for block in 0..<count / 256 {
            let p = (bytes + block * 176).assumingMemoryBound(to: UInt8.self)
            let y = values + block * 256
            let d = GGMLHalf.load(p, 0)
            let dmin = GGMLHalf.load(p, 2)
            let qh = p + 16
            for chunk in 0..<4 {
                let (sc1, m1) = KScaleMinPacking.scaleMin(2 * chunk, p + 4)
                let (sc2, m2) = KScaleMinPacking.scaleMin(2 * chunk + 1, p + 4)
                let d1 = d * Float(sc1), min1 = dmin * Float(m1)
                let d2 = d * Float(sc2), min2 = dmin * Float(m2)
                let u1 = UInt8(1) << UInt8(2 * chunk), u2 = UInt8(2) << UInt8(2 * chunk)
                let q = p + 48 + 32 * chunk
                for l in 0..<32 {
                    y[64 * chunk + l] = d1 * Float(Int(q[l] & 0xF) + (qh[l] & u1 != 0 ? 16 : 0)) - min1
                    y[64 * chunk + 32 + l] = d2 * Float(Int(q[l] >> 4) + (qh[l] & u2 != 0 ? 16 : 0)) - min2
                }
            }
        }
    }
}
