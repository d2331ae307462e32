extension LlamaMixRules {
    /// The choices for a Hugging Face checkpoint's tensors (`name` as in the checkpoint, shapes in any
    /// order the `MixTensor` says), in their order: names mapped as llama.cpp's converter maps them for
    /// `architecture`, the GGUF file the converter writes with `--outtype` `convertedAs` (1-D tensors
    /// F32, the others `convertedAs`: the stored type a kept tensor keeps), then the mix. A checkpoint
    /// without `lm_head.weight` has tied embeddings: token_embd follows the output rule. Tensors the
    /// converter drops get no choice; tensors with unknown names are kept as stored and do not count in
    /// the rules. Throws when two names map to one GGUF name, and for what `types(for:model:mix:)` refuses.
    public static func types(forHF tensors: [MixTensor], architecture: HFArchitecture, model: MixModelFacts, mix: LlamaMix,
                             convertedAs: MixType = .f16) throws(MixError) -> [HFTensorChoice] {
        let mappings = tensors.map { HFTensorNames.map($0.name, architecture: architecture, layerCount: model.layerCount) }
        var mapped: [MixTensor] = [], owner: [String: String] = [:]
        for (tensor, mapping) in zip(tensors, mappings) {
            guard let gguf = mapping.ggufName else { continue }
            if let other = owner[gguf] { throw MixError("'\(other)' and '\(tensor.name)' both map to \(gguf); a checkpoint has one of them") }
            owner[gguf] = tensor.name
            var converted = MixTensor(name: gguf, ggmlShape: tensor.ggmlShape)
            converted.sourceType = converted.dimensionCount < 2 ? "F32" : convertedAs.ggmlName
            mapped.append(converted)
        }
        var byName: [String: MixChoice] = [:]
        for choice in try types(for: mapped, model: model, mix: mix) { byName[choice.name] = choice }
        return zip(tensors, mappings).map { tensor, mapping in
            if let gguf = mapping.ggufName { return HFTensorChoice(mapping: mapping, choice: byName[gguf]) }
            if mapping.dropped { return HFTensorChoice(mapping: mapping, choice: nil) }
            let stored = tensor.sourceType ?? (tensor.dimensionCount < 2 ? "F32" : "F16")
            let type = MixType(ggmlName: stored)
            return HFTensorChoice(mapping: mapping, choice: MixChoice(name: tensor.name, typeName: type?.ggmlName ?? stored, type: type, rule: .kept,
                                                                      reason: "\(mapping.note); kept as \(type?.ggmlName ?? stored)"))
        }
    }
}
