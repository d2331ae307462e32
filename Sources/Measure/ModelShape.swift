/// The architecture figures a memory estimate needs (from GGUF metadata or a Hugging Face
/// `config.json`), each optional.
public struct ModelShape: Sendable, Hashable {
    /// Transformer layers (`block_count`, `num_hidden_layers`).
    public var layers: Int?
    /// Attention heads (`attention.head_count`, `num_attention_heads`).
    public var heads: Int?
    /// Key/value heads (`attention.head_count_kv`, `num_key_value_heads`; the heads when absent).
    public var kvHeads: Int?
    /// Width of the residual stream (`embedding_length`, `hidden_size`).
    public var embedding: Int?
    /// Key and value widths per head (`attention.key_length`/`value_length`, `head_dim`;
    /// embedding / heads when absent).
    public var keyLength: Int?, valueLength: Int?
    /// The training context length the file states.
    public var contextLength: Int?
    /// Where the figures came from (`GGUF metadata llama.*`, `config.json`).
    public var source: String

    /// Figures from `source`.
    public init(source: String, layers: Int? = nil, heads: Int? = nil, kvHeads: Int? = nil, embedding: Int? = nil,
                keyLength: Int? = nil, valueLength: Int? = nil, contextLength: Int? = nil) {
        self.source = source
        self.layers = layers
        self.heads = heads
        self.kvHeads = kvHeads
        self.embedding = embedding
        self.keyLength = keyLength
        self.valueLength = valueLength
        self.contextLength = contextLength
    }

    /// Key elements per token and layer: kv heads × key length.
    var keyWidth: Int? {
        guard let kv = kvHeads ?? heads else { return nil }
        if let k = keyLength { return kv * k }
        guard let e = embedding, let h = heads, h > 0 else { return nil }
        return kv * (e / h)
    }

    /// Value elements per token and layer.
    var valueWidth: Int? {
        guard let kv = kvHeads ?? heads else { return nil }
        if let v = valueLength ?? keyLength { return kv * v }
        guard let e = embedding, let h = heads, h > 0 else { return nil }
        return kv * (e / h)
    }

    /// The figures of a GGUF file's metadata (`general.architecture` names the key prefix).
    public static func gguf(_ metadata: [String: Int], architecture: String) -> ModelShape {
        func v(_ key: String) -> Int? { metadata["\(architecture).\(key)"] }
        return ModelShape(source: "GGUF metadata \(architecture).*", layers: v("block_count"), heads: v("attention.head_count"),
                          kvHeads: v("attention.head_count_kv"), embedding: v("embedding_length"),
                          keyLength: v("attention.key_length"), valueLength: v("attention.value_length"),
                          contextLength: v("context_length"))
    }

    /// The figures of a Hugging Face `config.json` (its integer fields).
    public static func huggingFace(_ config: [String: Int]) -> ModelShape {
        ModelShape(source: "config.json", layers: config["num_hidden_layers"] ?? config["n_layer"], heads: config["num_attention_heads"] ?? config["n_head"],
                   kvHeads: config["num_key_value_heads"], embedding: config["hidden_size"] ?? config["n_embd"],
                   keyLength: config["head_dim"], valueLength: config["head_dim"],
                   contextLength: config["max_position_embeddings"] ?? config["n_positions"])
    }
}
