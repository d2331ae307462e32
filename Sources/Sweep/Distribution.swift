import Foundation

/// A distribution to draw sample inputs from. Element i is a pure function of (seed, i), so samples
/// never depend on the number of threads.
public enum Distribution: Sendable, Hashable {
    /// Normal with mean and standard deviation.
    case normal(mean: Double, sigma: Double)
    /// Uniform on [a, b).
    case uniform(lower: Double, upper: Double)
    /// Log-uniform magnitudes over binades [lo, hi) of log2, with random sign.
    case logUniform(lowBinade: Double, highBinade: Double)
    /// Laplace with location and scale b.
    case laplace(location: Double, scale: Double)
    /// Student-t with ν degrees of freedom, scaled: heavy tails like LLM activations with outliers.
    case studentT(degrees: Double, scale: Double)

    /// The accepted spellings.
    public static let spellings = "normal[:MU,SIGMA] (default 0,1), uniform[:A,B] (default -1,1), loguniform[:LO,HI] (binades, default -20,20), laplace[:MU,B] (default 0,1), student-t[:NU[,SCALE]] (default 3,1)"

    /// Parses `normal`, `normal:0,0.02`, `student-t:3`...
    public static func parse(_ text: String) -> Distribution? {
        let parts = text.lowercased().split(separator: ":", maxSplits: 1)
        let args = parts.count == 2 ? parts[1].split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) } : []
        if args.contains(where: { $0 == nil }) { return nil }
        let a = args.compactMap { $0 }
        func pick(_ defaults: [Double]) -> [Double]? {
            guard a.count <= defaults.count else { return nil }
            return a + defaults.dropFirst(a.count)
        }
        switch String(parts.first ?? "") {
        case "normal", "gaussian", "n":
            guard let v = pick([0, 1]), v[1] > 0 else { return nil }
            return .normal(mean: v[0], sigma: v[1])
        case "uniform", "u":
            guard let v = pick([-1, 1]), v[1] > v[0] else { return nil }
            return .uniform(lower: v[0], upper: v[1])
        case "loguniform", "log-uniform":
            guard let v = pick([-20, 20]), v[1] > v[0] else { return nil }
            return .logUniform(lowBinade: v[0], highBinade: v[1])
        case "laplace":
            guard let v = pick([0, 1]), v[1] > 0 else { return nil }
            return .laplace(location: v[0], scale: v[1])
        case "student-t", "studentt", "t":
            guard let v = pick([3, 1]), v[0] > 0, v[1] > 0 else { return nil }
            return .studentT(degrees: v[0], scale: v[1])
        default: return nil
        }
    }

    /// The distribution's name as `--dist` spells it.
    public var name: String {
        switch self {
        case .normal: return "normal"
        case .uniform: return "uniform"
        case .logUniform: return "loguniform"
        case .laplace: return "laplace"
        case .studentT: return "student-t"
        }
    }

    /// The parameters by name, in the order `--dist` takes them.
    public var parameters: [(name: String, value: Double)] {
        switch self {
        case .normal(let mean, let sigma): return [("mean", mean), ("sigma", sigma)]
        case .uniform(let lower, let upper): return [("lower", lower), ("upper", upper)]
        case .logUniform(let low, let high): return [("low_binade", low), ("high_binade", high)]
        case .laplace(let location, let scale): return [("location", location), ("scale", scale)]
        case .studentT(let degrees, let scale): return [("degrees", degrees), ("scale", scale)]
        }
    }

    /// The distribution written as `--dist` takes it, every parameter given: `normal:0,1`.
    public var spelling: String {
        "\(name):" + parameters.map { p in
            p.value == p.value.rounded() && p.value.magnitude < 1e15 ? String(Int64(p.value)) : p.value.description
        }.joined(separator: ",")
    }

    /// A uniform double in (0, 1) from the element's hash stream.
    @inline(__always)
    static func unit(_ seed: UInt64, _ index: UInt64, _ stream: UInt64) -> Double {
        var z = seed &+ (index &* 4 &+ stream &+ 1) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return (Double(z >> 11) + 0.5) * 0x1p-53
    }

    /// A standard normal for the element (Box-Muller).
    @inline(__always)
    static func standardNormal(_ seed: UInt64, _ index: UInt64, _ stream: UInt64 = 0) -> Double {
        let u1 = unit(seed, index, stream), u2 = unit(seed, index, stream + 1)
        return (-2 * Foundation.log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// The sample for element `index`, rounded to float32.
    public func sample(seed: UInt64, index: UInt64) -> Float {
        switch self {
        case .normal(let mu, let sigma):
            return Float(mu + sigma * Self.standardNormal(seed, index))
        case .uniform(let a, let b):
            return Float(a + (b - a) * Self.unit(seed, index, 0))
        case .logUniform(let lo, let hi):
            let e = lo + (hi - lo) * Self.unit(seed, index, 0)
            let sign: Double = Self.unit(seed, index, 1) < 0.5 ? -1 : 1
            return Float(sign * exp2(e))
        case .laplace(let mu, let b):
            let u = Self.unit(seed, index, 0) - 0.5
            return Float(mu - b * (u < 0 ? -1 : 1) * Foundation.log(1 - 2 * abs(u)))
        case .studentT(let nu, let scale):
            // t = Z / sqrt(V / nu), V ~ chi-square(nu) drawn as Gamma(nu/2, 2) (Marsaglia-Tsang, fixed draws).
            let z = Self.standardNormal(seed, index, 0)
            let v = 2 * Self.gamma(shape: nu / 2, seed: seed, index: index)
            return Float(scale * z / (v / nu).squareRoot())
        }
    }

    /// A Gamma(shape, 1) variate from the element's streams (Marsaglia-Tsang with a bounded number of tries).
    static func gamma(shape: Double, seed: UInt64, index: UInt64) -> Double {
        let boost = shape < 1
        let k = boost ? shape + 1 : shape
        let d = k - 1.0 / 3, c = 1 / (9 * d).squareRoot()
        var stream: UInt64 = 2
        for _ in 0..<64 {
            let x = standardNormal(seed &+ stream &* 0x1000_0000_01, index, 0)
            stream += 1
            let v0 = 1 + c * x
            guard v0 > 0 else { continue }
            let v = v0 * v0 * v0
            let u = unit(seed &+ stream &* 0x2000_0000_03, index, 0)
            stream += 1
            if Foundation.log(u) < 0.5 * x * x + d - d * v + d * Foundation.log(v) {
                let g = d * v
                return boost ? g * pow(unit(seed, index, 3), 1 / shape) : g
            }
        }
        return d
    }
}
