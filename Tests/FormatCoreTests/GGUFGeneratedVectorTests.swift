import Foundation
import Testing
@testable import FormatCore

/// The larger GGUF sets made by Tests/Vectors/gguf/make_gguf_vectors.py from llama.cpp's own
/// quantisers: `large` (512 rows of 256 of mixed block kinds), `special` (with NaN and infinities)
/// and `random` (random block bytes, decode only). Dequantised rows are checked by FNV-1a 64 hash.
@Suite struct GGUFGeneratedVectorTests {
    /// FNV-1a 64 of a row's float32 bytes (little-endian), NaNs made 0x7FC00000 when asked.
    static func fnv64(_ row: ArraySlice<Float>, canonicalNaN: Bool = false) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for v in row {
            let bits = canonicalNaN && v.isNaN ? 0x7FC0_0000 : v.bitPattern
            for k in 0..<4 {
                h ^= UInt64((bits >> UInt32(8 * k)) & 0xFF)
                h = h &* 0x100_0000_01B3
            }
        }
        return h
    }

    /// The hashes in `gguf/<name>`.
    static func hashes(_ name: String) throws -> [UInt64] {
        let raw = try GGUFVectorFiles.bytes(name)
        return stride(from: 0, to: raw.count, by: 8).map { i in
            (0..<8).reduce(UInt64(0)) { $0 | UInt64(raw[i + $1]) << UInt64(8 * $1) }
        }
    }

    /// Rows (of 256) whose decoded hash differs from the expected one.
    static func badRows(_ values: [Float], _ expected: [UInt64], canonicalNaN: Bool = false) -> [Int] {
        (0..<expected.count).filter { r in
            fnv64(values[r * 256..<(r + 1) * 256], canonicalNaN: canonicalNaN) != expected[r]
        }
    }

    /// Encode, decode and roundTrip of one codec against a generated set.
    static func checkEncoded(_ set: String, _ name: String) throws {
        let codec = GGUFVectorFiles.codec(name)
        let input = try GGUFVectorFiles.floats("\(set).input.f32")
        let blocks = try GGUFVectorFiles.bytes("\(set).\(name).bin")
        let hashes = try hashes("\(set).\(name).fnv64")
        #expect(hashes.count * 256 == input.count)
        let encoded = GGUFVectorFiles.encode(codec, input)
        let perBlock = codec.layout.bytesPerBlock
        let badBlocks = (0..<blocks.count / perBlock).filter { b in
            encoded[b * perBlock..<(b + 1) * perBlock] != blocks[b * perBlock..<(b + 1) * perBlock]
        }
        #expect(badBlocks.count == 0, "\(set) \(name): \(badBlocks.count) blocks differ from llama-quantize's, first \(badBlocks.prefix(8))")
        let decodedRows = badRows(GGUFVectorFiles.decode(codec, blocks, count: input.count), hashes)
        #expect(decodedRows.count == 0, "\(set) \(name): decode differs from ggml's in rows \(decodedRows.prefix(8))")
        let trip = GGUFVectorFiles.roundTrip(codec, input)
        let expected = GGUFVectorFiles.decode(codec, encoded, count: input.count)
        let tripBad = (0..<input.count).filter { trip[$0].bitPattern != expected[$0].bitPattern }
        #expect(tripBad.count == 0, "\(set) \(name): roundTrip differs from decode(encode) at \(tripBad.prefix(8))")
    }

    @Test("large set: llama-quantize's bytes, ggml's dequantised rows", arguments: GGUFVectorTests.names)
    func large(_ name: String) throws { try Self.checkEncoded("large", name) }

    @Test("special set (NaN, ±inf): the bytes and floats of an x86-64 llama.cpp", arguments: GGUFVectorTests.names)
    func special(_ name: String) throws { try Self.checkEncoded("special", name) }

    @Test("random block bytes decode as ggml's dequantiser (NaN payloads not compared)", arguments: GGUFVectorTests.names)
    func randomBytes(_ name: String) throws {
        let codec = GGUFVectorFiles.codec(name)
        let blocks = try GGUFVectorFiles.bytes("random.\(name).bin")
        let hashes = try Self.hashes("random.\(name).fnv64")
        let count = blocks.count / codec.layout.bytesPerBlock * codec.layout.valuesPerBlock
        #expect(count == hashes.count * 256)
        let rows = Self.badRows(GGUFVectorFiles.decode(codec, blocks, count: count), hashes, canonicalNaN: true)
        #expect(rows.count == 0, "random \(name): decode differs from ggml's in rows \(rows.prefix(8))")
    }

    @Test("the row hash is FNV-1a 64 over little-endian float32 bytes")
    func hashDefinition() {
        // 1.0f is the bytes 00 00 80 3f; the value is Python's FNV-1a 64 of them.
        #expect(Self.fnv64([1.0]) == 0x4B72_477F_9C5C_2F98)
        #expect(Self.fnv64([]) == 0xCBF2_9CE4_8422_2325)
        #expect(Self.fnv64([.nan], canonicalNaN: true) == Self.fnv64([Float(bitPattern: 0xFFC0_0001)], canonicalNaN: true))
    }
}
