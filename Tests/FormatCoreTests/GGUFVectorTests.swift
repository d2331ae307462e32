import Foundation
import Testing
@testable import FormatCore

/// llama.cpp's shared GGUF vectors (Tests/Vectors/gguf, a copy of ../shared/vectors/gguf):
/// 64 rows of 256 float32 quantised by llama-quantize (no importance matrix) and dequantised by ggml.
@Suite struct GGUFVectorTests {
    static let names = ["q4_0", "q4_1", "q5_0", "q5_1", "q8_0", "q2_k", "q3_k", "q4_k", "q5_k", "q6_k", "iq4_nl", "mxfp4"]

    @Test("encode gives llama-quantize's bytes, decode ggml's floats, roundTrip decode(encode)", arguments: names)
    func sharedVectors(_ name: String) throws {
        let codec = GGUFVectorFiles.codec(name)
        let input = try GGUFVectorFiles.floats("input.f32")
        #expect(input.count == 64 * 256)
        let blocks = try GGUFVectorFiles.bytes("\(name).bin")
        let dequantised = try GGUFVectorFiles.floats("\(name).dequant.f32")
        #expect(blocks.count == codec.encodedByteCount(count: input.count))
        let problems = GGUFVectorFiles.mismatches(codec, input: input, blocks: blocks, dequantised: dequantised)
        #expect(problems.count == 0, "\(problems.joined(separator: "\n"))")
    }

    @Test("GGUFCodecs.all: llama.cpp's type order, block sizes of index.json")
    func codecList() {
        #expect(GGUFCodecs.all.map(\.name) == Self.names.map { $0 == "mxfp4" ? "mxfp4_gguf" : $0 })
        let sizes = GGUFCodecs.all.map { [$0.layout.valuesPerBlock, $0.layout.bytesPerBlock] }
        #expect(sizes == [[32, 18], [32, 20], [32, 22], [32, 24], [32, 34], [256, 84], [256, 110], [256, 144],
                          [256, 176], [256, 210], [32, 18], [32, 17]])
    }

    @Test("the tests' copy of the GGUF vectors is the shared one")
    func copyIsCurrent() throws {
        guard let shared = VectorFiles.sharedDirectory?.appendingPathComponent("gguf"),
              FileManager.default.fileExists(atPath: shared.path) else { return }
        for file in try FileManager.default.contentsOfDirectory(atPath: shared.path) {
            let a = try Data(contentsOf: shared.appendingPathComponent(file))
            let b = try Data(contentsOf: GGUFVectorFiles.directory.appendingPathComponent(file))
            #expect(a == b, "Tests/Vectors/gguf/\(file) differs from ../shared/vectors/gguf")
        }
    }
}
