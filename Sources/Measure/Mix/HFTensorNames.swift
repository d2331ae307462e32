/// Hugging Face (transformers) tensor names of llama-style models mapped to GGUF names as llama.cpp's
/// converter maps them: `model.embed_tokens.weight` → `token_embd.weight`,
/// `model.layers.N.self_attn.q_proj.weight` → `blk.N.attn_q.weight`, `lm_head.weight` →
/// `output.weight`... Checked against gguf-py's `TensorNameMap` (llama.cpp 0c1e570). Mixtral's experts
/// (`model.layers.N.block_sparse_moe.experts.E.w1.weight`, w1/w2/w3) map to the 3-D tensors the
/// converter stacks them into (`blk.N.ffn_gate_exps.weight`, `ffn_down_exps`, `ffn_up_exps`); the
/// experts of other MoE families are not mapped.
public enum HFTensorNames {
    /// Names outside the layers: (Hugging Face stem, GGUF stem, architectures; nil: all).
    static let global: [(hf: String, gguf: String, only: Set<HFArchitecture>?)] = [
        ("model.embed_tokens", "token_embd", nil),
        ("model.norm", "output_norm", nil),
        ("lm_head", "output", [.llama, .qwen2, .qwen3, .gemma3]),
    ]

    /// Names inside `model.layers.N.`: (Hugging Face stem, GGUF stem, architectures; nil: all).
    static let perLayer: [(hf: String, gguf: String, only: Set<HFArchitecture>?)] = [
        ("input_layernorm", "attn_norm", nil),
        ("self_attn.q_proj", "attn_q", nil),
        ("self_attn.k_proj", "attn_k", nil),
        ("self_attn.v_proj", "attn_v", nil),
        ("self_attn.o_proj", "attn_output", nil),
        ("mlp.gate_proj", "ffn_gate", nil),
        ("mlp.up_proj", "ffn_up", nil),
        ("mlp.down_proj", "ffn_down", nil),
        ("post_attention_layernorm", "ffn_norm", [.llama, .qwen2, .qwen3, .gemma]),
        ("post_attention_layernorm", "post_attention_norm", [.gemma2, .gemma3]),
        ("pre_feedforward_layernorm", "ffn_norm", [.gemma2, .gemma3]),
        ("post_feedforward_layernorm", "post_ffw_norm", [.gemma2, .gemma3]),
        ("self_attn.q_norm", "attn_q_norm", [.qwen3, .gemma3]),
        ("self_attn.k_norm", "attn_k_norm", [.qwen3, .gemma3]),
        ("block_sparse_moe.gate", "ffn_gate_inp", [.llama]),
        ("mlp.gate", "ffn_gate_inp", [.llama]),
    ]

    /// Name endings the converter skips before mapping (`conversion/base.py`).
    static let skippedEndings = [".attention.masked_bias", ".attention.bias", ".rotary_emb.inv_freq"]

