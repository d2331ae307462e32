/// The type llama-quantize gives one tensor for a mix, and why.
public struct MixChoice: Sendable, Hashable {
    /// The tensor's GGUF name.
    public let name: String
    /// The type's ggml name (`Q4_K`; for a kept tensor its stored type, which may be any name).
    public let typeName: String
    /// The type, when it is one a mix can give (nil for a kept tensor stored in another type).
    public let type: MixType?
    /// The rule that chose it.
    public let rule: MixRule
    /// The rule in words with its numbers (`ffn_down layer 3 of 32, use_more_bits → Q6_K`).
    public let reason: String
    /// The type the rules chose before the row length forced another one (`tensor_type_fallback`).
    public let fallbackFrom: MixType?

    /// A choice.
    public init(name: String, typeName: String, type: MixType?, rule: MixRule, reason: String, fallbackFrom: MixType? = nil) {
        self.name = name
        self.typeName = typeName
        self.type = type
        self.rule = rule
        self.reason = reason
        self.fallbackFrom = fallbackFrom
    }

    /// The format or codec name floatscope measures the type with (`q4_k`, `fp16`); nil when `type` is.
    public var targetName: String? { type?.targetName }
}
