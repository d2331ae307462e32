import Foundation
import Measure
import Testing

@Suite("HFTensorNames")
struct HFTensorNamesTests {
    /// hf_names.json (make_hf_names.py, gguf-py's TensorNameMap for 4 blocks): architecture -> [hf, gguf].
    static let expected: [String: [[String?]]] = {
        let url = MixFixtures.directory.appendingPathComponent("hf_names.json")
        guard let data = try? Data(contentsOf: url), let root = try? JSONSerialization.jsonObject(with: data) as? [String: [[Any]]] else { return [:] }
        return root.mapValues { rows in rows.map { row in row.map { $0 as? String } } }
    }()

    @Test("every name maps as gguf-py's TensorNameMap and the converter's skips say, per architecture",
          arguments: HFArchitecture.allCases)
    func matchesGGUFPy(architecture: HFArchitecture) throws {
        let rows = try #require(Self.expected[architecture.rawValue])
        #expect(rows.count == 76)
        for row in rows {
            let name = try #require(row[0]), want = row[1]
            let got = HFTensorNames.map(name, architecture: architecture, layerCount: 4)
            #expect(got.hfName == name)
            if want == "-dropped" {
                #expect(got.dropped && got.ggufName == nil, "\(architecture) \(name): \(got.note)")
            } else {
                #expect(!got.dropped && got.ggufName == want, "\(architecture) \(name): got \(got.ggufName ?? "nil") (\(got.note)), gguf-py \(want ?? "nil")")
            }
        }
    }

    @Test("the llama names of the task; without a layer count any layer maps; unknown names say so")
    func llamaNames() {
        let pairs = [("model.embed_tokens.weight", "token_embd.weight"), ("model.layers.12.self_attn.q_proj.weight", "blk.12.attn_q.weight"),
                     ("model.layers.5.self_attn.o_proj.weight", "blk.5.attn_output.weight"), ("model.layers.0.mlp.down_proj.weight", "blk.0.ffn_down.weight"),
                     ("model.layers.0.input_layernorm.weight", "blk.0.attn_norm.weight"), ("model.layers.0.post_attention_layernorm.weight", "blk.0.ffn_norm.weight"),
                     ("model.norm.weight", "output_norm.weight"), ("lm_head.weight", "output.weight"), ("model.layers.123.mlp.up_proj.weight", "blk.123.ffn_up.weight")]
        for (hf, gguf) in pairs { #expect(HFTensorNames.map(hf, architecture: .llama).ggufName == gguf) }
        let unknown = HFTensorNames.map("model.layers.0.mlp.experts.3.w1.weight", architecture: .llama)
        #expect(unknown.ggufName == nil && !unknown.dropped && unknown.note.hasPrefix("unknown name"))
        #expect(HFTensorNames.map("model.layers.99999999999.self_attn.q_proj.weight", architecture: .llama).ggufName == nil)
        #expect(HFArchitecture(hfClassName: "MistralForCausalLM") == .llama && HFArchitecture(hfClassName: "Gemma2ForCausalLM") == .gemma2)
        #expect(HFArchitecture(hfClassName: "GPT2LMHeadModel") == nil)
    }
}
