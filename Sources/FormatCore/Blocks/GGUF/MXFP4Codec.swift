/// ggml's MXFP4 (GGUF type MXFP4): blocks of 32, one E8M0 byte `e` and 32 E2M1 codes, element j in
/// the low nibble of byte j and j + 16 in the high nibble (OCP's layout packs neighbours instead);
/// dequantised `level * 2^(e - 127)`. The scale is `floor(log2f(amax)) - 2 + 127` with glibc's
/// float32 log2f (so an amax just below a power of two can take the next exponent); each element is
/// the code whose value times the scale is nearest, the lower code on ties. 4.25 bits per value.
public struct MXFP4Codec: BlockCodec {
    /// Creates the codec.
    public init() {}

    /// `mxfp4_gguf`: `mxfp4` is OCP's MX format (`SharedExponentBlockCodec`), whose scale rule, tie rule
    /// and nibble order differ.
    public var name: String { "mxfp4_gguf" }

    /// e (e8m0fnu), qs (32 e2m1fn).
    public var layout: BlockLayout { Self.blockLayout }

    private static let blockLayout = BlockLayout(valuesPerBlock: 32, fields: [
        BlockField(name: "e", bits: 8, encoding: "e8m0fnu", role: "block scale 2^(e - 127)"),
        BlockField(name: "qs", bits: 4, count: 32, encoding: "e2m1fn",
                   role: "element codes; byte j holds element j (low nibble) and j + 16"),
    ], element: .e2m1fn)

    /// ggml's `kvalues_mxfp4`: twice the E2M1 values, indexed by code.
    static let doubledLevels: [Int8] = [0, 1, 2, 3, 4, 6, 8, 12, 0, -1, -2, -3, -4, -6, -8, -12]

    /// Half the scale of E8M0 code `e` (ggml's `GGML_E8M0_TO_FP32_HALF`), the factor of `doubledLevels`.
    @inline(__always)
    static func halfScale(_ e: UInt8) -> Float {
        e < 2 ? Float(bitPattern: UInt32(0x0020_0000) << UInt32(e)) : Float(bitPattern: UInt32(e - 1) << 23)
    }

    /// Quantises as `quantize_row_mxfp4_ref` (= `quantize_mxfp4`).
    public func encode(_ values: UnsafePointer<Float>, count: Int, tensorAmax: Float, into bytes: UnsafeMutableRawPointer) {
        Self.doubledLevels.withUnsafeBufferPointer { levels in
            for block in 0..<count / 32 {
                let x = values + block * 32
                let out = (bytes + block * 17).assumingMemoryBound(to: UInt8.self)
                var amax: Float = 0
                for j in 0..<32 where amax < abs(x[j]) { amax = abs(x[j]) }
                let e: UInt8 = amax > 0 ? GGMLRounding.truncateToUInt8(GGMLLog2.floorLog2f(amax) - 2 + 127) : 0
                let d = Self.halfScale(e)
                out[0] = e
                @inline(__always) func nearest(_ v: Float) -> UInt8 {
                    var best = 0
                    var bestError = abs(Float(levels[0]) * d - v)
                    for i in 1..<16 {
                        let error = abs(Float(levels[i]) * d - v)
                        if error < bestError {
                            best = i
                            bestError = error
                        }
                    }
                    return UInt8(best)
                }
                for j in 0..<16 {
                    out[1 + j] = nearest(x[j]) | (nearest(x[j + 16]) << 4)
                }
            }
        }
    }

    /// Dequantises as `dequantize_row_mxfp4`.
    public func decode(_ bytes: UnsafeRawPointer, count: Int, into values: UnsafeMutablePointer<Float>) {
        for block in 0..<count / 32 {
            let p = (bytes + block * 17).assumingMemoryBound(to: UInt8.self)
            let y = values + block * 32
            let d = Self.halfScale(p[0])
            for j in 0..<16 {
                y[j] = Float(Self.doubledLevels[Int(p[1 + j] & 0xF)]) * d
                y[j + 16] = Float(Self.doubledLevels[Int(p[1 + j] >> 4)]) * d
            }
        }
    }
}
