/// llama.cpp's `tensor_allows_quantization` with llama-quantize's default parameters: which tensors a
/// mix may change at all (the GLM5_NEXT-only names are left out, as in the reference port).
enum MixQuantisable {
    /// Substrings that keep a tensor as stored: routers, tiny RWKV, conv and multimodal tensors.
    static let keptSubstrings = [
        "ffn_gate_inp.weight", "ffn_gate_tid2eid.weight", "altup", "laurel", "per_layer_model_proj",
        "ssm_conv1d", "shortconv.conv.weight", "indexer.k_proj.weight", "indexer.q_proj.weight",
        "time_mix_first.weight", "time_mix_w0.weight", "time_mix_w1.weight", "time_mix_w2.weight",
        "time_mix_v0.weight", "time_mix_v1.weight", "time_mix_v2.weight", "time_mix_a0.weight",
        "time_mix_a1.weight", "time_mix_a2.weight", "time_mix_g1.weight", "time_mix_g2.weight",
        "time_mix_decay_w1.weight", "time_mix_decay_w2.weight", "time_mix_lerp_fused.weight",
        "attn_rel_b.weight", ".position_embd", "sam.pos_embd", "sam.neck.", "sam.net_", ".rel_pos",
        ".patch_embd", ".patch_merger", "a.rvq.codebook", "mm.a.code_embd",
    ]

    /// Why `tensor` is kept as stored, or nil when a mix may quantise it.
    static func keptReason(_ tensor: MixTensor) -> String? {
        let name = tensor.name
        if tensor.dimensionCount < 2 { return "\(tensor.dimensionCount)-D tensor kept" }
        if !name.bytesEnd(with: "weight") { return "not a weight (name does not end in 'weight'): kept" }
        if name.bytesContain("_norm.weight") { return "norm weights are kept" }
        if let s = keptSubstrings.first(where: { name.bytesContain($0) }) { return "'\(s)' tensors are kept as llama.cpp does" }
        if name.bytesEqual("position_embd.weight") || name.bytesEqual("token_types.weight") { return "position embeddings and token types are kept" }
        return nil
    }
}
