import BigInt
import Foundation
import FormatCore
import Measure
import Testing
@testable import Claims

/// The model claims against outside references: the Llama-2-7B tensors and Q4_K_M types of
/// ggml-reference's mix.py (MeasureTests' committed fixture), and `floatscope memory`'s weights lines.
@Suite struct ReferenceTests {
    /// The committed fixture's llama7b model: tensors (name, ggml shape) and the Q4_K_M types.
    static func reference() throws -> (tensors: [(String, [Int])], types: [String]) {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("MeasureTests/Fixtures/mix_expected.json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let legend = try #require(root["legend"] as? [String: String])
        let model = try #require((root["models"] as? [[String: Any]])?.first { $0["name"] as? String == "llama7b" })
        let tensors = try #require(model["tensors"] as? [[Any]]).map { ($0[0] as? String ?? "", $0[1] as? [Int] ?? []) }
        let run = try #require((model["runs"] as? [[String: Any]])?.first { $0["mix"] as? String == "Q4_K_M" && $0["imatrix"] as? Bool == false })
        let types = try #require(run["types"] as? String).map { legend[String($0)] ?? "?" }
        return (tensors, types)
    }

    @Test("the Llama-2-7B shape lists mix.py's llama7b tensors, and the Q4_K_M size is the sum of mix.py's types' bytes")
    func mixAgainstReference() throws {
        let (tensors, types) = try Self.reference()
        let ours = ClaimCatalog.llama2_7B.tensors
        #expect(Dictionary(uniqueKeysWithValues: ours.map { ($0.name, $0.ggmlShape) }) == Dictionary(uniqueKeysWithValues: tensors.map { ($0.0, $0.1) }))
        let perValue: [String: (bytes: Int, values: Int)] = ["Q4_K": (144, 256), "Q6_K": (210, 256), "F32": (4, 1)]
        var bytes = 0
        for ((_, shape), type) in zip(tensors, types) {
            let p = try #require(perValue[type], "type \(type) not expected in Q4_K_M on llama7b")
            bytes += shape.reduce(1, *) / p.values * p.bytes
        }
        let check = try ClaimEvaluator.check(try #require(ClaimCatalog.records.first { $0.id == "q4-k-m-ratio" }))
        #expect(check.figure("size_gb")?.value == Rational(BigUInt(bytes), BigUInt(1_000_000_000)))
    }

    @Test("the weights claims agree with floatscope memory's weights lines (MemoryEstimate)")
    func weightsAgainstMemory() throws {
        let fp8 = try ClaimEvaluator.check(try #require(ClaimCatalog.records.first { $0.id == "fp8-671b-size" }))
        let line = MemoryEstimate.weights(parameters: 671_000_000_000, candidate: try ModelCandidate.parse("e4m3fn"), bitsPerValue: 8)
        #expect(fp8.figure("weights_gb")?.value.nearestDouble == line.bytes / 1e9)
        let qlora = try ClaimEvaluator.check(try #require(ClaimCatalog.records.first { $0.id == "qlora-70b-one-card" }))
        let nf4 = try BlockFormat.parse("nf4:64+dq")
        let q = MemoryEstimate.weights(parameters: 70_000_000_000, candidate: try ModelCandidate.parse("nf4:64+dq"), bitsPerValue: nf4.bitsPerValue)
        #expect(qlora.figure("weights_gb")?.value.nearestDouble == q.bytes / 1e9)
    }
}
