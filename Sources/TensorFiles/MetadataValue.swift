/// One metadata value of a model file: a GGUF key-value's value, a safetensors `__metadata__` string,
/// a number of a safetensors index's `metadata`.
public indirect enum MetadataValue: Sendable, Hashable {
    /// A signed integer (GGUF INT8...INT64).
    case int(Int64)
    /// An unsigned integer (GGUF UINT8...UINT64).
    case uint(UInt64)
    /// A float (GGUF FLOAT32, FLOAT64; a float32 is widened exactly).
    case float(Double)
    /// A bool.
    case bool(Bool)
    /// A string (invalid UTF-8 in a GGUF string value is replaced by U+FFFD).
    case string(String)
    /// An array: at most the first `MetadataValue.arrayPrefix` elements, and the true element count
    /// (a tokenizer's vocabulary of 150 000 strings keeps 64 of them).
    case array([MetadataValue], totalCount: Int)

    /// How many elements of an array are kept.
    public static let arrayPrefix = 64

    /// The value as an integer, when it is one that fits in an Int.
    public var intValue: Int? {
        switch self {
        case .int(let v): return Int(exactly: v)
        case .uint(let v): return Int(exactly: v)
        default: return nil
        }
    }

    /// The string, when the value is one.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }
}
