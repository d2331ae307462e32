import Measure

/// The shape of a dense llama-style transformer, enough to list its tensors as llama.cpp names them
/// (GGUF names, ggml shapes) for the mix rules: token embedding, output head, and per layer the
/// attention and feed-forward matrices and the two norms.
public struct ModelArchitecture: Sendable, Hashable {
    /// What the shape is (`Llama-2-7B`).
    public let name: String
    /// The GGUF architecture name the mix rules are told (`llama`).
    public let ggufArchitecture: String
    /// Transformer layers.
    public let layers: Int
    /// Width of the residual stream.
    public let embedding: Int
    /// Width of the feed-forward layer.
    public let feedForward: Int
    /// Vocabulary size.
    public let vocabulary: Int
    /// Attention heads.
    public let heads: Int
    /// Key/value heads.
    public let kvHeads: Int

    /// A shape.
    public init(name: String, ggufArchitecture: String = "llama", layers: Int, embedding: Int, feedForward: Int, vocabulary: Int,
                heads: Int, kvHeads: Int) {
        self.name = name
        self.ggufArchitecture = ggufArchitecture
        self.layers = layers
        self.embedding = embedding
        self.feedForward = feedForward
        self.vocabulary = vocabulary
        self.heads = heads
        self.kvHeads = kvHeads
    }

    /// The tensors in the order llama.cpp's converter writes them, shapes in ggml order (row length first).
    public var tensors: [MixTensor] {
        let e = embedding, f = feedForward, kv = embedding / heads * kvHeads
        var list = [MixTensor(name: "token_embd.weight", ggmlShape: [e, vocabulary]),
                    MixTensor(name: "output_norm.weight", ggmlShape: [e]),
                    MixTensor(name: "output.weight", ggmlShape: [e, vocabulary])]
        for i in 0..<layers {
            let p = "blk.\(i)."
            list += [MixTensor(name: p + "attn_norm.weight", ggmlShape: [e]),
                     MixTensor(name: p + "attn_q.weight", ggmlShape: [e, e]),
                     MixTensor(name: p + "attn_k.weight", ggmlShape: [e, kv]),
                     MixTensor(name: p + "attn_v.weight", ggmlShape: [e, kv]),
                     MixTensor(name: p + "attn_output.weight", ggmlShape: [e, e]),
                     MixTensor(name: p + "ffn_norm.weight", ggmlShape: [e]),
                     MixTensor(name: p + "ffn_gate.weight", ggmlShape: [e, f]),
                     MixTensor(name: p + "ffn_up.weight", ggmlShape: [e, f]),
                     MixTensor(name: p + "ffn_down.weight", ggmlShape: [f, e])]
        }
        return list
    }

    /// What the mix rules are told about the model (GGUF metadata).
    public var facts: MixModelFacts {
        MixModelFacts(architecture: ggufArchitecture, layerCount: layers, headCount: heads, kvHeadCount: kvHeads)
    }

    /// Every tensor in the type llama-quantize gives it for `mix` (`LlamaMixRules`), with its bytes
    /// in that type (nil when floatscope cannot count that type's size), in tensor order.
    public func mixed(_ mix: LlamaMix) throws(MixError) -> [(choice: MixChoice, bytes: Int?)] {
        let tensors = self.tensors
        let choices = try LlamaMixRules.types(for: tensors, model: facts, mix: mix)
        return zip(tensors, choices).map { t, c in (c, c.type?.byteCount(elementCount: t.ggmlShape.reduce(1, *))) }
    }

    /// Values in all tensors.
    public var parameterCount: Int {
        tensors.reduce(0) { $0 + $1.ggmlShape.reduce(1, *) }
    }
}
