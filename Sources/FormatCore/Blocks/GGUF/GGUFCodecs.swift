/// llama.cpp's GGUF block types, in ggml's type order.
public enum GGUFCodecs {
    /// Every GGUF codec.
    public static let all: [any BlockCodec] = []
}
