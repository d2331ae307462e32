import FormatCore

/// How a tensor's stored bytes become float32 values.
public enum TensorEncoding: Sendable, Hashable {
    /// One code of a FormatCore format per element: fp64, fp32, fp16, bf16, the FP8 formats, e8m0fnu,
    /// int8/16/32, uint8/16/32. A 4-bit format (e2m1fn: safetensors `F4`) is packed two codes per byte,
    /// the first element in the low nibble (PyTorch's `float4_e2m1fn_x2`: byte = val1 << 4 | val0).
    /// `bigEndian`: multi-byte codes stored most significant byte first (numpy `>f4`).
    case scalar(Format, bigEndian: Bool)
    /// A 64-bit integer (safetensors I64/U64, GGUF I64, numpy `<i8`/`>u8`): decoded to the nearest
    /// float32 (ties to even), so not exact beyond 2^24. `bigEndian`: numpy `>i8`.
    case wideInteger(bits: Int, signed: Bool, bigEndian: Bool = false)
    /// A block format of FormatCore's `BlockCodecRegistry` (`q4_k`, `q8_0`, `mxfp4_gguf`), decoded by its
    /// codec.
    case block(String)
    /// A tensor that cannot be decoded, and why (`GGUF type IQ2_XXS (16) is not supported`). Never fatal
    /// for the file: its size and place are still checked.
    case unsupported(String)

    /// Whether every stored value decodes to a float32 of exactly its value: true for formats whose
    /// codes all fit float32 (fp16, bf16, FP8, FP4, e8m0fnu, integers of up to 24 bits) and for the
    /// block codecs (their dequantisation is defined in float32); false for fp64, int32, uint32 and the
    /// 64-bit integers (rounded to nearest) and for unsupported tensors.
    public var exactInFloat32: Bool {
        switch self {
        case .scalar(let format, _):
            switch format.kind {
            case .float(let s):
                // Every code is a float32 when the significand fits and so does the exponent range:
                // 8 exponent bits with float32's bias (fp32, bf16, tf32, e8m0fnu), or fewer bits whose
                // largest and smallest (subnormal) exponents lie inside float32's.
                if s.exponentBits > 8 || s.mantissaBits > 23 { return false }
                if s.exponentBits == 8 { return s.bias == 127 }
                return (1 << s.exponentBits) - s.bias <= 127 && -s.bias - s.mantissaBits >= -149
            case .integer(let s):
                return s.bitWidth <= 24
            case .codebook:
                return true
            }
        case .wideInteger:
            return false
        case .block:
            return true
        case .unsupported:
            return false
        }
    }

    /// The reason, for an unsupported tensor.
    public var unsupportedReason: String? {
        if case .unsupported(let reason) = self { return reason }
        return nil
    }
}
