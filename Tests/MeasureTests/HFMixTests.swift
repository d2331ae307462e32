import Measure
import Testing

@Suite("LlamaMixRules on Hugging Face names")
struct HFMixTests {
    /// The Hugging Face name of a GGUF name of the fixtures' dense models (the converter's map, reversed).
    static func hfName(_ gguf: String) -> String {
        let global = ["token_embd": "model.embed_tokens", "output_norm": "model.norm", "output": "lm_head"]
        let layer = ["attn_norm": "input_layernorm", "attn_q": "self_attn.q_proj", "attn_k": "self_attn.k_proj", "attn_v": "self_attn.v_proj",
                     "attn_output": "self_attn.o_proj", "ffn_norm": "post_attention_layernorm", "ffn_gate": "mlp.gate_proj",
                     "ffn_up": "mlp.up_proj", "ffn_down": "mlp.down_proj", "attn_q_norm": "self_attn.q_norm", "attn_k_norm": "self_attn.k_norm"]
        var parts = gguf.split(separator: ".").map(String.init)
        let suffix = parts.removeLast()
        if parts.count == 1 { return "\(global[parts[0]] ?? "?").\(suffix)" }
        return "model.layers.\(parts[1]).\(layer[parts[2]] ?? "?").\(suffix)"
    }

    @Test("a checkpoint in Hugging Face names and outermost-first shapes gets mix.py's types for the converted model",
          arguments: [("llama7b", HFArchitecture.llama), ("qwen05b", .qwen2), ("tied1b", .llama), ("qwen3like", .qwen3), ("gqa8b", .llama)])
    func convertedModels(model name: String, architecture: HFArchitecture) throws {
        let model = try #require(MixFixtures.models.first { $0.name == name })
        let hf = model.tensors.map { MixTensor(name: Self.hfName($0.name), outermostFirst: $0.ggmlShape.reversed(), sourceType: "BF16") }
            + [MixTensor(name: "model.layers.0.self_attn.rotary_emb.inv_freq", outermostFirst: [64], sourceType: "F32"),
               MixTensor(name: "model.vision_tower.patch.weight", outermostFirst: [64, 3], sourceType: "BF16")]
        for run in model.runs {
            guard let expected = run.types else { continue }
            var facts = model.facts
            facts.hasImportanceMatrix = run.imatrix
            let got = try LlamaMixRules.types(forHF: hf, architecture: architecture, model: facts, mix: try LlamaMix.parse(run.mix))
            #expect(got.count == hf.count)
            for (i, want) in expected.enumerated() {
                #expect(got[i].mapping.ggufName == model.tensors[i].name)
                #expect(got[i].choice?.typeName == want, "\(name) \(run.mix) \(hf[i].name): \(got[i].choice?.reason ?? "no choice")")
            }
            let dropped = got[got.count - 2], unknown = got[got.count - 1]
            #expect(dropped.choice == nil && dropped.mapping.dropped)
            #expect(unknown.choice?.rule == .kept && unknown.choice?.typeName == "BF16" && unknown.choice?.reason.contains("unknown name") == true)
        }
    }

