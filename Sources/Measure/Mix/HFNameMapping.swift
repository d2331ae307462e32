/// What llama.cpp's converter does with one Hugging Face tensor name: writes it under a GGUF name,
/// drops it, or cannot map it (the converter would stop; floatscope keeps the tensor out of the mix).
public struct HFNameMapping: Sendable, Hashable {
    /// The Hugging Face name (`model.layers.0.self_attn.q_proj.weight`).
    public let hfName: String
    /// The GGUF name (`blk.0.attn_q.weight`), nil when the tensor is dropped or unknown.
    public let ggufName: String?
    /// Whether the converter drops the tensor on purpose (rotary `inv_freq`, Gemma's `lm_head`).
    public let dropped: Bool
    /// Why, in words ("mapped", "dropped by the converter: ...", "unknown name: ...").
    public let note: String
    /// For one expert of a Mixtral MoE layer: its index E. The converter stacks the experts
    /// 0..<n_expert into one 3-D tensor `ggufName` (the expert index outermost).
    public let expert: Int?

    /// A mapping.
    public init(hfName: String, ggufName: String?, dropped: Bool = false, note: String, expert: Int? = nil) {
        self.hfName = hfName
        self.ggufName = ggufName
        self.dropped = dropped
        self.note = note
        self.expert = expert
    }
}
