/// llama.cpp's Q4_1: blocks of 32, an fp16 scale `d = (max - min) / 15`, an fp16 `m = min` and 32
/// four-bit quants `min(15, trunc((x - min) / d + 0.5))`, element j in the low nibble of byte j and
/// j + 16 in its high nibble; dequantised `q * d + m`. 5 bits per value.
public struct Q4_1Codec: BlockCodec {
    /// Creates the codec.
    public init() {}

    /// `q4_1`.
    public var name: String { "q4_1" }

    /// d (fp16), m (fp16), qs (32 uint4).
    public var layout: BlockLayout { Self.blockLayout }

    private static let blockLayout = BlockLayout(valuesPerBlock: 32, fields: [
        BlockField(name: "d", bits: 16, encoding: "fp16", role: "block scale, (max - min) / 15"),
        BlockField(name: "m", bits: 16, encoding: "fp16", role: "block minimum"),
        BlockField(name: "qs", bits: 4, count: 32, encoding: "uint4",
                   role: "quants, value q * d + m; byte j holds element j (low nibble) and j + 16"),
    ], element: .uint(4))

    /// Quantises as `quantize_row_q4_1_ref`.
    public func encode(_ values: UnsafePointer<Float>, count: Int, tensorAmax: Float, into bytes: UnsafeMutableRawPointer) {
        for block in 0..<count / 32 {
            let x = values + block * 32
            let out = bytes + block * 20
            var lo = Float.greatestFiniteMagnitude
            var hi = -Float.greatestFiniteMagnitude
            for j in 0..<32 {
                if x[j] < lo { lo = x[j] }
                if x[j] > hi { hi = x[j] }
            }
            let d = (hi - lo) / 15
            let id: Float = d != 0 ? 1 / d : 0
            GGMLHalf.store(d, out, 0)
            GGMLHalf.store(lo, out, 2)
            for j in 0..<16 {
                let q0 = UInt8(truncatingIfNeeded: min(15, Int(GGMLRounding.truncateToInt8((x[j] - lo) * id + 0.5))))
                let q1 = UInt8(truncatingIfNeeded: min(15, Int(GGMLRounding.truncateToInt8((x[j + 16] - lo) * id + 0.5))))
                out.storeBytes(of: q0 | (q1 << 4), toByteOffset: 4 + j, as: UInt8.self)
            }
        }
    }

    /// Dequantises as `dequantize_row_q4_1`.
    public func decode(_ bytes: UnsafeRawPointer, count: Int, into values: UnsafeMutablePointer<Float>) {
        for block in 0..<count / 32 {
            let p = bytes + block * 20
            let y = values + block * 32
            let d = GGMLHalf.load(p, 0)
            let m = GGMLHalf.load(p, 2)
            for j in 0..<16 {
                let q = p.load(fromByteOffset: 4 + j, as: UInt8.self)
                y[j] = Float(q & 0xF) * d + m
                y[j + 16] = Float(q >> 4) * d + m
            }
        }
    }
}
