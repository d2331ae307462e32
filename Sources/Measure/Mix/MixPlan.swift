import TensorFiles

/// A llama.cpp mix applied to the tensors of a model file: the type llama-quantize would give each
/// (by GGUF name, or by Hugging Face name through llama.cpp's converter), as a per-tensor candidate
/// for `ModelMeasurement`.
public struct MixPlan: Sendable {
    /// The mix.
    public let mix: LlamaMix
    /// The choice per tensor name of the file (tensors the converter drops have none).
    public let choices: [String: MixChoice]
    /// What the rules were told about the model, and where that came from.
    public let facts: MixModelFacts
    /// Where the architecture came from (`GGUF metadata`, `config.json: Qwen2ForCausalLM`, `tensor names`).
    public let factsSource: String

    /// The plan for `file`. GGUF files: names as they are, facts from the metadata (`general.architecture`,
    /// `block_count`, `attention.head_count(_kv)`, `expert_count`), else inferred from the tensors.
    /// safetensors files: Hugging Face names mapped for `architecture` (from the `config.json`
    /// beside the file, which the caller reads; llama when nil), stored 1-D and norm tensors as F32,
    /// others converted as `convertedAs`.
    public static func plan(_ file: ModelFile, mix: LlamaMix, architecture: HFArchitecture?, architectureSource: String = "",
                            config: [String: Int] = [:], convertedAs: MixType = .f16) throws(MixError) -> MixPlan {
        if file.kind == .gguf {
            var ints: [String: Int] = [:]
            var arch = ""
            for e in file.metadata {
                if e.key == "general.architecture" { arch = e.value.stringValue ?? "" }
                if let v = e.value.intValue { ints[e.key] = v }
            }
            let tensors = file.tensors.map { MixTensor(name: $0.name, outermostFirst: $0.shape, sourceType: $0.storedType) }
            var facts = MixModelFacts.inferred(from: tensors, architecture: arch)
            var source = "tensor shapes"
            if let layers = ints["\(arch).block_count"] {
                facts.layerCount = layers
                source = "GGUF metadata \(arch).*"
            }
            if let heads = ints["\(arch).attention.head_count"] {
                facts.headCount = heads
                facts.kvHeadCount = ints["\(arch).attention.head_count_kv"] ?? heads
            }
            if let experts = ints["\(arch).expert_count"] { facts.expertCount = experts }
            let choices = try LlamaMixRules.types(for: tensors, model: facts, mix: mix)
            return MixPlan(mix: mix, choices: Dictionary(choices.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a }),
                           facts: facts, factsSource: source)
        }
        let arch = architecture ?? .llama
        let tensors = file.tensors.map { MixTensor(name: $0.name, outermostFirst: $0.shape, sourceType: $0.storedType) }
        var facts = MixModelFacts(architecture: arch.ggufName, layerCount: config["num_hidden_layers"],
                                  headCount: config["num_attention_heads"],
                                  kvHeadCount: config["num_key_value_heads"] ?? config["num_attention_heads"],
                                  expertCount: config["num_local_experts"] ?? 0)
        if facts.headCount == nil {
            let inferred = MixModelFacts.inferred(from: tensors.map { t in
                MixTensor(name: HFTensorNames.map(t.name, architecture: arch, layerCount: nil).ggufName ?? t.name,
                          ggmlShape: t.ggmlShape, sourceType: t.sourceType)
            }, architecture: arch.ggufName)
            facts.headCount = inferred.headCount
            facts.kvHeadCount = inferred.kvHeadCount
        }
        let hf = try LlamaMixRules.types(forHF: tensors, architecture: arch, model: facts, mix: mix, convertedAs: convertedAs)
        var choices: [String: MixChoice] = [:]
        for (t, c) in zip(tensors, hf) { if let choice = c.choice { choices[t.name] = choice } }
        return MixPlan(mix: mix, choices: choices, facts: facts,
                       factsSource: architecture == nil ? "tensor names (no config.json: llama assumed)" : architectureSource)
    }

    /// The plan as a candidate: each tensor measured in its chosen type.
    public func candidate() throws(TargetError) -> ModelCandidate {
        var map: [String: ModelCandidate] = [:]
        var byTarget: [String: ModelCandidate] = [:]
        for (name, choice) in choices {
            guard let target = choice.targetName else { continue }
            if byTarget[target] == nil { byTarget[target] = try ModelCandidate.parse(target) }
            map[name] = byTarget[target]
        }
        return ModelCandidate.assigned(name: mix.name.lowercased(), map)
    }
}
