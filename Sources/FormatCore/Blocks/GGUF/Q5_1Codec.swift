/// llama.cpp's Q5_1: blocks of 32, an fp16 scale `d = (max - min) / 31`, an fp16 `m = min`, 32 fifth
/// bits (bit j of the little-endian word `qh` for element j) and 32 low nibbles as in Q4_1; quants
/// `trunc((x - min) / d + 0.5)`, dequantised `q * d + m`. 6 bits per value.
public struct Q5_1Codec: BlockCodec {
    /// Creates the codec.
    public init() {}

    /// `q5_1`.
    public var name: String { "q5_1" }

    /// d (fp16), m (fp16), qh (32 bits), qs (32 nibbles).
    public var layout: BlockLayout { Self.blockLayout }

    private static let blockLayout = BlockLayout(valuesPerBlock: 32, fields: [
        BlockField(name: "d", bits: 16, encoding: "fp16", role: "block scale, (max - min) / 31"),
        BlockField(name: "m", bits: 16, encoding: "fp16", role: "block minimum"),
        BlockField(name: "qh", bits: 1, count: 32, encoding: "uint1", role: "bit 4 of each quant, bit j of a little-endian uint32 for element j"),
        BlockField(name: "qs", bits: 4, count: 32, encoding: "uint4",
                   role: "low 4 bits of the quants, value q * d + m; byte j holds element j (low nibble) and j + 16"),
    ], element: .uint(5))

    /// Quantises as `quantize_row_q5_1_ref`.
    public func encode(_ values: UnsafePointer<Float>, count: Int, tensorAmax: Float, into bytes: UnsafeMutableRawPointer) {
        for block in 0..<count / 32 {
            let x = values + block * 32
            let out = bytes + block * 24
            var lo = Float.greatestFiniteMagnitude
            var hi = -Float.greatestFiniteMagnitude
            for j in 0..<32 {
                if x[j] < lo { lo = x[j] }
                if x[j] > hi { hi = x[j] }
            }
            let d = (hi - lo) / 31
            let id: Float = d != 0 ? 1 / d : 0
            GGMLHalf.store(d, out, 0)
            GGMLHalf.store(lo, out, 2)
            var qh: UInt32 = 0
            for j in 0..<16 {
                let q0 = GGMLRounding.truncateToUInt8((x[j] - lo) * id + 0.5)
                let q1 = GGMLRounding.truncateToUInt8((x[j + 16] - lo) * id + 0.5)
                out.storeBytes(of: (q0 & 0xF) | ((q1 & 0xF) << 4), toByteOffset: 8 + j, as: UInt8.self)
                qh |= UInt32((q0 & 0x10) >> 4) << UInt32(j)
                qh |= UInt32((q1 & 0x10) >> 4) << UInt32(j + 16)
            }
            out.storeBytes(of: qh.littleEndian, toByteOffset: 4, as: UInt32.self)
        }
    }

    /// Dequantises as `dequantize_row_q5_1`.
    public func decode(_ bytes: UnsafeRawPointer, count: Int, into values: UnsafeMutablePointer<Float>) {
        for block in 0..<count / 32 {
            let p = bytes + block * 24
            let y = values + block * 32
            let d = GGMLHalf.load(p, 0)
            let m = GGMLHalf.load(p, 2)
            let qh = UInt32(littleEndian: p.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
            for j in 0..<16 {
                let q = p.load(fromByteOffset: 8 + j, as: UInt8.self)
                let h0 = Int((qh >> UInt32(j)) & 1) << 4
                let h1 = Int((qh >> UInt32(j + 16)) & 1) << 4
                y[j] = Float(Int(q & 0xF) | h0) * d + m
                y[j + 16] = Float(Int(q >> 4) | h1) * d + m
            }
        }
    }
}
