import Foundation
@testable import FormatCore

/// Reads the GGUF vectors under Tests/Vectors/gguf (a copy of ../shared/vectors/gguf plus the
/// larger generated sets) and runs a codec against them.
enum GGUFVectorFiles {
    /// `Tests/Vectors/gguf`.
    static var directory: URL { VectorFiles.ownDirectory.appendingPathComponent("gguf") }

    /// The bytes of `gguf/<name>`.
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// The little-endian float32 values of `gguf/<name>`.
    static func floats(_ name: String) throws -> [Float] {
        let raw = try bytes(name)
        return stride(from: 0, to: raw.count, by: 4).map { i in
            Float(bitPattern: UInt32(raw[i]) | UInt32(raw[i + 1]) << 8 | UInt32(raw[i + 2]) << 16 | UInt32(raw[i + 3]) << 24)
        }
    }

    /// The codec of the vector files named `name` in `GGUFCodecs.all` (ggml's `mxfp4` is `mxfp4_gguf`).
    static func codec(_ name: String) -> any BlockCodec {
        GGUFCodecs.all.first { $0.name == name || $0.name == name + "_gguf" }!
    }

    /// `codec.encode` of `input`.
    static func encode(_ codec: any BlockCodec, _ input: [Float]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: codec.encodedByteCount(count: input.count))
        input.withUnsafeBufferPointer { x in
            out.withUnsafeMutableBytes { codec.encode(x.baseAddress!, count: input.count, tensorAmax: 0, into: $0.baseAddress!) }
        }
        return out
    }

    /// `codec.decode` of `bytes` holding `count` values.
    static func decode(_ codec: any BlockCodec, _ bytes: [UInt8], count: Int) -> [Float] {
        var out = [Float](repeating: 0, count: count)
        bytes.withUnsafeBytes { b in
            out.withUnsafeMutableBufferPointer { codec.decode(b.baseAddress!, count: count, into: $0.baseAddress!) }
        }
        return out
    }

    /// `codec.roundTrip` of `input`.
    static func roundTrip(_ codec: any BlockCodec, _ input: [Float]) -> [Float] {
        var out = [Float](repeating: 0, count: input.count)
        input.withUnsafeBufferPointer { x in
            out.withUnsafeMutableBufferPointer { codec.roundTrip(x.baseAddress!, $0.baseAddress!, count: input.count, tensorAmax: 0) }
        }
        return out
    }

    /// Mismatches of encode, decode and roundTrip against expected blocks and dequantised values:
    /// a description of the first few, empty when all agree bit for bit.
    static func mismatches(_ codec: any BlockCodec, input: [Float], blocks: [UInt8], dequantised: [Float]) -> [String] {
        var found: [String] = []
        let perBlock = codec.layout.bytesPerBlock, n = codec.layout.valuesPerBlock
        let encoded = encode(codec, input)
        if encoded.count != blocks.count { return ["\(codec.name): \(encoded.count) bytes encoded, \(blocks.count) expected"] }
        for b in 0..<blocks.count / perBlock {
            let range = b * perBlock..<(b + 1) * perBlock
            if encoded[range] != blocks[range] {
                let first = range.first { encoded[$0] != blocks[$0] }!
                found.append("\(codec.name) block \(b): byte \(first - range.lowerBound) is \(encoded[first]), expected \(blocks[first])"
                             + " (input \(input[b * n..<(b + 1) * n].prefix(4).map { String($0.bitPattern, radix: 16) })...)")
                if found.count >= 8 { return found }
            }
        }
        let decoded = decode(codec, blocks, count: input.count)
        for i in 0..<input.count where decoded[i].bitPattern != dequantised[i].bitPattern {
            found.append("\(codec.name) decode value \(i): \(String(decoded[i].bitPattern, radix: 16)), expected \(String(dequantised[i].bitPattern, radix: 16))")
            if found.count >= 8 { return found }
        }
        let expectedRoundTrip = decode(codec, encoded, count: input.count)
        let trip = roundTrip(codec, input)
        for i in 0..<input.count where trip[i].bitPattern != expectedRoundTrip[i].bitPattern {
            found.append("\(codec.name) roundTrip value \(i): \(String(trip[i].bitPattern, radix: 16)), decode(encode) gives \(String(expectedRoundTrip[i].bitPattern, radix: 16))")
            if found.count >= 8 { return found }
        }
        return found
    }
}
