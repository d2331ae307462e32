/// Tensor file formats recognised by their first bytes, so that a file of one is not read as raw
/// values (its header would become junk numbers). Reading them properly is a later issue; until
/// then callers refuse them with `message`.
public enum TensorContainer: String, Sendable, CaseIterable {
    /// NumPy `.npy`: `\x93NUMPY`.
    case npy = "NumPy .npy"
    /// safetensors: an 8-byte little-endian header length, then the JSON header's `{`.
    case safetensors = "safetensors"
    /// GGUF (llama.cpp): `GGUF`.
    case gguf = "GGUF"

    /// The bytes needed to recognise every container (fewer can still match a shorter magic).
    public static let prefixLength = 9

    /// The container whose magic `prefix` (the first bytes of a file or stream) starts with, if any.
    public static func detect<Bytes: Collection>(_ prefix: Bytes) -> TensorContainer? where Bytes.Element == UInt8 {
        let b = Array(prefix.prefix(prefixLength))
        if b.starts(with: [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]) { return .npy }
        if b.starts(with: Array("GGUF".utf8)) { return .gguf }
        if b.count >= 9, b[8] == UInt8(ascii: "{") {
            // A header length that a safetensors file could have: at least "{}", at most 100 MB
            // (the reference implementation's limit), so that raw values rarely look like one.
            let length = (0..<8).reduce(UInt64(0)) { $0 | UInt64(b[$1]) << (8 * UInt64($1)) }
            if length >= 2 && length <= 100_000_000 { return .safetensors }
        }
        return nil
    }

    /// The refusal: what the input is, and that raw little-endian values are what is read.
    public func message(source: String) -> String {
        "\(source) starts like a \(rawValue) file; this command reads raw little-endian values only: measure model files (safetensors, GGUF, npy, npz) with `floatscope model FILE`, or export the raw data, e.g. numpy's arr.tofile(path)"
    }
}
