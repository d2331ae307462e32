import Measure
import Testing

@Suite("LlamaMixRules reasons and errors")
struct LlamaMixReasonTests {
    /// A small llama with `layers` layers, row length `d`, untied unless `tied`.
    static func llama(layers: Int, d: Int = 256, ff: Int = 512, tied: Bool = false) -> [MixTensor] {
        var ts = [MixTensor(name: "token_embd.weight", ggmlShape: [d, 1000]), MixTensor(name: "output_norm.weight", ggmlShape: [d])]
        if !tied { ts.append(MixTensor(name: "output.weight", ggmlShape: [d, 1000])) }
        for i in 0..<layers {
            ts += [MixTensor(name: "blk.\(i).attn_v.weight", ggmlShape: [d, d]), MixTensor(name: "blk.\(i).ffn_down.weight", ggmlShape: [ff, d]),
                   MixTensor(name: "blk.\(i).attn_norm.weight", ggmlShape: [d])]
        }
        return ts
    }

    static func choice(_ choices: [MixChoice], _ name: String) -> MixChoice? { choices.first { $0.name == name } }

    @Test("use_more_bits layers of attn_v and ffn_down say so; other layers keep the mix default")
    func useMoreBits() throws {
        let c = try LlamaMixRules.types(for: Self.llama(layers: 8), model: MixModelFacts(), mix: .q4_k_m)
        let v0 = try #require(Self.choice(c, "blk.0.attn_v.weight")), v1 = try #require(Self.choice(c, "blk.1.attn_v.weight"))
        #expect(v0.type == .q6_k && v0.rule == .attentionV && v0.reason.contains("use_more_bits"))
        #expect(v1.type == .q4_k && v1.rule == .mixDefault)  // 8 layers: 1 is not < 8/8, not >= 7, (1 - 1) % 3 != 2
        let down2 = try #require(Self.choice(c, "blk.2.ffn_down.weight"))
        #expect(down2.type == .q4_k && down2.rule == .mixDefault && down2.reason.contains("ffn_down layer 2 of 8"))
        let down3 = try #require(Self.choice(c, "blk.3.ffn_down.weight"))
        #expect(down3.type == .q6_k && down3.rule == .feedForwardDown && down3.reason.hasSuffix("use_more_bits → Q6_K"))
    }

    @Test("output is Q6_K, or Q8_0 when its rows do not fit; a tied token_embd follows it; 1-D tensors are kept as F32")
    func outputAndKept() throws {
        let untied = try LlamaMixRules.types(for: Self.llama(layers: 2), model: MixModelFacts(), mix: .q4_k_m)
        let out = try #require(Self.choice(untied, "output.weight"))
        #expect(out.type == .q6_k && out.rule == .output && out.reason == "output tensor → Q6_K")
        #expect(Self.choice(untied, "token_embd.weight")?.type == .q4_k)
        let norm = try #require(Self.choice(untied, "blk.0.attn_norm.weight"))
        #expect(norm.rule == .kept && norm.typeName == "F32" && norm.type == .f32 && norm.reason == "1-D tensor kept as F32")

        let tied = try LlamaMixRules.types(for: Self.llama(layers: 2, d: 896, ff: 4864, tied: true), model: MixModelFacts(), mix: .q4_k_m)
        let embd = try #require(Self.choice(tied, "token_embd.weight"))
        #expect(embd.type == .q8_0 && embd.rule == .tiedTokenEmbedding && embd.reason.contains("row 896 not a multiple of 256"))
        let v = try #require(Self.choice(tied, "blk.1.attn_v.weight"))
        #expect(v.type == .q8_0 && v.fallbackFrom == .q6_k && v.reason.hasSuffix("fallback: row 896 not a multiple of 256 → Q8_0"))
        #expect(v.targetName == "q8_0")
    }

    @Test("rows that fit no 32-block fall back to F16; a kept tensor keeps any stored type by name")
    func f16AndStored() throws {
        let ts = [MixTensor(name: "blk.0.attn_q.weight", ggmlShape: [80, 80]),
                  MixTensor(name: "blk.0.ffn_gate_inp.weight", outermostFirst: [8, 256], sourceType: "F8_E4M3"),
                  MixTensor(name: "blk.0.attn_q.bias", outermostFirst: [256], sourceType: "bf16")]
        let c = try LlamaMixRules.types(for: ts, model: MixModelFacts(), mix: .q5_k_m)
        #expect(c[0].type == .f16 && c[0].fallbackFrom == .q5_k && c[0].reason.contains("(nor of 32) → F16"))
        #expect(c[1].type == nil && c[1].typeName == "F8_E4M3" && c[1].targetName == nil && c[1].reason.contains("ffn_gate_inp"))
        #expect(c[2].type == .bf16 && c[2].typeName == "BF16")
        #expect(ts[1].ggmlShape == [256, 8] && ts[1].rowLength == 256)
        let q8 = try LlamaMixRules.types(for: [ts[0]], model: MixModelFacts(), mix: .q8_0)
        #expect(q8[0].type == .f16 && q8[0].reason == "mix default Q8_0; fallback: row 80 not a multiple of 32 → F16")
    }

