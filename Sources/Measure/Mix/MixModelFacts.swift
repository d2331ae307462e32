/// What the mix rules need to know about the model besides its tensors: GGUF metadata
/// (`general.architecture`, `<arch>.block_count`, `.attention.head_count(_kv)`, `.expert_count`) and
/// whether llama-quantize is given an importance matrix.
public struct MixModelFacts: Sendable, Hashable {
    /// The GGUF architecture name (`llama`, `qwen2`, `falcon`); only `falcon` and `llama` (for the 70B
    /// rule) change the rules.
    public var architecture: String
    /// The layer count (`block_count`); nil: the highest `blk.N.` index of the names plus 1.
    public var layerCount: Int?
    /// Attention heads; with `kvHeadCount` it gives `gqaRatio`.
    public var headCount: Int?
    /// Key/value heads.
    public var kvHeadCount: Int?
    /// Experts per MoE layer (0 or 1: not MoE). 8 moves attn_v, attn_k and attn_output up; more than 1
    /// makes the ffn rules read the layer from the name.
    public var expertCount: Int
    /// Whether an importance matrix is given (`--imatrix`): Q4_0 and Q5_0 then move the first eighth of
    /// ffn_down up, and Q2_K_S is refused without one.
    public var hasImportanceMatrix: Bool

    /// Facts with the given values; all optional.
    public init(architecture: String = "", layerCount: Int? = nil, headCount: Int? = nil, kvHeadCount: Int? = nil,
                expertCount: Int = 0, hasImportanceMatrix: Bool = false) {
        self.architecture = architecture
        self.layerCount = layerCount
        self.headCount = headCount
        self.kvHeadCount = kvHeadCount
        self.expertCount = expertCount
        self.hasImportanceMatrix = hasImportanceMatrix
    }

    /// llama.cpp's `n_gqa()`: heads per key/value head, rounded down; 0 when there are no key/value
    /// heads (and for negative counts, which the rules refuse); 1 when either count is unknown (no
    /// grouped-query bump in the Q2_K rules).
    public var gqaRatio: Int {
        guard let heads = headCount, let kv = kvHeadCount else { return 1 }
        return kv <= 0 || heads < 0 ? 0 : heads / kv
    }

    /// Whether llama.cpp counts the model as a 70B llama (`LLM_TYPE_70B`: architecture `llama`, 80
    /// layers, fewer key/value heads than heads), which moves Q3_K/Q4_K attn_v up to Q5_K.
    public func is70B(layerCount layers: Int) -> Bool {
        guard architecture == "llama", layers == 80, let heads = headCount, let kv = kvHeadCount else { return false }
        return heads != kv
    }

    /// Facts read from the tensors alone, for a file without metadata: the layer count from the names
    /// (nil here, so the rules infer it), the head ratio from the first layer's attn_q and attn_k rows
    /// (heads x head size over key/value heads x head size; stored as `headCount` = that ratio and
    /// `kvHeadCount` = 1, which gives the same `gqaRatio` and 70B test), the expert count from the
    /// outermost dimension of a 3-D `ffn_*_exps` tensor.
    public static func inferred(from tensors: [MixTensor], architecture: String = "", hasImportanceMatrix: Bool = false) -> MixModelFacts {
        var facts = MixModelFacts(architecture: architecture, hasImportanceMatrix: hasImportanceMatrix)
        func rows(_ name: String) -> Int? {
            guard let t = tensors.first(where: { $0.name == name }), t.ggmlShape.count >= 2, t.ggmlShape[1] > 0 else { return nil }
            return t.ggmlShape[1]
        }
        if let q = rows("blk.0.attn_q.weight"), let k = rows("blk.0.attn_k.weight"), q % k == 0 {
            facts.headCount = q / k
            facts.kvHeadCount = 1
        }
        if let experts = tensors.first(where: { $0.name.contains("_exps.") && $0.ggmlShape.count == 3 }) {
            facts.expertCount = max(experts.ggmlShape[2], 0)
        }
        return facts
    }
}
