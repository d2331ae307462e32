extension LlamaMixRules {
    /// The choices for a Hugging Face checkpoint's tensors (`name` as in the checkpoint, shapes in any
    /// order the `MixTensor` says), in their order: names mapped as llama.cpp's converter maps them for
    /// `architecture`, the GGUF file the converter writes with `--outtype` `convertedAs` (1-D tensors,
    /// norms and routers F32, the others `convertedAs`: the stored type a kept tensor keeps), then the mix. A checkpoint
    /// without `lm_head.weight` has tied embeddings: token_embd follows the output rule. Mixtral's
    /// experts are stacked into one 3-D tensor per layer and kind, as the converter does, and each
    /// expert gets that tensor's choice; without an expert count in `model` the experts per layer are
    /// counted. Tensors the converter drops get no choice; tensors with unknown names are kept as
    /// stored and do not count in the rules. Throws when two names map to one GGUF tensor, for experts
    /// that the converter could not stack, and for what `types(for:model:mix:)` refuses.
    public static func types(forHF tensors: [MixTensor], architecture: HFArchitecture, model: MixModelFacts, mix: LlamaMix,
                             convertedAs: MixType = .f16) throws(MixError) -> [HFTensorChoice] {
        let mappings = tensors.map { HFTensorNames.map($0.name, architecture: architecture, layerCount: model.layerCount) }
        var facts = model
        let mapped = try converted(tensors, mappings, facts: &facts, convertedAs: convertedAs)
        var byName: [String: MixChoice] = [:]
        for choice in try types(for: mapped, model: facts, mix: mix) { byName[choice.name] = choice }
        return zip(tensors, mappings).map { tensor, mapping in
            if let gguf = mapping.ggufName { return HFTensorChoice(mapping: mapping, choice: byName[gguf]) }
            if mapping.dropped { return HFTensorChoice(mapping: mapping, choice: nil) }
            let stored = tensor.sourceType ?? (tensor.dimensionCount < 2 ? "F32" : "F16")
            let type = MixType(ggmlName: stored)
            return HFTensorChoice(mapping: mapping, choice: MixChoice(name: tensor.name, typeName: type?.ggmlName ?? stored, type: type, rule: .kept,
                                                                      reason: "\(mapping.note); kept as \(type?.ggmlName ?? stored)"))
        }
    }

    /// The tensors of the GGUF file the converter writes: mapped names, stacked experts, converted
    /// types; sets `facts.expertCount` from the experts when it is 0.
    private static func converted(_ tensors: [MixTensor], _ mappings: [HFNameMapping], facts: inout MixModelFacts,
                                  convertedAs: MixType) throws(MixError) -> [MixTensor] {
        var order: [String] = [], single: [String: Int] = [:], experts: [String: [Int: Int]] = [:]
        for (index, mapping) in mappings.enumerated() {
            guard let gguf = mapping.ggufName else { continue }
            let other = single[gguf] ?? experts[gguf]?.values.first
            if let expert = mapping.expert {
                if let other, single[gguf] != nil || experts[gguf]?[expert] != nil {
                    throw MixError("'\(tensors[other].name)' and '\(tensors[index].name)' both map to \(gguf); a checkpoint has one of them")
                }
                if let other, tensors[other].ggmlShape != tensors[index].ggmlShape {
                    throw MixError("the experts stacked into \(gguf) differ in shape: \(tensors[other].name) has \(tensors[other].ggmlShape.reversed()), \(tensors[index].name) \(tensors[index].ggmlShape.reversed())")
                }
                if other == nil { order.append(gguf) }
                experts[gguf, default: [:]][expert] = index
            } else {
                if let other { throw MixError("'\(tensors[other].name)' and '\(tensors[index].name)' both map to \(gguf); a checkpoint has one of them") }
                order.append(gguf)
                single[gguf] = index
            }
        }
        if !experts.isEmpty {
            let counts = Set(experts.values.map(\.count))
            let n = facts.expertCount > 0 ? facts.expertCount : counts.count == 1 ? counts.first ?? 0 : 0
            guard n > 0 else { throw MixError("the MoE layers have different numbers of experts (\(counts.sorted())); give the expert count") }
            for gguf in order {
                guard let pieces = experts[gguf], Set(pieces.keys) != Set(0..<n) else { continue }
                throw MixError("\(gguf) stacks experts 0 to \(n - 1) (\(n) experts), but the checkpoint has \(pieces.count): \(pieces.keys.sorted().prefix(12).map(String.init).joined(separator: ", "))\(pieces.count > 12 ? "..." : "")")
            }
            facts.expertCount = n
        }
        return order.map { gguf in
            var tensor: MixTensor
            if let pieces = experts[gguf], let first = pieces[0] {
                tensor = MixTensor(name: gguf, ggmlShape: tensors[first].ggmlShape + [pieces.count])
            } else {
                tensor = MixTensor(name: gguf, ggmlShape: tensors[single[gguf] ?? 0].ggmlShape)
            }
            tensor.sourceType = convertedType(tensor, convertedAs)
            return tensor
        }
    }

    /// The type the converter stores a tensor in (`conversion/base.py`): F32 for tensors of at most
    /// one dimension, norms, expert routers (`ffn_gate_inp`) and names not ending in `.weight`;
    /// `outtype` for the rest.
    static func convertedType(_ tensor: MixTensor, _ outtype: MixType) -> String {
        let name = tensor.name
        let f32 = tensor.ggmlShape.count <= 1 || name.bytesEnd(with: "_norm.weight") || name.bytesContain(".ffn_gate_inp.")
            || !name.bytesEnd(with: ".weight")
        return f32 ? "F32" : outtype.ggmlName
    }
}