    @Test("refused like llama-quantize: Q2_K_S without an importance matrix, an MoE ffn tensor without a valid layer")
    func refusals() throws {
        do { _ = try LlamaMixRules.types(for: Self.llama(layers: 4), model: MixModelFacts(), mix: .q2_k_s); Issue.record("Q2_K_S accepted") } catch {
            #expect(error.description.contains("importance matrix"))
        }
        #expect(throws: Never.self) { try LlamaMixRules.types(for: Self.llama(layers: 4), model: MixModelFacts(hasImportanceMatrix: true), mix: .q2_k_s) }
        let moe = [MixTensor(name: "blk.0.attn_v.weight", ggmlShape: [256, 256]), MixTensor(name: "blk.7.ffn_down.weight", ggmlShape: [256, 256])]
        #expect(throws: Never.self) { try LlamaMixRules.types(for: moe, model: MixModelFacts(layerCount: 6), mix: .q4_k_m) }
        do { _ = try LlamaMixRules.types(for: moe, model: MixModelFacts(layerCount: 6, expertCount: 4), mix: .q4_k_m); Issue.record("bad layer accepted") } catch {
            #expect(error.description.contains("bad layer 7 for blk.7.ffn_down.weight"))
        }
        let shared = [MixTensor(name: "shared.ffn_up.weight", ggmlShape: [256, 256])]
        #expect(throws: MixError.self) { try LlamaMixRules.types(for: shared, model: MixModelFacts(layerCount: 6, expertCount: 4), mix: .q4_k_m) }
    }

    @Test("bad input is an error naming it: duplicate names, negative dimensions and counts, a huge layer number")
    func badInput() {
        let t = MixTensor(name: "blk.0.attn_v.weight", ggmlShape: [256, 256])
        func message(_ ts: [MixTensor], _ facts: MixModelFacts = MixModelFacts()) -> String {
            do { _ = try LlamaMixRules.types(for: ts, model: facts, mix: .q4_k_m); return "" } catch { return error.description }
        }
        #expect(message([t, t]).contains("appears twice"))
        #expect(message([MixTensor(name: "x.weight", ggmlShape: [256, -1])]).contains("negative dimension"))
        #expect(message([t], MixModelFacts(layerCount: -1)).contains("layer count -1"))
        #expect(message([t], MixModelFacts(expertCount: -2)).contains("expert count -2"))
        #expect(message([t], MixModelFacts(headCount: Int.min, kvHeadCount: -1)).contains("head count -9223372036854775808 is negative"))
        #expect(message([t], MixModelFacts(headCount: 8, kvHeadCount: -1)).contains("key/value head count -1"))
        #expect(message([MixTensor(name: "blk.99999999999999999999999.ffn_down.weight", ggmlShape: [256, 256])]).contains("at most 512 layers"))
        #expect(message([MixTensor(name: "", ggmlShape: []), MixTensor(name: "weird", ggmlShape: [0, 0, 0])]) == "")
        let down = MixTensor(name: "blk.0.ffn_down.weight", ggmlShape: [256, 256])
        #expect(message([down], MixModelFacts(layerCount: Int.max)).contains("at most 512 layers"))
        #expect(message([down, MixTensor(name: "blk.512.attn_q.weight", ggmlShape: [256, 256])]).contains("at most 512 layers"))
        #expect(message([down], MixModelFacts(layerCount: 512)) == "")
    }

    @Test("the F16, BF16 and F32 mixes give every quantisable tensor their type and keep the rest")
    func floatMixes() throws {
        for (mix, type) in [(LlamaMix.f16, MixType.f16), (.bf16, .bf16), (.f32, .f32)] {
            let c = try LlamaMixRules.types(for: Self.llama(layers: 2), model: MixModelFacts(), mix: mix)
            #expect(c.filter { $0.rule != .kept }.allSatisfy { $0.type == type && $0.rule == .mixDefault })
            #expect(c.filter { $0.rule == .kept }.allSatisfy { $0.type == .f32 })
        }
    }

    @Test("facts inferred from tensors: head ratio from attn_q and attn_k rows, experts from a 3-D _exps tensor")
    func inferredFacts() {
        let ts = [MixTensor(name: "blk.0.attn_q.weight", ggmlShape: [4096, 4096]), MixTensor(name: "blk.0.attn_k.weight", ggmlShape: [4096, 1024]),
                  MixTensor(name: "blk.0.ffn_up_exps.weight", ggmlShape: [4096, 14336, 8])]
        let f = MixModelFacts.inferred(from: ts, architecture: "llama")
        #expect(f.gqaRatio == 4 && f.expertCount == 8 && f.layerCount == nil && f.architecture == "llama")
        #expect(MixModelFacts().gqaRatio == 1 && MixModelFacts(headCount: 8, kvHeadCount: 0).gqaRatio == 0)
        #expect(MixModelFacts(architecture: "llama", headCount: 64, kvHeadCount: 8).is70B(layerCount: 80))
        #expect(!MixModelFacts(architecture: "llama", headCount: 64, kvHeadCount: 64).is70B(layerCount: 80))
    }
}
