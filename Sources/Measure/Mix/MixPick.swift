/// One step of `llama_tensor_get_type_impl` for the non-IQ mixes: the type a quantisable tensor gets
/// before the row-length fallback, the rule that chose it and the reason in words.
struct MixPick: Sendable {
    /// The chosen type.
    var type: MixType
    /// The rule that chose it.
    var rule: MixRule
    /// Why, with the numbers.
    var reason: String

    /// The pick for `tensor` of `category` in `mix`; advances the attn_v and ffn counters as llama.cpp
    /// does. Throws when an MoE model's ffn tensor has no valid layer in its name.
    static func choose(_ tensor: MixTensor, _ category: MixTensorCategory, mix: LlamaMix, model: MixModelFacts,
                       layerCount: Int, counters: inout MixCounters) throws(MixError) -> MixPick {
        let base = mix.defaultType
        let falcon = model.architecture == "falcon"
        func to(_ type: MixType, _ rule: MixRule, _ why: String) -> MixPick {
            MixPick(type: type, rule: type == base && rule != .output && rule != .tiedTokenEmbedding ? .mixDefault : rule,
                    reason: type == base && rule != .output && rule != .tiedTokenEmbedding ? "\(why): mix default \(base.ggmlName)" : "\(why) → \(type.ggmlName)")
        }
        switch category {
        case .tokenEmbedding where !counters.tiedEmbeddings:
            return MixPick(type: base, rule: .mixDefault, reason: "token_embd (output.weight separate): mix default \(base.ggmlName)")
        case .output, .tokenEmbedding:
            let rule: MixRule = category == .output ? .output : .tiedTokenEmbedding
            let what = category == .output ? "output tensor" : "token_embd is the output too (no output.weight)"
            if falcon { return to(.q8_0, rule, "\(what) of a falcon model") }
            if tensor.rowLength % base.blockSize != 0 {
                return to(.q8_0, rule, "\(what): row \(tensor.rowLength) not a multiple of \(base.blockSize)")
            }
            return base == .q8_0 ? MixPick(type: .q8_0, rule: rule, reason: "\(what) stays Q8_0") : to(.q6_k, rule, what)
        case .attentionV, .attentionQKV, .attentionKVB:
            let i = counters.attentionVIndex, n = counters.attentionVCount, gqa = model.gqaRatio
            counters.attentionVIndex += 1
            var type = base
            var why = "attn_v index \(i) of \(n)"
            switch mix {
            case .q2_k:
                type = gqa >= 4 ? .q4_k : .q3_k
                why += gqa >= 4 ? ", n_gqa \(gqa) ≥ 4" : ", n_gqa \(gqa) < 4"
            case .q2_k_s where gqa >= 4:
                type = .q4_k
                why += ", n_gqa \(gqa) ≥ 4"
            case .q3_k_m:
                type = i < 2 ? .q5_k : .q4_k
                why += i < 2 ? ", one of the first two" : ""
            case .q3_k_l:
                type = .q5_k
            case .q4_k_m where MixCounters.useMoreBits(i, n), .q5_k_m where MixCounters.useMoreBits(i, n):
                type = .q6_k
                why += ", use_more_bits"
            case .q4_k_s where i < 4:
                type = .q5_k
                why += ", one of the first four"
            default:
                break
            }
            if model.is70B(layerCount: layerCount) && (type == .q3_k || type == .q4_k) {
                type = .q5_k
                why += ", 70B llama"
            }
            if model.expertCount == 8 {
                type = .q8_0
                why += ", 8 experts"
            }
            return to(type, .attentionV, why)
        case .attentionK:
            return model.expertCount == 8 ? to(.q8_0, .attentionK, "attn_k, 8 experts") : to(base, .attentionK, "attn_k")
        case .feedForwardDown:
            let i = try layer(tensor, counters.feedForwardDownIndex, layerCount, model.expertCount), n = layerCount
            counters.feedForwardDownIndex += 1
            return feedForwardDown(mix: mix, base: base, falcon: falcon, imatrix: model.hasImportanceMatrix, layer: i, of: n, to)
        case .attentionOutput:
            let why = "attn_output"
            if falcon { return mix == .q3_k_l ? to(.q4_k, .attentionOutput, why + " (falcon)") : to(base, .attentionOutput, why) }
            if model.expertCount == 8 {
                let up: Set<LlamaMix> = [.q2_k, .q3_k_s, .q3_k_m, .q4_k_s, .q4_k_m]
                return to(up.contains(mix) ? .q5_k : base, .attentionOutput, why + ", 8 experts")
            }
            switch mix {
            case .q2_k: return to(.q3_k, .attentionOutput, why)
            case .q3_k_m: return to(.q4_k, .attentionOutput, why)
            case .q3_k_l: return to(.q5_k, .attentionOutput, why)
            default: return to(base, .attentionOutput, why)
            }
        case .feedForwardGate:
            _ = try layer(tensor, counters.feedForwardGateIndex, layerCount, model.expertCount)
            counters.feedForwardGateIndex += 1
            return MixPick(type: base, rule: .mixDefault, reason: "ffn_gate: mix default \(base.ggmlName)")
        case .feedForwardUp:
            _ = try layer(tensor, counters.feedForwardUpIndex, layerCount, model.expertCount)
            counters.feedForwardUpIndex += 1
            return MixPick(type: base, rule: .mixDefault, reason: "ffn_up: mix default \(base.ggmlName)")
        case .attentionQ, .other:
            return MixPick(type: base, rule: .mixDefault, reason: "mix default \(base.ggmlName)")
        }
    }

