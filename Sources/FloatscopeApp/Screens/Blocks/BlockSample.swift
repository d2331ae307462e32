import Sweep

/// Data for the Blocks screen: samples of the sweep library's generator (element i a pure function
/// of seed 1 and i, the same stream as `floatscope sweep --dist ... --seed 1`).
public struct BlockSample: Sendable, Equatable {
    /// The name shown.
    public let name: String
    /// The distribution.
    public let distribution: Distribution

    /// Weight-like N(0, 0.02), N(0, 1), and heavy-tailed Student-t(3) at weight scale.
    public static let all: [BlockSample] = [
        BlockSample(name: "N(0, 0.02) weights", distribution: .normal(mean: 0, sigma: 0.02)),
        BlockSample(name: "N(0, 1)", distribution: .normal(mean: 0, sigma: 1)),
        BlockSample(name: "Student-t(3) x 0.02, outliers", distribution: .studentT(degrees: 3, scale: 0.02)),
    ]

    /// The name shown in a language.
    public func name(_ language: Language) -> String {
        guard language == .zh else { return name }
        switch name {
        case "N(0, 0.02) weights": return "N(0, 0.02) 权重"
        case "Student-t(3) x 0.02, outliers": return "t 分布 t(3) x 0.02，含离群值"
        default: return name
        }
    }

    /// The first `count` samples, seed 1.
    public func values(count: Int) -> [Float] {
        (0..<count).map { distribution.sample(seed: 1, index: UInt64($0)) }
    }
}
