/// The kind of a model file, recognised by its first bytes (`ContainerKind.detect`).
public enum ContainerKind: String, Sendable {
    /// safetensors: an 8-byte little-endian header length, then the JSON header's `{`.
    case safetensors
    /// GGUF (llama.cpp): `GGUF`, then a little-endian version.
    case gguf
    /// NumPy `.npy`: `\x93NUMPY`.
    case npy
    /// NumPy `.npz`: a zip archive (`PK\x03\x04`) of `.npy` members.
    case npz

    /// The container whose magic the first bytes of a file start with, or nil. safetensors needs 9
    /// bytes (the length and the `{`) and a header length of at least 2 (`{}`).
    public static func detect(_ prefix: UnsafeRawBufferPointer) -> ContainerKind? {
        func starts(_ magic: [UInt8]) -> Bool {
            prefix.count >= magic.count && magic.indices.allSatisfy { prefix[$0] == magic[$0] }
        }
        if starts([0x47, 0x47, 0x55, 0x46]) { return .gguf }
        if starts([0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]) { return .npy }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return .npz }
        if prefix.count >= 9 && prefix[8] == UInt8(ascii: "{") {
            var length: UInt64 = 0
            for i in 0..<8 { length |= UInt64(prefix[i]) << UInt64(8 * i) }
            if length >= 2 { return .safetensors }
        }
        return nil
    }
}
