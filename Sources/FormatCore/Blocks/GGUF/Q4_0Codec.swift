/// llama.cpp's Q4_0: blocks of 32, an fp16 scale `d = m / -8` (m the value of largest magnitude)
/// and 32 four-bit quants `min(15, trunc(x / d + 8.5))`, element j in the low nibble of byte j and
/// element j + 16 in its high nibble; dequantised `(q - 8) * d`. 4.5 bits per value.
public struct Q4_0Codec: BlockCodec {
    /// Creates the codec.
    public init() {}

    /// `q4_0`.
    public var name: String { "q4_0" }

    /// d (fp16), qs (32 uint4).
    public var layout: BlockLayout { Self.blockLayout }

    private static let blockLayout = BlockLayout(valuesPerBlock: 32, fields: [
        BlockField(name: "d", bits: 16, encoding: "fp16", role: "block scale, -(signed absmax) / 8"),
        BlockField(name: "qs", bits: 4, count: 32, encoding: "uint4",
                   role: "quants, value (q - 8) * d; byte j holds element j (low nibble) and j + 16"),
    ], element: .uint(4))

    /// Quantises as `quantize_row_q4_0_ref` (the float sum `x * id + 8.5` is truncated).
    public func encode(_ values: UnsafePointer<Float>, count: Int, tensorAmax: Float, into bytes: UnsafeMutableRawPointer) {
        for block in 0..<count / 32 {
            let x = values + block * 32
            let out = bytes + block * 18
            var amax: Float = 0
            var signedMax: Float = 0
            for j in 0..<32 where amax < abs(x[j]) {
                amax = abs(x[j])
                signedMax = x[j]
            }
            let d = signedMax / -8
            let id: Float = d != 0 ? 1 / d : 0
            GGMLHalf.store(d, out, 0)
            for j in 0..<16 {
                let q0 = UInt8(truncatingIfNeeded: min(15, Int(GGMLRounding.truncateToInt8(x[j] * id + 8.5))))
                let q1 = UInt8(truncatingIfNeeded: min(15, Int(GGMLRounding.truncateToInt8(x[j + 16] * id + 8.5))))
                out.storeBytes(of: q0 | (q1 << 4), toByteOffset: 2 + j, as: UInt8.self)
            }
        }
    }

    /// Dequantises as `dequantize_row_q4_0`.
    public func decode(_ bytes: UnsafeRawPointer, count: Int, into values: UnsafeMutablePointer<Float>) {
        for block in 0..<count / 32 {
            let p = bytes + block * 18
            let y = values + block * 32
            let d = GGMLHalf.load(p, 0)
            for j in 0..<16 {
                let q = p.load(fromByteOffset: 2 + j, as: UInt8.self)
                y[j] = Float(Int(q & 0xF) - 8) * d
                y[j + 16] = Float(Int(q >> 4) - 8) * d
            }
        }
    }
}
