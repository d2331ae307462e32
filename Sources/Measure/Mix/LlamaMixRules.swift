/// The type llama-quantize gives each tensor of a model for a mix, ported from llama.cpp's
/// `src/llama-quant.cpp` (commit 0c1e570, as vendored by llama-cpp-python 0.3.36) with the tool's
/// default parameters: no `--pure`, no `--output-tensor-type`, `--token-embedding-type` or
/// `--tensor-type` overrides. Checked tensor by tensor against `ggml-reference/mix.py`.
public enum LlamaMixRules {
    /// The choice for every tensor of `tensors`, in their order. The rules visit the tensors in the
    /// order llama.cpp's loader keeps them (by layer, tensors without a layer first, then by name), since
    /// the attn_v rules count the tensors visited. Throws for duplicate names, negative dimensions,
    /// negative counts, more layers than llama.cpp takes, an MoE ffn tensor whose layer is not in its
    /// name, and Q2_K_S without an importance matrix (llama-quantize refuses those too).
    public static func types(for tensors: [MixTensor], model: MixModelFacts, mix: LlamaMix) throws(MixError) -> [MixChoice] {
        let layerCount = try checkedLayerCount(tensors, model)
        var counters = MixCounters(names: tensors.map(\.name), layerCount: layerCount)
        let order = tensors.indices.sorted { a, b in
            let (la, lb) = (tensors[a].layer, tensors[b].layer)
            return la != lb ? la < lb : tensors[a].name.utf8.lexicographicallyPrecedes(tensors[b].name.utf8)
        }
        var choices = [MixChoice?](repeating: nil, count: tensors.count)
        for index in order {
            let tensor = tensors[index]
            if let why = MixQuantisable.keptReason(tensor) {
                let stored = tensor.sourceType ?? (tensor.dimensionCount < 2 ? "F32" : "F16")
                let type = MixType(ggmlName: stored)
                let name = type?.ggmlName ?? stored
                choices[index] = MixChoice(name: tensor.name, typeName: name, type: type, rule: .kept, reason: "\(why) as \(name)")
                continue
            }
            let category = MixTensorCategory(name: tensor.name)
            var pick = MixPick(type: mix.defaultType, rule: .mixDefault, reason: "mix default \(mix.defaultType.ggmlName)")
            var fallbackFrom: MixType?
            if mix.defaultType.isQuantized {
                pick = try MixPick.choose(tensor, category, mix: mix, model: model, layerCount: layerCount, counters: &counters)
                let fallen = fallback(pick.type, rowLength: tensor.rowLength)
                if fallen != pick.type {
                    fallbackFrom = pick.type
                    let next = fallbackType(pick.type)
                    let alsoNot = fallen == .f16 && next != pick.type ? " (nor of \(next.blockSize))" : ""
                    pick.reason += "; fallback: row \(tensor.rowLength) not a multiple of \(pick.type.blockSize)\(alsoNot) → \(fallen.ggmlName)"
                    pick.type = fallen
                }
            }
            if mix == .q2_k_s && pick.type == .q2_k && !model.hasImportanceMatrix && category != .tokenEmbedding && category != .output {
                throw MixError("Q2_K_S needs an importance matrix (llama-quantize refuses it without --imatrix): \(tensor.name) would be Q2_K; say that an importance matrix is given, or choose Q2_K")
            }
            choices[index] = MixChoice(name: tensor.name, typeName: pick.type.ggmlName, type: pick.type, rule: pick.rule,
                                       reason: pick.reason, fallbackFrom: fallbackFrom)
        }
        return choices.compactMap { $0 }
    }

    /// `tensor_type_fallback`: the type a row of `rowLength` values can take when `type`'s blocks do
    /// not divide it: a 256-block k-quant moves to a 32-block type, and F16 when that does not fit either.
    public static func fallback(_ type: MixType, rowLength: Int) -> MixType {
        if rowLength % type.blockSize == 0 { return type }
        let next = fallbackType(type)
        return rowLength % next.blockSize == 0 ? next : .f16
    }

    /// The 32-block type each k-quant falls back to (Q2_K and Q3_K: Q4_0, Q4_K: Q5_0, Q5_K: Q5_1,
    /// Q6_K: Q8_0); the other types stay.
    static func fallbackType(_ type: MixType) -> MixType {
        switch type {
        case .q2_k, .q3_k: .q4_0
        case .q4_k: .q5_0
        case .q5_k: .q5_1
        case .q6_k: .q8_0
        default: type
        }
    }

    /// The layer count the ffn rules use, the model's or the highest `blk.N.` plus 1 (at most
    /// `maximumLayerCount`, which also keeps `use_more_bits`' `7 * n` from overflowing); checks the
    /// tensors and counts first.
    static func checkedLayerCount(_ tensors: [MixTensor], _ model: MixModelFacts) throws(MixError) -> Int {
        var seen = Set<[UInt8]>()
        for tensor in tensors {
            if !seen.insert(Array(tensor.name.utf8)).inserted {
                throw MixError("tensor name '\(tensor.name)' appears twice; each tensor needs its own name")
            }
            if tensor.ggmlShape.contains(where: { $0 < 0 }) {
                throw MixError("tensor '\(tensor.name)' has a negative dimension in its shape \(tensor.ggmlShape); dimensions are counts, 0 or more")
            }
        }
        for (what, count) in [("head count", model.headCount), ("key/value head count", model.kvHeadCount)] {
            if let count, count < 0 { throw MixError("\(what) \(count) is negative; give 0 or more, or none when unknown") }
        }
        if model.expertCount < 0 { throw MixError("expert count \(model.expertCount) is negative; use 0 for a model without experts") }
        if let layers = model.layerCount {
            if layers < 0 { throw MixError("layer count \(layers) is negative; give 0 or more, or none to count the blk.N names") }
            if layers > maximumLayerCount {
                throw MixError("layer count \(layers): llama.cpp takes at most \(maximumLayerCount) layers (LLAMA_MAX_LAYERS)")
            }
            return layers
        }
        let highest = tensors.max { $0.layer < $1.layer }
        guard let highest, highest.layer >= 0 else { return 0 }
        if highest.layer >= maximumLayerCount {
            throw MixError("\(highest.name) is in layer \(highest.layer), but llama.cpp takes at most \(maximumLayerCount) layers (LLAMA_MAX_LAYERS, blk.0 to blk.\(maximumLayerCount - 1))")
        }
        return highest.layer + 1
    }

    /// llama.cpp's `LLAMA_MAX_LAYERS`: the most layers a model may have.
    public static let maximumLayerCount = 512
}
