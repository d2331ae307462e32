/// llama.cpp's Q8_0: blocks of 32, an fp16 scale `d = amax / 127` and 32 int8 quants
/// `round(x / d)` (half away from zero, `roundf`); dequantised `q * d`. 8.5 bits per value.
public struct Q8_0Codec: BlockCodec {
    /// Creates the codec.
    public init() {}

    /// `q8_0`.
    public var name: String { "q8_0" }

    /// d (fp16), qs (32 int8).
    public var layout: BlockLayout { Self.blockLayout }

    private static let blockLayout = BlockLayout(valuesPerBlock: 32, fields: [
        BlockField(name: "d", bits: 16, encoding: "fp16", role: "block scale, amax / 127"),
        BlockField(name: "qs", bits: 8, count: 32, encoding: "int8", role: "quants, value q * d"),
    ], element: .int(8))

    /// Quantises as `quantize_row_q8_0_ref`.
    public func encode(_ values: UnsafePointer<Float>, count: Int, tensorAmax: Float, into bytes: UnsafeMutableRawPointer) {
        for block in 0..<count / 32 {
            let x = values + block * 32
            let out = bytes + block * 34
            var amax: Float = 0
            for j in 0..<32 {
                let a = abs(x[j])
                amax = amax > a ? amax : a
            }
            let d = amax / 127
            let id: Float = d != 0 ? 1 / d : 0
            GGMLHalf.store(d, out, 0)
            for j in 0..<32 {
                let q = GGMLRounding.truncateToInt8((x[j] * id).rounded(.toNearestOrAwayFromZero))
                out.storeBytes(of: q, toByteOffset: 2 + j, as: Int8.self)
            }
        }
    }

    /// `decode(encode(x))` through `Q8_0LaneRoundTrip` (SIMD, the plain path for blocks with
    /// non-finite values), equal to it bit for bit.
    public func roundTrip(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int, tensorAmax: Float) {
        Q8_0LaneRoundTrip.roundTrip(input, output, count: count, codec: self)
    }

    /// Dequantises as `dequantize_row_q8_0`.
    public func decode(_ bytes: UnsafeRawPointer, count: Int, into values: UnsafeMutablePointer<Float>) {
        for block in 0..<count / 32 {
            let p = bytes + block * 34
            let y = values + block * 32
            let d = GGMLHalf.load(p, 0)
            for j in 0..<32 {
                y[j] = Float(p.load(fromByteOffset: 2 + j, as: Int8.self)) * d
            }
        }
    }
}
