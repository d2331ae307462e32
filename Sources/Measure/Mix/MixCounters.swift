/// llama.cpp's `quantize_state_impl` counters: how many attn_v-like tensors there are and how many
/// were visited, the ffn layer counts and positions, and whether the model ties its output to the
/// token embeddings. The rules advance them as they visit the tensors in the loader's order.
struct MixCounters: Sendable {
    /// attn_v, attn_qkv and attn_kv_b tensors in the model.
    let attentionVCount: Int
    /// The layer count that the ffn rules divide (`n_layer_all`).
    let layerCount: Int
    /// No `output.weight`: `token_embd.weight` is the output too.
    let tiedEmbeddings: Bool
    /// attn_v-like tensors visited so far.
    var attentionVIndex = 0
    /// ffn_down tensors visited so far.
    var feedForwardDownIndex = 0
    /// ffn_gate tensors visited so far.
    var feedForwardGateIndex = 0
    /// ffn_up tensors visited so far.
    var feedForwardUpIndex = 0

    /// Counters for the tensors named `names` in a model of `layerCount` layers.
    init(names: [String], layerCount: Int) {
        attentionVCount = names.reduce(0) { $0 + (MixTensorCategory(name: $1).isAttentionV ? 1 : 0) }
        tiedEmbeddings = !names.contains { $0.bytesEqual("output.weight") }
        self.layerCount = layerCount
    }

    /// llama.cpp's `use_more_bits`: the first and last eighth of the layers and every third one
    /// between them (`i - n / 8` is never negative where the `%` is reached).
    static func useMoreBits(_ i: Int, _ n: Int) -> Bool {
        i < n / 8 || i >= 7 * n / 8 || (i - n / 8) % 3 == 2
    }
}
