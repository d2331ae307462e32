import Foundation
import Measure

/// The committed expectations of Fixtures/mix_expected.json (written by make_mix_fixtures.py with
/// ggml-reference's mix.py): synthetic models, their facts, and the type of every tensor per mix.
enum MixFixtures {
    /// One synthetic model and its runs.
    struct Model {
        var name: String
        var facts: MixModelFacts
        var tensors: [MixTensor]
        var runs: [Run]
    }

    /// One mix over one model: the ggml type names in tensor order, or nil when mix.py refused it.
    struct Run {
        var mix: String
        var imatrix: Bool
        var types: [String]?
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The models of mix_expected.json (empty when the file cannot be read, which the tests report).
    static let models: [Model] = {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("mix_expected.json")),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let legend = root["legend"] as? [String: String],
              let models = root["models"] as? [[String: Any]] else { return [] }
        return models.map { m in
            let f = m["facts"] as? [String: Any] ?? [:]
            let facts = MixModelFacts(architecture: f["architecture"] as? String ?? "", layerCount: f["layerCount"] as? Int,
                                      headCount: f["headCount"] as? Int, kvHeadCount: f["kvHeadCount"] as? Int,
                                      expertCount: f["expertCount"] as? Int ?? 0)
            let tensors = (m["tensors"] as? [[Any]] ?? []).map { t in
                MixTensor(name: t[0] as? String ?? "", ggmlShape: t[1] as? [Int] ?? [], sourceType: t.count > 2 ? t[2] as? String : nil)
            }
            let runs = (m["runs"] as? [[String: Any]] ?? []).map { r in
                Run(mix: r["mix"] as? String ?? "", imatrix: r["imatrix"] as? Bool ?? false,
                    types: (r["types"] as? String).map { $0.map { legend[String($0)] ?? "?" } })
            }
            return Model(name: m["name"] as? String ?? "", facts: facts, tensors: tensors, runs: runs)
        }
    }()
}
