/// A ggml tensor type that a llama.cpp mix can give a tensor: the three float types and the legacy and
/// k-quant block types (the IQ types are not part of the mixes ported here).
public enum MixType: String, CaseIterable, Sendable, Hashable {
    case f32 = "F32", f16 = "F16", bf16 = "BF16"
    case q4_0 = "Q4_0", q4_1 = "Q4_1", q5_0 = "Q5_0", q5_1 = "Q5_1", q8_0 = "Q8_0"
    case q2_k = "Q2_K", q3_k = "Q3_K", q4_k = "Q4_K", q5_k = "Q5_K", q6_k = "Q6_K"

    /// The name ggml and gguf-dump print (`Q4_K`, `BF16`).
    public var ggmlName: String { rawValue }

    /// The name floatscope's target parser knows: a block codec of the registry (`q4_k`, `q8_0`) or a
    /// scalar format (`fp32`, `fp16`, `bf16`).
    public var targetName: String {
        switch self {
        case .f32: "fp32"
        case .f16: "fp16"
        case .bf16: "bf16"
        default: rawValue.lowercased()
        }
    }

    /// Values per block (ggml's `blck_size`): 1 for the float types, 32 for the legacy types, 256 for
    /// the k-quants.
    public var blockSize: Int {
        switch self {
        case .f32, .f16, .bf16: 1
        case .q4_0, .q4_1, .q5_0, .q5_1, .q8_0: 32
        case .q2_k, .q3_k, .q4_k, .q5_k, .q6_k: 256
        }
    }

    /// Whether ggml counts the type as quantised (`ggml_is_quantized`): every block type.
    public var isQuantized: Bool { blockSize > 1 }

    /// The type named `name` in ggml's spelling, any case (`q4_k`, `F16`); nil for another name.
    public init?(ggmlName name: String) {
        self.init(rawValue: name.uppercased())
    }
}
