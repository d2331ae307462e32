import FormatCore

/// One dtype of the safetensors format (the `Dtype` enum of safetensors 0.8): its name, bits per
/// element and how floatscope decodes it.
public struct SafetensorsDType: Sendable, Hashable {
    /// The header's name (`BF16`, `F8_E4M3`).
    public let name: String
    /// Bits per element (safetensors' `bitsize`): 4 for F4, 6 for F6, else 8-64.
    public let bits: Int
    /// How the values decode.
    public let encoding: TensorEncoding

    /// The 22 dtypes of safetensors 0.8. F4 is OCP E2M1 packed two per byte as PyTorch's
    /// `float4_e2m1fn_x2` (first element in the low nibble); F6 and C64 are not decoded.
    public static let all: [SafetensorsDType] = [
        SafetensorsDType(name: "BOOL", bits: 8, encoding: .scalar(.uint(8), bigEndian: false)),
        SafetensorsDType(name: "F4", bits: 4, encoding: .scalar(.e2m1fn, bigEndian: false)),
        SafetensorsDType(name: "F6_E2M3", bits: 6, encoding: .unsupported(f6Reason("F6_E2M3"))),
        SafetensorsDType(name: "F6_E3M2", bits: 6, encoding: .unsupported(f6Reason("F6_E3M2"))),
        SafetensorsDType(name: "U8", bits: 8, encoding: .scalar(.uint(8), bigEndian: false)),
        SafetensorsDType(name: "I8", bits: 8, encoding: .scalar(.int(8), bigEndian: false)),
        SafetensorsDType(name: "F8_E5M2", bits: 8, encoding: .scalar(.e5m2, bigEndian: false)),
        SafetensorsDType(name: "F8_E4M3", bits: 8, encoding: .scalar(.e4m3fn, bigEndian: false)),
        SafetensorsDType(name: "F8_E8M0", bits: 8, encoding: .scalar(.e8m0fnu, bigEndian: false)),
        SafetensorsDType(name: "F8_E4M3FNUZ", bits: 8, encoding: .scalar(.e4m3fnuz, bigEndian: false)),
        SafetensorsDType(name: "F8_E5M2FNUZ", bits: 8, encoding: .scalar(.e5m2fnuz, bigEndian: false)),
        SafetensorsDType(name: "I16", bits: 16, encoding: .scalar(.int(16), bigEndian: false)),
        SafetensorsDType(name: "U16", bits: 16, encoding: .scalar(.uint(16), bigEndian: false)),
        SafetensorsDType(name: "F16", bits: 16, encoding: .scalar(.fp16, bigEndian: false)),
        SafetensorsDType(name: "BF16", bits: 16, encoding: .scalar(.bf16, bigEndian: false)),
        SafetensorsDType(name: "I32", bits: 32, encoding: .scalar(.int(32), bigEndian: false)),
        SafetensorsDType(name: "U32", bits: 32, encoding: .scalar(.uint(32), bigEndian: false)),
        SafetensorsDType(name: "F32", bits: 32, encoding: .scalar(.fp32, bigEndian: false)),
        SafetensorsDType(name: "C64", bits: 64, encoding: .unsupported("safetensors dtype C64 (complex64) is not supported: floatscope reads real values")),
        SafetensorsDType(name: "F64", bits: 64, encoding: .scalar(.fp64, bigEndian: false)),
        SafetensorsDType(name: "I64", bits: 64, encoding: .wideInteger(bits: 64, signed: true)),
        SafetensorsDType(name: "U64", bits: 64, encoding: .wideInteger(bits: 64, signed: false)),
    ]

    /// The dtype named `name` exactly, or nil.
    public static func named(_ name: String) -> SafetensorsDType? {
        all.first { $0.name == name }
    }

    private static func f6Reason(_ name: String) -> String {
        "safetensors dtype \(name) is not supported: safetensors defines FP6 by its width only (6 bits per value, packed) and no framework fixes the bit order of the packing"
    }
}
