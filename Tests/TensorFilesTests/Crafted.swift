/// Hand-built model files for the malformed-header tests.
enum Crafted {
    /// A safetensors file: the header text (padded with spaces to a multiple of 8), then `data`.
    static func safetensors(_ header: String, data: [UInt8] = []) -> [UInt8] {
        var text = Array(header.utf8)
        while text.count % 8 != 0 { text.append(0x20) }
        return le(UInt64(text.count)) + text + data
    }

    /// A safetensors file whose header is given as raw bytes (for invalid UTF-8).
    static func safetensors(rawHeader: [UInt8], data: [UInt8] = []) -> [UInt8] {
        le(UInt64(rawHeader.count)) + rawHeader + data
    }

    static func le<T: FixedWidthInteger>(_ v: T) -> [UInt8] {
        withUnsafeBytes(of: v.littleEndian) { Array($0) }
    }

    /// A GGUF string.
    static func string(_ s: String) -> [UInt8] { le(UInt64(s.utf8.count)) + Array(s.utf8) }

    /// A GGUF v3 file: key-values given as raw bytes, tensors as (name, ne, type, offset), then data
    /// at the 32-byte aligned start.
    static func gguf(version: UInt32 = 3, kvs: [[UInt8]] = [], tensors: [(String, [UInt64], UInt32, UInt64)], data: [UInt8]) -> [UInt8] {
        var b: [UInt8] = Array("GGUF".utf8) + le(version) + le(UInt64(tensors.count)) + le(UInt64(kvs.count))
        for kv in kvs { b += kv }
        for (name, ne, type, offset) in tensors {
            b += string(name) + le(UInt32(ne.count))
            for n in ne { b += le(n) }
            b += le(type) + le(offset)
        }
        while b.count % 32 != 0 { b.append(0) }
        return b + data
    }

    /// A key-value of GGUF type `type` with raw value bytes.
    static func kv(_ key: String, type: UInt32, _ value: [UInt8]) -> [UInt8] {
        string(key) + le(type) + value
    }

    /// Float32 values as bytes.
    static func floats(_ values: [Float]) -> [UInt8] { values.flatMap { le($0.bitPattern) } }
}
