import FormatCore

/// One ggml tensor type as GGUF stores it: id, name, values per block and bytes per block (llama.cpp's
/// `type_traits`: `blck_size`, `type_size`), and how floatscope decodes it.
public struct GGMLType: Sendable, Hashable {
    /// The ggml type id (`GGML_TYPE_Q4_K` = 12).
    public let id: UInt32
    /// The name GGUF tools print (`Q4_K`, `BF16`).
    public let name: String
    /// Values per block (1 for the scalar types).
    public let blockSize: Int
    /// Bytes per block.
    public let typeSize: Int
    /// How the values decode: a scalar format, a 64-bit integer, a codec of `BlockCodecRegistry`, or
    /// unsupported.
    public let encoding: TensorEncoding

    /// Every type of ggml.h (llama.cpp as vendored by llama-cpp-python 0.3.36, `GGML_TYPE_COUNT` = 43);
    /// ids 4, 5, 31-33 and 36-38 were removed from ggml and are unknown here too.
    public static let all: [GGMLType] = [
        scalar(0, "F32", .fp32), scalar(1, "F16", .fp16),
        block(2, "Q4_0", 32, 18, "q4_0"), block(3, "Q4_1", 32, 20, "q4_1"),
        block(6, "Q5_0", 32, 22, "q5_0"), block(7, "Q5_1", 32, 24, "q5_1"),
        block(8, "Q8_0", 32, 34, "q8_0"), other(9, "Q8_1", 32, 36),
        block(10, "Q2_K", 256, 84, "q2_k"), block(11, "Q3_K", 256, 110, "q3_k"),
        block(12, "Q4_K", 256, 144, "q4_k"), block(13, "Q5_K", 256, 176, "q5_k"),
        block(14, "Q6_K", 256, 210, "q6_k"), other(15, "Q8_K", 256, 292),
        other(16, "IQ2_XXS", 256, 66), other(17, "IQ2_XS", 256, 74), other(18, "IQ3_XXS", 256, 98),
        other(19, "IQ1_S", 256, 50), block(20, "IQ4_NL", 32, 18, "iq4_nl"), other(21, "IQ3_S", 256, 110),
        other(22, "IQ2_S", 256, 82), other(23, "IQ4_XS", 256, 136),
        scalar(24, "I8", .int(8)), scalar(25, "I16", .int(16)), scalar(26, "I32", .int(32)),
        GGMLType(id: 27, name: "I64", blockSize: 1, typeSize: 8, encoding: .wideInteger(bits: 64, signed: true)),
        scalar(28, "F64", .fp64), other(29, "IQ1_M", 256, 56), scalar(30, "BF16", .bf16),
        other(34, "TQ1_0", 256, 54), other(35, "TQ2_0", 256, 66),
        block(39, "MXFP4", 32, 17, "mxfp4_gguf"), other(40, "NVFP4", 64, 36),
        other(41, "Q1_0", 128, 18), other(42, "Q2_0", 64, 18),
    ]

    /// The type with id `id`, or nil for an id ggml does not define.
    public static func type(id: UInt32) -> GGMLType? {
        all.first { $0.id == id }
    }

    private static func scalar(_ id: UInt32, _ name: String, _ format: Format) -> GGMLType {
        GGMLType(id: id, name: name, blockSize: 1, typeSize: format.bitWidth / 8, encoding: .scalar(format, bigEndian: false))
    }

    private static func block(_ id: UInt32, _ name: String, _ blockSize: Int, _ typeSize: Int, _ codec: String) -> GGMLType {
        GGMLType(id: id, name: name, blockSize: blockSize, typeSize: typeSize, encoding: .block(codec))
    }

    private static func other(_ id: UInt32, _ name: String, _ blockSize: Int, _ typeSize: Int) -> GGMLType {
        GGMLType(id: id, name: name, blockSize: blockSize, typeSize: typeSize,
                 encoding: .unsupported("GGUF type \(name) (\(id)) is not supported: floatscope has no codec for it"))
    }
}
