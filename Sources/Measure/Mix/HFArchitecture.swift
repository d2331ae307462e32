/// A llama-style Hugging Face architecture whose tensor names `HFTensorNames` maps to GGUF names as
/// llama.cpp's converter (`convert_hf_to_gguf.py` with gguf-py's `tensor_mapping.py`) does. The families
/// differ in a few names: Qwen3 and Gemma3 have q/k norms, Gemma2 and Gemma3 have four norms a layer,
/// Gemma and Gemma2 have no output tensor (the converter drops `lm_head.weight`).
public enum HFArchitecture: String, CaseIterable, Sendable, Hashable {
    case llama, qwen2, qwen3, gemma, gemma2, gemma3

    /// The GGUF `general.architecture` the converter writes (`llama` for Llama, Mistral and Mixtral).
    public var ggufName: String { rawValue }

    /// The architecture of a `config.json` `architectures` entry (`LlamaForCausalLM`,
    /// `MistralForCausalLM`, `Qwen2ForCausalLM`, `Qwen3ForCausalLM`, `GemmaForCausalLM`,
    /// `Gemma2ForCausalLM`, `Gemma3ForCausalLM`), or nil for another one.
    public init?(hfClassName name: String) {
        switch name {
        case "LlamaForCausalLM", "LLaMAForCausalLM", "LlamaModel", "MistralForCausalLM", "MixtralForCausalLM": self = .llama
        case "Qwen2ForCausalLM", "Qwen2Model": self = .qwen2
        case "Qwen3ForCausalLM", "Qwen3Model": self = .qwen3
        case "GemmaForCausalLM": self = .gemma
        case "Gemma2ForCausalLM": self = .gemma2
        case "Gemma3ForCausalLM": self = .gemma3
        default: return nil
        }
    }

    /// The class names `init(hfClassName:)` accepts, for messages.
    public static let hfClassNames = ["LlamaForCausalLM", "MistralForCausalLM", "MixtralForCausalLM", "Qwen2ForCausalLM",
                                      "Qwen3ForCausalLM", "GemmaForCausalLM", "Gemma2ForCausalLM", "Gemma3ForCausalLM"]
}
