/// llama.cpp's Q5_0: blocks of 32, an fp16 scale `d = m / -16` (m the value of largest magnitude),
/// 32 fifth bits (bit j of the little-endian word `qh` for element j) and 32 low nibbles as in Q4_0;
/// quants `min(31, trunc(x / d + 16.5))`, dequantised `(q - 16) * d`. 5.5 bits per value.
public struct Q5_0Codec: BlockCodec {
    /// Creates the codec.
    public init() {}

    /// `q5_0`.
    public var name: String { "q5_0" }

    /// d (fp16), qh (32 bits), qs (32 nibbles).
    public var layout: BlockLayout { Self.blockLayout }

    private static let blockLayout = BlockLayout(valuesPerBlock: 32, fields: [
        BlockField(name: "d", bits: 16, encoding: "fp16", role: "block scale, -(signed absmax) / 16"),
        BlockField(name: "qh", bits: 1, count: 32, encoding: "uint1", role: "bit 4 of each quant, bit j of a little-endian uint32 for element j"),
        BlockField(name: "qs", bits: 4, count: 32, encoding: "uint4",
                   role: "low 4 bits of the quants, value (q - 16) * d; byte j holds element j (low nibble) and j + 16"),
    ], element: .uint(5))

    /// Quantises as `quantize_row_q5_0_ref` (the float sum `x * id + 16.5` is truncated).
    public func encode(_ values: UnsafePointer<Float>, count: Int, tensorAmax: Float, into bytes: UnsafeMutableRawPointer) {
        for block in 0..<count / 32 {
            let x = values + block * 32
            let out = bytes + block * 22
            var amax: Float = 0
            var signedMax: Float = 0
            for j in 0..<32 where amax < abs(x[j]) {
                amax = abs(x[j])
                signedMax = x[j]
            }
            let d = signedMax / -16
            let id: Float = d != 0 ? 1 / d : 0
            GGMLHalf.store(d, out, 0)
            var qh: UInt32 = 0
            for j in 0..<16 {
                let q0 = UInt8(truncatingIfNeeded: min(31, Int(GGMLRounding.truncateToInt8(x[j] * id + 16.5))))
                let q1 = UInt8(truncatingIfNeeded: min(31, Int(GGMLRounding.truncateToInt8(x[j + 16] * id + 16.5))))
                out.storeBytes(of: (q0 & 0xF) | ((q1 & 0xF) << 4), toByteOffset: 6 + j, as: UInt8.self)
                qh |= UInt32((q0 & 0x10) >> 4) << UInt32(j)
                qh |= UInt32((q1 & 0x10) >> 4) << UInt32(j + 16)
            }
            out.storeBytes(of: qh.littleEndian, toByteOffset: 2, as: UInt32.self)
        }
    }

    /// Dequantises as `dequantize_row_q5_0`.
    public func decode(_ bytes: UnsafeRawPointer, count: Int, into values: UnsafeMutablePointer<Float>) {
        for block in 0..<count / 32 {
            let p = bytes + block * 22
            let y = values + block * 32
            let d = GGMLHalf.load(p, 0)
            let qh = UInt32(littleEndian: p.loadUnaligned(fromByteOffset: 2, as: UInt32.self))
            for j in 0..<16 {
                let q = p.load(fromByteOffset: 6 + j, as: UInt8.self)
                let h0 = Int((qh >> UInt32(j)) & 1) << 4
                let h1 = Int((qh >> UInt32(j + 16)) & 1) << 4
                y[j] = Float((Int(q & 0xF) | h0) - 16) * d
                y[j + 16] = Float((Int(q >> 4) | h1) - 16) * d
            }
        }
    }
}