    @Test("a Mixtral checkpoint: experts stacked per layer and kind get mix.py's types for the 3-D tensors, with the expert count given or counted",
          arguments: [8, 0])
    func mixtral(expertCount: Int) throws {
        let model = try #require(MixFixtures.models.first { $0.name == "mixtral8" })
        var hf: [MixTensor] = [], source: [Int] = []
        for (i, t) in model.tensors.enumerated() {
            let parts = t.name.split(separator: ".").map(String.init)
            let kinds = ["ffn_gate_exps": "w1", "ffn_down_exps": "w2", "ffn_up_exps": "w3"]
            if parts.count == 4, let w = kinds[parts[2]] {
                for e in (0..<8).reversed() {
                    hf.append(MixTensor(name: "model.layers.\(parts[1]).block_sparse_moe.experts.\(e).\(w).weight", ggmlShape: Array(t.ggmlShape.prefix(2))))
                    source.append(i)
                }
            } else {
                let name = parts.count == 4 && parts[2] == "ffn_gate_inp" ? "model.layers.\(parts[1]).block_sparse_moe.gate.weight" : Self.hfName(t.name)
                hf.append(MixTensor(name: name, ggmlShape: t.ggmlShape))
                source.append(i)
            }
        }
        var facts = model.facts
        facts.expertCount = expertCount
        for run in model.runs {
            guard let expected = run.types else { continue }
            facts.hasImportanceMatrix = run.imatrix
            let got = try LlamaMixRules.types(forHF: hf, architecture: .llama, model: facts, mix: try LlamaMix.parse(run.mix))
            for (k, choice) in got.enumerated() {
                #expect(choice.mapping.ggufName == model.tensors[source[k]].name)
                #expect(choice.choice?.typeName == expected[source[k]], "\(run.mix) \(hf[k].name): \(choice.choice?.reason ?? "none")")
            }
        }
        let missing = hf.filter { $0.name != "model.layers.3.block_sparse_moe.experts.5.w2.weight" }
        do { _ = try LlamaMixRules.types(forHF: missing, architecture: .llama, model: facts, mix: .q4_k_m); Issue.record("accepted a missing expert") } catch {
            #expect(error.description.contains(expertCount == 8 ? "blk.3.ffn_down_exps.weight stacks experts 0 to 7 (8 experts), but the checkpoint has 7" : "different numbers of experts ([7, 8])"))
        }
        var reshaped = hf
        reshaped[reshaped.firstIndex { $0.name.hasSuffix("experts.2.w1.weight") }!].ggmlShape = [4096, 100]
        #expect(throws: MixError.self) { try LlamaMixRules.types(forHF: reshaped, architecture: .llama, model: facts, mix: .q4_k_m) }
    }

    @Test("Gemma's lm_head is dropped, so token_embd is the output; two names for one GGUF tensor are an error")
    func gemmaAndDuplicates() throws {
        let ts = [MixTensor(name: "model.embed_tokens.weight", outermostFirst: [256000, 2048]), MixTensor(name: "lm_head.weight", outermostFirst: [256000, 2048]),
                  MixTensor(name: "model.layers.0.self_attn.v_proj.weight", outermostFirst: [256, 2048])]
        let got = try LlamaMixRules.types(forHF: ts, architecture: .gemma, model: MixModelFacts(architecture: "gemma"), mix: .q4_k_m)
        #expect(got[0].choice?.type == .q6_k && got[0].choice?.rule == .tiedTokenEmbedding)
        #expect(got[1].choice == nil && got[1].mapping.dropped)
        let llama = try LlamaMixRules.types(forHF: ts, architecture: .llama, model: MixModelFacts(), mix: .q4_k_m)
        #expect(llama[0].choice?.type == .q4_k && llama[1].choice?.rule == .output)
        let moe = [MixTensor(name: "model.layers.0.block_sparse_moe.gate.weight", outermostFirst: [8, 256], sourceType: "BF16"),
                   MixTensor(name: "model.layers.0.self_attn.q_proj.weight", outermostFirst: [256, 256], sourceType: "BF16")]
        let routed = try LlamaMixRules.types(forHF: moe, architecture: .llama, model: MixModelFacts(), mix: .bf16, convertedAs: .bf16)
        #expect(routed[0].choice?.typeName == "F32" && routed[0].choice?.rule == .kept)
        #expect(routed[1].choice?.typeName == "BF16" && routed[1].choice?.rule == .mixDefault)
        let twice = [MixTensor(name: "model.layers.0.mlp.gate.weight", outermostFirst: [8, 256]),
                     MixTensor(name: "model.layers.0.block_sparse_moe.gate.weight", outermostFirst: [8, 256])]
        do { _ = try LlamaMixRules.types(forHF: twice, architecture: .llama, model: MixModelFacts(), mix: .q4_k_m); Issue.record("accepted") } catch {
            #expect(error.description.contains("both map to blk.0.ffn_gate_inp.weight"))
        }
    }
}