    /// The ffn_down rules for layer `i` of `n`.
    private static func feedForwardDown(mix: LlamaMix, base: MixType, falcon: Bool, imatrix: Bool, layer i: Int, of n: Int,
                                        _ to: (MixType, MixRule, String) -> MixPick) -> MixPick {
        let why = "ffn_down layer \(i) of \(n)"
        let more = MixCounters.useMoreBits(i, n)
        switch mix {
        case .q2_k:
            return to(.q3_k, .feedForwardDown, why)
        case .q2_k_s where i < n / 8:
            return to(.q4_k, .feedForwardDown, why + ", first eighth")
        case .q3_k_m:
            if i < n / 16 { return to(.q5_k, .feedForwardDown, why + ", first sixteenth") }
            return !falcon || more ? to(.q4_k, .feedForwardDown, why + (falcon ? ", use_more_bits" : ""))
                                   : to(.q3_k, .feedForwardDown, why + " (falcon)")
        case .q3_k_l:
            return to(falcon ? .q4_k : .q5_k, .feedForwardDown, why + (falcon ? " (falcon)" : ""))
        case .q4_k_m:
            if falcon {
                if i < n / 16 { return to(.q6_k, .feedForwardDown, why + " (falcon), first sixteenth") }
                return more ? to(.q5_k, .feedForwardDown, why + " (falcon), use_more_bits") : to(.q4_k, .feedForwardDown, why + " (falcon)")
            }
            return more ? to(.q6_k, .feedForwardDown, why + ", use_more_bits") : to(base, .feedForwardDown, why)
        case .q5_k_m where more:
            return to(.q6_k, .feedForwardDown, why + ", use_more_bits")
        case .q4_k_s where !falcon && i < n / 8:
            return to(.q5_k, .feedForwardDown, why + ", first eighth")
        case .q4_0 where imatrix && i < n / 8:
            return to(.q4_1, .feedForwardDown, why + ", first eighth with an importance matrix")
        case .q5_0 where imatrix && i < n / 8:
            return to(.q5_1, .feedForwardDown, why + ", first eighth with an importance matrix")
        default:
            return to(base, .feedForwardDown, why)
        }
    }

    /// llama.cpp's `layer_info`: the visiting count `index`, or in an MoE model (more than one expert)
    /// the `blk.N.` number of the name, which must lie in 0..<`layerCount`.
    private static func layer(_ tensor: MixTensor, _ index: Int, _ layerCount: Int, _ experts: Int) throws(MixError) -> Int {
        guard max(1, experts) > 1 else { return index }
        let i = tensor.layer
        guard i >= 0 && i < layerCount else {
            throw MixError("bad layer \(i) for \(tensor.name): an MoE model's ffn tensors need a blk.N. name with N in 0..<\(layerCount) (the layer count)")
        }
        return i
    }
}
