/// llama.cpp's `tensor_get_category`: the broad kind of a tensor from its name, tested in this order
/// (substring tests, so `attn_qkv.weight` is never read as `attn_v.weight`'s kin by accident).
enum MixTensorCategory: Sendable, Hashable {
    case output, tokenEmbedding, attentionQKV, attentionKVB, attentionV, attentionK, attentionQ, attentionOutput
    case feedForwardUp, feedForwardGate, feedForwardDown, other

    /// The category of the tensor named `name`.
    init(name: String) {
        if name.bytesEqual("output.weight") { self = .output; return }
        if name.bytesEqual("token_embd.weight") || name.bytesEqual("per_layer_token_embd.weight") { self = .tokenEmbedding; return }
        let tests: [(String, MixTensorCategory)] = [
            ("attn_qkv.weight", .attentionQKV), ("attn_kv_b.weight", .attentionKVB), ("attn_v.weight", .attentionV),
            ("attn_k.weight", .attentionK), ("attn_q.weight", .attentionQ), ("attn_output.weight", .attentionOutput),
            ("ffn_up", .feedForwardUp), ("ffn_gate", .feedForwardGate), ("ffn_down", .feedForwardDown),
        ]
        self = tests.first { name.bytesContain($0.0) }?.1 ?? .other
    }

    /// attn_v, attn_qkv and attn_kv_b: the tensors the attn_v rule counts and moves
    /// (`category_is_attn_v`).
    var isAttentionV: Bool { self == .attentionV || self == .attentionQKV || self == .attentionKVB }
}
