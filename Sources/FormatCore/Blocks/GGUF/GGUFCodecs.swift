/// llama.cpp's GGUF block quantisation types that floatscope encodes and decodes bit for bit.
///
/// Each codec's `encode` writes the bytes llama-quantize writes without an importance matrix
/// (ggml-quants.c at llama.cpp 0c1e570: `quantize_row_*_ref`, and `quantize_iq4_nl` with its scale
/// search for IQ4_NL), and `decode` gives ggml's dequantised floats, with every float operation in
/// the C code's order and no fused multiply-add. Non-finite inputs (NaN, ±inf) and values whose
/// float-to-int conversions overflow give what a stock x86-64 build of llama.cpp gives: C leaves
/// those conversions undefined, x86-64 returns INT32_MIN and the C code keeps its low byte
/// (`GGMLRounding`); MXFP4's exponent uses glibc's float32 `log2f` rounding (`GGMLLog2`). The
/// vectors under Tests/Vectors/gguf (llama.cpp's own output) check all of it.
public enum GGUFCodecs {
    /// One codec per type, in llama.cpp's type order (ggml type ids 2, 3, 6, 7, 8, 10-14, 20, 39).
    public static let all: [any BlockCodec] = [
        Q4_0Codec(), Q4_1Codec(), Q5_0Codec(), Q5_1Codec(), Q8_0Codec(),
        Q2_KCodec(), Q3_KCodec(), Q4_KCodec(), Q5_KCodec(), Q6_KCodec(),
        IQ4_NLCodec(), MXFP4Codec(),
    ]
}
