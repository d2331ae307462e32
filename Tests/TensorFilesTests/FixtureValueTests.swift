import FormatCore
import Testing
@testable import TensorFileIO
@testable import TensorFiles

/// Every tensor of the committed fixtures decodes bit for bit to the values numpy, ml_dtypes and
/// gguf-py give (Fixtures/expected.json), through windows of several sizes.
@Suite struct FixtureValueTests {
    static let files = ["all_dtypes.safetensors", "other_dtypes.safetensors", "all_types.gguf", "aligned64_v2.gguf"]

    @Test(arguments: files)
    func everyExpectedTensorDecodesBitForBit(file: String) throws {
        let expected = try #require(Fixtures.expected[file])
        let model = try ModelFiles.open([Fixtures.path(file)])
        for (name, e) in expected {
            let tensor = try #require(model.tensors.first { $0.name == name }, "\(file): \(name) missing")
            #expect(tensor.storedType == e.dtype, "\(name)")
            #expect(tensor.shape == e.shape, "\(name)")
            #expect(tensor.elementCount == e.shape.reduce(1, *), "\(name)")
            guard let bits = e.bits else {
                #expect(tensor.encoding.unsupportedReason != nil, "\(name) should be unsupported")
                continue
            }
            for window in [4096, 7, 1, 33, 256] {
                let values = try Fixtures.values(model, tensor, window: window)
                #expect(values.count == bits.count, "\(name) window \(window)")
                let firstBad = zip(values, bits).enumerated().first { $0.element.0 != $0.element.1 }
                #expect(firstBad == nil, "\(file) \(name) window \(window): value \(firstBad?.offset ?? -1) is 0x\(String(firstBad?.element.0 ?? 0, radix: 16)), expected 0x\(String(firstBad?.element.1 ?? 0, radix: 16))")
            }
        }
    }

    @Test func safetensorsDtypesAndMetadata() throws {
        let model = try ModelFiles.open([Fixtures.path("all_dtypes.safetensors")])
        #expect(model.kind == .safetensors)
        #expect(model.metadata.contains(MetadataEntry(key: "format", value: .string("pt"))))
        #expect(Set(model.tensors.map(\.storedType)) == Set(SafetensorsDType.all.map(\.name)).subtracting(["F6_E2M3", "F6_E3M2", "C64"]))
        // File order is data order.
        #expect(model.tensors.map(\.byteOffset) == model.tensors.map(\.byteOffset).sorted())
        let f4 = try #require(model.tensors.first { $0.name == "f4" })
        #expect(f4.byteCount == 8 && f4.elementCount == 16)
        #expect(f4.encoding == .scalar(.e2m1fn, bigEndian: false))
        let i64 = try #require(model.tensors.first { $0.name == "i64" })
        #expect(i64.encoding == .wideInteger(bits: 64, signed: true) && !i64.encoding.exactInFloat32)
        let empty = try #require(model.tensors.first { $0.name == "empty_bf16" })
        #expect(empty.elementCount == 0 && empty.byteCount == 0)
        #expect(try Fixtures.values(model, empty).isEmpty)
    }

