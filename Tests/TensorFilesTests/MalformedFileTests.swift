import Foundation
import Testing
@testable import TensorFileIO
@testable import TensorFiles

/// Malformed and unsupported files give one clear `TensorFileError` naming the file, the tensor and
/// the byte offset, with the right category.
@Suite struct MalformedFileTests {
    func error(_ bytes: [UInt8], name: String = "model.safetensors") -> TensorFileError? {
        do {
            _ = try Fixtures.parse(bytes, name: name)
            return nil
        } catch {
            return error
        }
    }

    @Test func dataRangeOutsideTheFileNamesFileTensorAndOffset() throws {
        let bytes = Crafted.safetensors(#"{"w":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}}"#, data: [UInt8](repeating: 0, count: 8))
        let e = try #require(error(bytes))
        #expect(e.file == "model.safetensors" && e.tensor == "w" && e.category == .malformed)
        #expect(e.description == "model.safetensors: tensor 'w' at byte 9: data range 64..<80 (data_offsets [0, 16]) lies outside the file (72 bytes)")
    }

    @Test func sizeThatDoesNotMatchTheShape() throws {
        let e = try #require(error(Crafted.safetensors(#"{"w":{"dtype":"F32","shape":[3],"data_offsets":[0,16]}}"#, data: [UInt8](repeating: 0, count: 16))))
        #expect(e.tensor == "w" && e.message == "shape [3] of F32 needs 12 bytes but data_offsets [0, 16] hold 16")
    }

    @Test func overlappingTensors() throws {
        let header = #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}"#
        let e = try #require(error(Crafted.safetensors(header, data: [UInt8](repeating: 0, count: 12))))
        #expect(e.tensor == "b")
        #expect(e.message.hasPrefix("data range") && e.message.contains("overlaps tensor 'a'"))
    }

    @Test func headerLengthBeyondTheFileOrTheLimit() throws {
        var bytes = Crafted.safetensors(#"{"__metadata__":{"a":"b"}}"#)
        bytes[0] = 0xFF
        bytes[1] = 0x10
        let e = try #require(error(bytes))
        #expect(e.byteOffset == 0 && e.message.contains("runs past the end of the file"))
        bytes[5] = 0x01   // 2^40 + ...: above 100 MB
        let huge = try #require(error(bytes))
        #expect(huge.message.contains("larger than safetensors allows"))
    }

    @Test func duplicateNamesDeepNestingAndBadUTF8() throws {
        let dup = try #require(error(Crafted.safetensors(#"{"w":{"dtype":"U8","shape":[0],"data_offsets":[0,0]},"w":{"dtype":"U8","shape":[0],"data_offsets":[0,0]}}"#)))
        #expect(dup.message == "JSON header: duplicate key \"w\"" && dup.byteOffset == 8 + 53)
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        let nested = try #require(error(Crafted.safetensors(#"{"__metadata__":"# + deep + "}")))
        #expect(nested.message.contains("nesting deeper than 64"))
        let badName: [UInt8] = Array(#"{""#.utf8) + [0xC3, 0x28] + Array(#"":{"dtype":"U8","shape":[0],"data_offsets":[0,0]}}"#.utf8)
        let utf8 = try #require(error(Crafted.safetensors(rawHeader: badName)))
        #expect(utf8.message.contains("not valid UTF-8") && utf8.byteOffset == 9)
    }

    @Test func shapesThatAreNotNonNegativeIntegersOrOverflow() throws {
        for shape in ["[-1]", "[1.0]", "[\"2\"]", "[1e3]", "[99999999999999999999]"] {
            let e = try #require(error(Crafted.safetensors(#"{"w":{"dtype":"U8","shape":"# + shape + #","data_offsets":[0,0]}}"#)))
            #expect(e.tensor == "w" && e.message.contains("shape"), "\(shape): \(e)")
        }
        let e = try #require(error(Crafted.safetensors(#"{"w":{"dtype":"F64","shape":[4294967296,4294967296],"data_offsets":[0,0]}}"#)))
        #expect(e.message.contains("more than 2^63"))
        let bits = try #require(error(Crafted.safetensors(#"{"w":{"dtype":"F64","shape":[1152921504606846976,2],"data_offsets":[0,0]}}"#)))
        #expect(bits.message.contains("more than 2^63 bits"))
    }

    @Test func ggufVersionOneAndByteSwappedAreRefused() throws {
        let v1 = try #require(error(Crafted.gguf(version: 1, tensors: [], data: []), name: "m.gguf"))
        #expect(v1.category == .unsupported && v1.description == "m.gguf: at byte 4: GGUF version 1 is not supported (llama.cpp dropped it too); versions 2 and 3 are read")
        let swapped = try #require(error(Crafted.gguf(version: 0x0300_0000, tensors: [], data: []), name: "m.gguf"))
        #expect(swapped.message.contains("big-endian"))
    }

    @Test func ggufHugeCountsAndLengthsAllocateNothing() throws {
        var bytes = Crafted.gguf(tensors: [("w", [4], 0, 0)], data: Crafted.floats([1, 2, 3, 4]))
        bytes.replaceSubrange(8..<16, with: Crafted.le(UInt64.max / 2))
        let e = try #require(error(bytes, name: "m.gguf"))
        #expect(e.byteOffset == 8 && e.message.contains("tensor count"))
        // A string length of a terabyte.
        var s = Crafted.gguf(kvs: [Crafted.kv("k", type: 8, Crafted.string("v"))], tensors: [], data: [])
        s.replaceSubrange(37..<45, with: Crafted.le(UInt64(1) << 40))
        let string = try #require(error(s, name: "m.gguf"))
        #expect(string.message.contains("claims 1099511627776 bytes"), "\(string)")
        // An array of 2^40 uint64.
        let array = Crafted.kv("a", type: 9, Crafted.le(UInt32(10)) + Crafted.le(UInt64(1) << 40))
        let a = try #require(error(Crafted.gguf(kvs: [array], tensors: [], data: []), name: "m.gguf"))
        #expect(a.message.contains("claims 1099511627776 elements"))
    }

    @Test func ggufTensorProblemsNameTheTensor() throws {
        let outside = try #require(error(Crafted.gguf(tensors: [("w", [8], 0, 0)], data: Crafted.floats([1, 2])), name: "m.gguf"))
        #expect(outside.tensor == "w" && outside.message.hasPrefix("data range") && outside.message.contains("lies outside the file"))
        let block = try #require(error(Crafted.gguf(tensors: [("q", [33], 8, 0)], data: []), name: "m.gguf"))
        #expect(block.tensor == "q" && block.message.contains("ne0 = 33 is not a multiple"))
        let dims = try #require(error(Crafted.gguf(tensors: [("d", [1, 1, 1, 1, 1], 0, 0)], data: []), name: "m.gguf"))
        #expect(dims.message.contains("n_dims 5 exceeds 4"))
        let misaligned = try #require(error(Crafted.gguf(tensors: [("m", [1], 0, 4)], data: Crafted.floats([1, 2])), name: "m.gguf"))
        #expect(misaligned.message.contains("not a multiple of the alignment 32"))
        let dup = try #require(error(Crafted.gguf(tensors: [("x", [1], 0, 0), ("x", [1], 0, 32)], data: [UInt8](repeating: 0, count: 36)), name: "m.gguf"))
        #expect(dup.message == "duplicate tensor name")
        let alignment = Crafted.kv("general.alignment", type: 4, Crafted.le(UInt32(48)))
        let badAlign = try #require(error(Crafted.gguf(kvs: [alignment], tensors: [], data: []), name: "m.gguf"))
        #expect(badAlign.message.contains("not a power of two"))
    }

    @Test func ggufUnknownTypeIsUnsupportedWithItsSizeFromTheNextTensor() throws {
        let (model, _) = try Fixtures.parse(Crafted.gguf(tensors: [("u", [10], 99, 0), ("f", [2], 0, 64)], data: [UInt8](repeating: 0, count: 64) + Crafted.floats([1, 2])), name: "m.gguf")
        let u = try #require(model.tensors.first)
        #expect(u.storedType == "type 99" && u.byteCount == 64)
        #expect(u.encoding.unsupportedReason?.contains("unknown") == true)
        #expect(try Fixtures.values(model, model.tensors[1]) == [Float(1).bitPattern, Float(2).bitPattern])
    }

    @Test func ioErrorsAreCategoryIO() throws {
        do {
            _ = try ModelFiles.open(["/nonexistent/model.safetensors"])
            Issue.record("opened a missing file")
        } catch {
            #expect(error.category == .io && error.description == "/nonexistent/model.safetensors: cannot open the file: No such file or directory")
        }
        do {
            _ = try ModelFiles.open([Fixtures.directory.path])
            Issue.record("opened a directory")
        } catch {
            #expect(error.category == .io)
        }
    }

    @Test func indexShardNamesMayNotLeaveTheDirectory() throws {
        for shard in ["../x.safetensors", "/etc/passwd", "a/../../b", "a//b", ""] {
            let json = #"{"weight_map":{"w":"\#(shard)"}}"#
            let bytes = Array(json.utf8)
            let value = try bytes.withUnsafeBytes { try JSONParser.parse($0, file: "model.safetensors.index.json") }
            #expect(throws: TensorFileError.self, "\(shard)") { _ = try SafetensorsIndex(value, file: "model.safetensors.index.json") }
        }
        let ok = try Array(#"{"weight_map":{"w":"sub/m.safetensors"}}"#.utf8).withUnsafeBytes { try JSONParser.parse($0, file: "i.json") }
        #expect(try SafetensorsIndex(ok, file: "i.json").shards == ["sub/m.safetensors"])
    }

    @Test func numpyContainersThatEndEarly() throws {
        let npy = try #require(error([0x93] + Array("NUMPY".utf8) + [1, 0, 0, 0], name: "a.npy"))
        #expect(npy.category == .malformed && npy.message == "npy header: does not end with a newline")
        let npz = try #require(error(Array("PK".utf8) + [3, 4, 0, 0], name: "a.npz"))
        #expect(npz.category == .malformed && npz.message.hasPrefix("zip: no end of central directory record"))
        let junk = try #require(error([1, 2, 3], name: "junk"))
        #expect(junk.message.hasPrefix("not a model file"))
    }

    @Test func readerRefusesAnEmptyWindowAndForgedTensors() throws {
        let (model, _) = try Fixtures.parse(Crafted.safetensors(#"{"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#, data: Crafted.floats([1, 2])))
        let reader = try model.reader(for: model.tensors[0])
        var buffer: UInt32 = 0
        #expect(throws: TensorFileError.self) { _ = try reader.read(into: &buffer, maximum: 0) }
        var forged = model.tensors[0]
        forged.byteOffset = 1 << 62
        #expect(throws: TensorFileError.self) { _ = try model.reader(for: forged) }
        forged = model.tensors[0]
        forged.elementCount = 3
        #expect(throws: TensorFileError.self) { _ = try model.reader(for: forged) }
    }
}
