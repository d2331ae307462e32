/// One tensor of a Hugging Face checkpoint through llama.cpp's converter and a mix: its GGUF name and
/// the type llama-quantize would give it.
public struct HFTensorChoice: Sendable, Hashable {
    /// The converter's name for it, or why it has none.
    public let mapping: HFNameMapping
    /// The type and its reason; nil when the converter drops the tensor. A tensor with an unknown name
    /// is kept as stored, with the reason saying so.
    public let choice: MixChoice?

    /// A choice.
    public init(mapping: HFNameMapping, choice: MixChoice?) {
        self.mapping = mapping
        self.choice = choice
    }
}
