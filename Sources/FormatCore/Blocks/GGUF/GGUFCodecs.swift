/// llama.cpp's GGUF block quantisation types that floatscope encodes and decodes bit for bit.
public enum GGUFCodecs {
    /// One codec per type, in llama.cpp's type order (ggml type ids 2, 3, 6, 7, 8, 10-14, 20, 39).
    public static let all: [any BlockCodec] = [
        Q4_0Codec(), Q4_1Codec(), Q5_0Codec(), Q5_1Codec(), Q8_0Codec(),
        Q2_KCodec(), Q3_KCodec(), Q4_KCodec(), Q5_KCodec(), Q6_KCodec(),
        IQ4_NLCodec(), MXFP4Codec(),
    ]
}
