import Foundation
import Measure
import TensorFileIO
import TensorFiles
import Testing

/// GGUF files quantised by llama.cpp's own quantiser (`llama_model_quantize`, what llama-quantize runs;
/// FloatscopeCLITests/Fixtures/make_real_mix_fixtures.py): `MixPlan` gives every tensor the type
/// llama.cpp stored it in, and every tensor decodes bit for bit to gguf-py's dequantisation
/// (FNV-1a 64 of the float32 bit patterns in real-mix-expected.json, written by the same script).
@Suite("MixPlan against files llama.cpp quantised")
struct RealMixTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("FloatscopeCLITests/Fixtures")

    /// One quantised file: the mix llama.cpp ran, the model's layers, KV heads and tensors.
    struct Fixture: Sendable {
        var file: String
        var mix: LlamaMix
        var layers: Int
        var kvHeads: Int
        var tensors: Int
    }

    /// real-mix: 3 layers, GQA 4, rows of 256. real-mix-tied: 1 layer, GQA 2, no output.weight,
    /// ffn_down rows of 96 (fallback types).
    static let fixtures: [Fixture] = [
        Fixture(file: "real-mix-q4_k_m.gguf", mix: .q4_k_m, layers: 3, kvHeads: 1, tensors: 30),
        Fixture(file: "real-mix-q3_k_m.gguf", mix: .q3_k_m, layers: 3, kvHeads: 1, tensors: 30),
        Fixture(file: "real-mix-q2_k.gguf", mix: .q2_k, layers: 3, kvHeads: 1, tensors: 30),
        Fixture(file: "real-mix-tied-q2_k.gguf", mix: .q2_k, layers: 1, kvHeads: 2, tensors: 11),
        Fixture(file: "real-mix-tied-q5_k_s.gguf", mix: .q5_k_s, layers: 1, kvHeads: 2, tensors: 11),
    ]
    static let files = fixtures.map(\.file)

    /// real-mix-expected.json: per file, per tensor, the stored type and the hash of gguf-py's values.
    static let expected: [String: [String: [String: String]]] = {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("real-mix-expected.json")),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: [String: [String: String]]] else { return [:] }
        return root
    }()

    static func open(_ file: String) throws -> ModelFile {
        try ModelFiles.open([directory.appendingPathComponent(file).path])
    }

    static func fixture(_ file: String) throws -> Fixture {
        try #require(fixtures.first { $0.file == file })
    }

    /// FNV-1a 64 over each value's four little-endian bytes, and whether any value is a NaN.
    static func hash(_ model: ModelFile, _ tensor: TensorInfo) throws -> (hash: UInt64, count: Int, nan: Bool) {
        let reader = try model.reader(for: tensor)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var count = 0, nan = false
        var buffer = [UInt32](repeating: 0, count: 1000)
        while true {
            let n = try buffer.withUnsafeMutableBufferPointer { try reader.read(into: $0.baseAddress!, maximum: 1000) }
            if n == 0 { break }
            for bits in buffer[0..<n] {
                if bits & 0x7f80_0000 == 0x7f80_0000 && bits & 0x007f_ffff != 0 { nan = true }
                for byte in 0..<4 {
                    hash = (hash ^ UInt64((bits >> (8 * UInt32(byte))) & 0xff)) &* 0x0000_0100_0000_01b3
                }
            }
            count += n
        }
        return (hash, count, nan)
    }

    @Test("every tensor's stored type is the type MixPlan gives it for the mix llama.cpp used", arguments: files)
    func storedTypesAreThePlannedTypes(file: String) throws {
        let model = try Self.open(file)
        let fixture = try Self.fixture(file)
        let mix = fixture.mix
        let plan = try MixPlan.plan(model, mix: mix, architecture: nil)
        #expect(model.tensors.count == fixture.tensors)
        #expect(plan.facts.layerCount == fixture.layers && plan.facts.headCount == 4 && plan.facts.kvHeadCount == fixture.kvHeads)
        for tensor in model.tensors {
            let choice = try #require(plan.choices[tensor.name], "\(file): no choice for \(tensor.name)")
            #expect(choice.typeName == tensor.storedType,
                    "\(file) \(tensor.name): llama.cpp stored \(tensor.storedType), MixPlan gives \(choice.typeName) (\(choice.reason))")
            // Only rows that 256 does not divide (real-mix-tied's ffn_down, 96) fall back to a 32-block type.
            let fellBack = tensor.shape.count == 2 && (tensor.shape.last ?? 0) % 256 != 0
            #expect((choice.fallbackFrom != nil) == fellBack, "\(file) \(tensor.name): \(choice.reason)")
        }
        // llama.cpp records the mix it ran (llama_ftype) as general.file_type.
        let fileType = model.metadata.first { $0.key == "general.file_type" }?.value.intValue
        let ftypes: [LlamaMix: Int] = [.q2_k: 10, .q3_k_m: 12, .q4_k_m: 15, .q5_k_s: 16]
        #expect(fileType == ftypes[mix])
    }

    /// How many tensors llama.cpp stored in each type (its log of the runs).
    static let typeCounts: [String: [String: Int]] = [
        "real-mix-q4_k_m.gguf": ["F32": 7, "Q4_K": 20, "Q6_K": 3],
        "real-mix-q3_k_m.gguf": ["F32": 7, "Q3_K": 13, "Q4_K": 7, "Q5_K": 2, "Q6_K": 1],
        "real-mix-q2_k.gguf": ["F32": 7, "Q2_K": 13, "Q3_K": 6, "Q4_K": 3, "Q6_K": 1],
        "real-mix-tied-q2_k.gguf": ["F32": 3, "Q2_K": 4, "Q3_K": 2, "Q4_0": 1, "Q6_K": 1],
        "real-mix-tied-q5_k_s.gguf": ["F32": 3, "Q5_K": 6, "Q5_1": 1, "Q6_K": 1],
    ]

    @Test("the fixtures exercise the rules: the rules move tensors off the default type, and another mix's plan disagrees", arguments: files)
    func fixturesAreNotTrivial(file: String) throws {
        let model = try Self.open(file)
        #expect(Dictionary(model.tensors.map { ($0.storedType, 1) }, uniquingKeysWith: +) == Self.typeCounts[file], "\(file)")
        let mix = try Self.fixture(file).mix
        for other in Set(Self.fixtures.map(\.mix)) where other != mix {
            let plan = try MixPlan.plan(model, mix: other, architecture: nil)
            #expect(model.tensors.contains { plan.choices[$0.name]?.typeName != $0.storedType }, "\(file) also fits \(other.name)")
        }
    }

    @Test("every tensor decodes bit for bit to gguf-py's values, without NaN", arguments: files)
    func everyTensorDecodes(file: String) throws {
        let model = try Self.open(file)
        let expected = try #require(Self.expected[file], "real-mix-expected.json has no \(file)")
        #expect(expected.count == model.tensors.count)
        for tensor in model.tensors {
            let want = try #require(expected[tensor.name], "\(file): \(tensor.name) not in real-mix-expected.json")
            #expect(want["type"] == tensor.storedType, "\(file) \(tensor.name)")
            let got = try Self.hash(model, tensor)
            #expect(got.count == tensor.elementCount, "\(file) \(tensor.name)")
            #expect(!got.nan, "\(file) \(tensor.name) decodes to a NaN")
            #expect(String(got.hash, radix: 16) == want["fnv1a64"], "\(file) \(tensor.name) (\(tensor.storedType)) decodes to other values than gguf-py's")
        }
    }
}