    @Test func unsupportedSafetensorsDtypesAreReportedNotFatal() throws {
        let model = try ModelFiles.open([Fixtures.path("other_dtypes.safetensors")])
        for name in ["f6_e2m3", "f6_e3m2", "c64", "future"] {
            let t = try #require(model.tensors.first { $0.name == name })
            let reason = try #require(t.encoding.unsupportedReason)
            #expect(reason.contains(t.storedType), "\(reason)")
            #expect(throws: TensorFileError.self) { _ = try model.reader(for: t) }
            do { _ = try model.reader(for: t) } catch { #expect(error.category == .unsupported) }
        }
        #expect(model.tensors.first { $0.name == "f6_e2m3" }?.byteCount == 6)
    }

    @Test func ggufMetadataOfEveryValueType() throws {
        let model = try ModelFiles.open([Fixtures.path("all_types.gguf")])
        #expect(model.kind == .gguf)
        func value(_ key: String) -> MetadataValue? { model.metadata.first { $0.key == key }?.value }
        #expect(value("general.architecture") == .string("llama"))
        #expect(value("test.u8") == .uint(200))
        #expect(value("test.i8") == .int(-100))
        #expect(value("test.u16") == .uint(65000))
        #expect(value("test.i16") == .int(-32000))
        #expect(value("llama.block_count") == .uint(2))
        #expect(value("test.i32") == .int(-2_000_000_000))
        #expect(value("test.f32") == .float(Double(Float(0.1))))
        #expect(value("test.bool") == .bool(true))
        #expect(value("general.name") == .string("floatscope fixture ✓"))
        #expect(value("test.nested") == .array([.array([.int(1), .int(2)], totalCount: 2), .array([.int(3), .int(4), .int(5)], totalCount: 3)], totalCount: 2))
        #expect(value("llama.context_length") == .uint(4096))
        #expect(value("test.i64") == .int(-(1 << 62)))
        #expect(value("test.f64") == .float(-1.25e-300))
        #expect(value("test.floats") == .array([.float(0.5), .float(1.5), .float(-2.0)], totalCount: 3))
        guard case .array(let tokens, let total) = value("tokenizer.ggml.tokens") else {
            Issue.record("tokens missing")
            return
        }
        #expect(total == 100 && tokens.count == MetadataValue.arrayPrefix)
        #expect(tokens.first == .string("tok0") && tokens.last == .string("tok63"))
    }

    @Test func ggufTypesShapesAndTheUnsupportedTensor() throws {
        let model = try ModelFiles.open([Fixtures.path("all_types.gguf")])
        let q4k = try #require(model.tensors.first { $0.name == "q4_k" })
        #expect(q4k.shape == [2, 256] && q4k.byteCount == 2 * 144 && q4k.encoding == .block("q4_k"))
        let iq2 = try #require(model.tensors.first { $0.name == "iq2_xxs" })
        #expect(iq2.byteCount == 66)
        #expect(iq2.encoding.unsupportedReason == "GGUF type IQ2_XXS (16) is not supported: floatscope has no codec for it")
        let mx = try #require(model.tensors.first { $0.name == "mxfp4" })
        #expect(mx.encoding == .block("mxfp4_gguf") && mx.byteCount == 4 * 8 * 17)
        // Data section aligned to 32, tensors at multiples of 32 from it.
        let starts = model.tensors.map(\.byteOffset)
        #expect(starts.allSatisfy { ($0 - starts[0]) % 32 == 0 })
        let aligned = try ModelFiles.open([Fixtures.path("aligned64_v2.gguf")])
        #expect(aligned.tensors.allSatisfy { $0.byteOffset % 64 == 0 })
        #expect(aligned.metadata.contains(MetadataEntry(key: "general.alignment", value: .uint(64))))
    }

    @Test func everyGGUFBlockCodecMatchesItsTypeSize() throws {
        for type in GGMLType.all {
            guard case .block(let name) = type.encoding else { continue }
            let codec = try BlockCodecRegistry.codec(name)
            #expect(codec.layout.valuesPerBlock == type.blockSize, "\(type.name)")
            #expect(codec.layout.bytesPerBlock == type.typeSize, "\(type.name)")
        }
    }

    @Test func shardedCheckpointByIndexAndByFiles() throws {
        let byIndex = try ModelFiles.open([Fixtures.path("sharded/model.safetensors.index.json")])
        #expect(byIndex.paths.count == 2)
        #expect(Set(byIndex.tensors.map(\.name)) == ["f16", "i8", "bf16", "f8_e4m3"])
        #expect(byIndex.metadata.contains { $0.key == "total_size" })
        let expected = try #require(Fixtures.expected["sharded/part/model-00002-of-00002.safetensors"])
        let bf16 = try #require(byIndex.tensors.first { $0.name == "bf16" })
        #expect(byIndex.paths[bf16.file].hasSuffix("part/model-00002-of-00002.safetensors"))
        #expect(try Fixtures.values(byIndex, bf16) == expected["bf16"]?.bits)

        let byFiles = try ModelFiles.open([Fixtures.path("sharded/model-00001-of-00002.safetensors"),
                                           Fixtures.path("sharded/part/model-00002-of-00002.safetensors")])
        #expect(byFiles.tensors.map(\.name) == byIndex.tensors.map(\.name))
        #expect(byFiles.metadata == [MetadataEntry(key: "format", value: .string("pt"))])
    }

    @Test func exactnessOfEncodings() {
        #expect(TensorEncoding.scalar(.fp16, bigEndian: false).exactInFloat32)
        #expect(TensorEncoding.scalar(.bf16, bigEndian: false).exactInFloat32)
        #expect(TensorEncoding.scalar(.fp32, bigEndian: false).exactInFloat32)
        #expect(TensorEncoding.scalar(.e8m0fnu, bigEndian: false).exactInFloat32)
        #expect(TensorEncoding.scalar(.e4m3fn, bigEndian: false).exactInFloat32)
        #expect(TensorEncoding.scalar(.e2m1fn, bigEndian: false).exactInFloat32)
        #expect(TensorEncoding.scalar(.int(16), bigEndian: false).exactInFloat32)
        #expect(!TensorEncoding.scalar(.int(32), bigEndian: false).exactInFloat32)
        #expect(!TensorEncoding.scalar(.fp64, bigEndian: false).exactInFloat32)
        #expect(TensorEncoding.block("q4_k").exactInFloat32)
        #expect(!TensorEncoding.unsupported("x").exactInFloat32)
    }
}
