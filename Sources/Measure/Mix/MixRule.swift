/// Which of llama-quantize's rules chose a tensor's type, for tables and heatmaps; `MixChoice.reason`
/// says it in words with the numbers.
public enum MixRule: String, CaseIterable, Sendable, Hashable {
    /// Not quantised (1-D, a norm, a router, a name not ending in `weight`...): the stored type stays.
    case kept
    /// The mix's default type, no rule moved it.
    case mixDefault
    /// `output.weight`: Q6_K (Q8_0 when its rows do not fit the default type's blocks).
    case output
    /// `token_embd.weight` of a model without `output.weight`: it is the output too and follows the
    /// output rule.
    case tiedTokenEmbedding
    /// attn_v (and attn_qkv, attn_kv_b): more bits in some layers.
    case attentionV
    /// attn_k: Q8_0 in 8-expert models.
    case attentionK
    /// attn_output: up one step in Q2_K, Q3_K_M, Q3_K_L and 8-expert models.
    case attentionOutput
    /// ffn_down: more bits in some layers.
    case feedForwardDown

    /// A short label (`attn_v`, `output`, `kept`).
    public var label: String {
        switch self {
        case .kept: "kept"
        case .mixDefault: "mix default"
        case .output: "output"
        case .tiedTokenEmbedding: "tied token_embd"
        case .attentionV: "attn_v"
        case .attentionK: "attn_k"
        case .attentionOutput: "attn_output"
        case .feedForwardDown: "ffn_down"
        }
    }
}