    /// The mapping of one name. `layerCount`, when given, bounds N in `model.layers.N.` as the
    /// converter's map (built for that many blocks) does. A name that is already a GGUF name of the
    /// architecture maps to itself.
    public static func map(_ name: String, architecture: HFArchitecture, layerCount: Int? = nil) -> HFNameMapping {
        if let ending = skippedEndings.first(where: { name.bytesEnd(with: $0) }) {
            return HFNameMapping(hfName: name, ggufName: nil, dropped: true, note: "dropped by the converter (names ending in \(ending) are skipped)")
        }
        if name.bytesEqual("lm_head.weight") && (architecture == .gemma || architecture == .gemma2) {
            return HFNameMapping(hfName: name, ggufName: nil, dropped: true, note: "dropped by the converter (\(architecture.rawValue) uses token_embd as the output)")
        }
        let (stem, suffix) = split(name)
        if let (layer, rest) = layerAndRest(stem, prefix: "model.layers.") {
            if let count = layerCount, layer >= count {
                return HFNameMapping(hfName: name, ggufName: nil, note: "unknown name: layer \(layer) is beyond the model's \(count) layers")
            }
            if architecture == .llama, suffix == ".weight", let (expert, merged) = mixtralExpert(rest) {
                return HFNameMapping(hfName: name, ggufName: "blk.\(layer).\(merged).weight",
                                     note: "expert \(expert), stacked with the layer's other experts by the converter", expert: expert)
            }
            if let entry = perLayer.first(where: { $0.hf.bytesEqual(rest) && ($0.only?.contains(architecture) ?? true) }) {
                return HFNameMapping(hfName: name, ggufName: "blk.\(layer).\(entry.gguf)\(suffix)", note: "mapped")
            }
        } else if let entry = global.first(where: { $0.hf.bytesEqual(stem) && ($0.only?.contains(architecture) ?? true) }) {
            return HFNameMapping(hfName: name, ggufName: entry.gguf + suffix, note: "mapped")
        }
        if isGGUFName(stem, architecture: architecture, layerCount: layerCount) {
            return HFNameMapping(hfName: name, ggufName: name, note: "already a GGUF name")
        }
        return HFNameMapping(hfName: name, ggufName: nil, note: "unknown name: llama.cpp's converter has no \(architecture.rawValue) mapping for it")
    }

    /// The expert E and the merged GGUF stem of `block_sparse_moe.experts.E.w1` (w1: ffn_gate_exps,
    /// w2: ffn_down_exps, w3: ffn_up_exps; `conversion/llama.py` stacks them), nil for another stem.
    static func mixtralExpert(_ rest: String) -> (Int, String)? {
        guard let (expert, which) = layerAndRest(rest, prefix: "block_sparse_moe.experts.") else { return nil }
        switch which {
        case "w1": return (expert, "ffn_gate_exps")
        case "w2": return (expert, "ffn_down_exps")
        case "w3": return (expert, "ffn_up_exps")
        default: return nil
        }
    }

    /// `name` split before a final `.weight` or `.bias` (the converter's `try_suffixes`).
    static func split(_ name: String) -> (stem: String, suffix: String) {
        for suffix in [".weight", ".bias"] where name.bytesEnd(with: suffix) {
            return (String(decoding: name.utf8.dropLast(suffix.utf8.count), as: UTF8.self), suffix)
        }
        return (name, "")
    }

    /// The layer N and the rest of `prefix` + `N.` + rest, N written as the converter writes it (no
    /// sign, no leading zeros); nil for another name.
    static func layerAndRest(_ stem: String, prefix: String) -> (Int, String)? {
        let bytes = Array(stem.utf8), p = Array(prefix.utf8)
        guard bytes.starts(with: p) else { return nil }
        var i = p.count, value = 0
        let start = i
        while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9"), i - start < 9 {
            value = value * 10 + Int(bytes[i] - UInt8(ascii: "0"))
            i += 1
        }
        let digits = i - start
        guard digits > 0, i < bytes.count, bytes[i] == UInt8(ascii: "."),
              digits == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
        return (value, String(decoding: bytes[(i + 1)...], as: UTF8.self))
    }

    /// Whether `stem` is a GGUF name the converter writes for `architecture` (`token_embd`,
    /// `blk.3.attn_q`).
    static func isGGUFName(_ stem: String, architecture: HFArchitecture, layerCount: Int?) -> Bool {
        if global.contains(where: { $0.gguf.bytesEqual(stem) && ($0.only?.contains(architecture) ?? true) }) { return true }
        guard let (layer, rest) = layerAndRest(stem, prefix: "blk.") else { return false }
        if let count = layerCount, layer >= count { return false }
        if architecture == .llama && ["ffn_gate_exps", "ffn_down_exps", "ffn_up_exps"].contains(where: { $0.bytesEqual(rest) }) { return true }
        return perLayer.contains { $0.gguf.bytesEqual(rest) && ($0.only?.contains(architecture) ?? true) }
    }
}
