import Foundation
import _SIMDBuiltins

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

    /// The sample for element `index`, rounded to float32: the definition. Every draw comes from the
    /// counter-based `SampleStream` (Philox4x32-10 words, Box-Muller normals), stream 0 first:
    ///
    /// - normal: float32(μ + σ·z) for the stream-0 normal z (float64 arithmetic, one rounding at the end);
    /// - uniform: float32(a + (b - a)·u) for the stream-0 unit u = (w + 1/2)·2^-32;
    /// - log-uniform: ±2^(lo + (hi - lo)·u) with u the stream-0 unit and the sign negative when the
    ///   stream-1 unit is below 1/2;
    /// - Laplace: μ - b·sign(u - 1/2)·ln(1 - 2|u - 1/2|) for the stream-0 unit u;
    /// - Student-t: scale · z / sqrt(V/ν) for the stream-0 normal z and V = 2·Gamma(ν/2) (`gamma`).
    public func sample(seed: UInt64, index: UInt64) -> Float {
        switch self {
        case .normal(let mu, let sigma):
            return Float(mu + sigma * Double(SampleStream.normal(seed: seed, stream: 0, index: index)))
        case .uniform(let a, let b):
            return Float(a + (b - a) * SampleStream.unit(seed: seed, stream: 0, index: index))
        case .logUniform(let lo, let hi):
            return Self.logUniform(lo, hi, SampleStream.unit(seed: seed, stream: 0, index: index),
                                   SampleStream.unit(seed: seed, stream: 1, index: index))
        case .laplace(let mu, let b):
            return Self.laplace(mu, b, SampleStream.unit(seed: seed, stream: 0, index: index))
        case .studentT(let nu, let scale):
            // t = Z / sqrt(V / nu), V ~ chi-square(nu) drawn as 2 · Gamma(nu/2).
            let z = Double(SampleStream.normal(seed: seed, stream: 0, index: index))
            let v = 2 * Self.gamma(shape: nu / 2, seed: seed, index: index)
            return Float(scale * z / (v / nu).squareRoot())
        }
    }

    /// The log-uniform sample of the units u (exponent) and v (sign).
    @inline(__always)
    static func logUniform(_ lo: Double, _ hi: Double, _ u: Double, _ v: Double) -> Float {
        let sign: Double = v < 0.5 ? -1 : 1
        return Float(sign * exp2(lo + (hi - lo) * u))
    }

    /// The Laplace sample of the unit u.
    @inline(__always)
    static func laplace(_ mu: Double, _ b: Double, _ unit: Double) -> Float {
        let u = unit - 0.5
        return Float(mu - b * (u < 0 ? -1 : 1) * Foundation.log(1 - 2 * abs(u)))
    }

    /// A Gamma(shape, 1) variate for element `index` (Marsaglia-Tsang with at most 64 tries): try k takes
    /// the normal of stream 2 + 2k and the unit of stream 3 + 2k; a shape below 1 is boosted by the unit of
    /// stream 1 (which log-uniform's sign also uses; the two distributions never share a sample).
    static func gamma(shape: Double, seed: UInt64, index: UInt64) -> Double {
        let boost = shape < 1
        let k = boost ? shape + 1 : shape
        let d = k - 1.0 / 3, c = 1 / (9 * d).squareRoot()
        for attempt: UInt32 in 0..<64 {
            let x = Double(SampleStream.normal(seed: seed, stream: 2 + 2 * attempt, index: index))
            let v0 = 1 + c * x
            guard v0 > 0 else { continue }
            let v = v0 * v0 * v0
            let u = SampleStream.unit(seed: seed, stream: 3 + 2 * attempt, index: index)
            if Foundation.log(u) < 0.5 * x * x + d - d * v + d * Foundation.log(v) {
                let g = d * v
                return boost ? g * pow(SampleStream.unit(seed: seed, stream: 1, index: index), 1 / shape) : g
            }
        }
        return d
    }

    /// Elements `start ..< start + count` as float32 bit patterns: exactly `sample(seed:index:)` of each,
    /// group by group (32 elements, `SampleStream`): the words eight lanes at a time, then the normal and
    /// uniform samples in lanes too, Laplace and log-uniform samples word by word, Student-t samples
    /// element by element.
    public func fill(_ out: UnsafeMutablePointer<UInt32>, seed: UInt64, start: UInt64, count: Int) {
        let end = start + UInt64(count)
        var element = start
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: SampleStream.groupLength) { scratch in
            while element < end {
                let group = element / 32, first = group * 32, last = Swift.min(first + 32, end)
                if case .normal(let mu, let sigma) = self, element == first, end - first >= 64 {
                    fillNormalPair(out + Int(element - start), mu: mu, sigma: sigma, seed: seed, group: group)
                    element = first + 64
                    continue
                }
                if element == first && last == first + 32 {
                    fillGroup(out + Int(element - start), seed: seed, group: group)
                } else {
                    fillGroup(scratch.baseAddress!, seed: seed, group: group)
                    (out + Int(element - start)).update(from: scratch.baseAddress! + Int(element - first), count: Int(last - element))
                }
                element = last
            }
        }
    }

    /// The 64 normal samples of groups `group` and `group + 1` into `out`.
    @inline(__always)
    private func fillNormalPair(_ out: UnsafeMutablePointer<UInt32>, mu: Double, sigma: Double, seed: UInt64, group: UInt64) {
        let raw = UnsafeMutableRawPointer(out)
        let (a, b) = SampleStream.normalPairs(seed: seed, stream: 0, group: group)
        // z is never 0 (`BoxMuller`), so μ + σ·z is z itself for the standard normal, -0 included.
        let standard = mu == 0 && sigma == 1
        @inline(__always) func store(_ z: SIMD8<Float>, _ k: Int) {
            let v = standard ? z : SIMDBuiltins.float(SIMDBuiltins.double(z) * sigma + mu)
            raw.storeBytes(of: v, toByteOffset: 32 * k, as: SIMD8<Float>.self)
        }
        store(a.0, 0)
        store(a.1, 1)
        store(a.2, 2)
        store(a.3, 3)
        store(b.0, 4)
        store(b.1, 5)
        store(b.2, 6)
        store(b.3, 7)
    }

    /// The 32 samples of group `group` into `out`.
    @inline(__always)
    private func fillGroup(_ out: UnsafeMutablePointer<UInt32>, seed: UInt64, group: UInt64) {
        let raw = UnsafeMutableRawPointer(out)
        switch self {
        case .normal(let mu, let sigma):
            let (z0, z1, z2, z3) = SampleStream.normals(seed: seed, stream: 0, group: group)
            // z is never 0 (`BoxMuller`), so μ + σ·z is z itself for the standard normal, -0 included.
            let standard = mu == 0 && sigma == 1
            @inline(__always) func store(_ z: SIMD8<Float>, _ k: Int) {
                let v = standard ? z : SIMDBuiltins.float(SIMDBuiltins.double(z) * sigma + mu)
                raw.storeBytes(of: v, toByteOffset: 32 * k, as: SIMD8<Float>.self)
            }
            store(z0, 0)
            store(z1, 1)
            store(z2, 2)
            store(z3, 3)
        case .uniform(let a, let b):
            SampleStream.words(seed: seed, stream: 0, group: group, into: out)
            for k in 0..<4 {
                let w = raw.loadUnaligned(fromByteOffset: 32 * k, as: SIMD8<UInt32>.self)
                let u = (SIMDBuiltins.double(w) + 0.5) * 0x1p-32
                raw.storeBytes(of: SIMDBuiltins.float(a + (b - a) * u), toByteOffset: 32 * k, as: SIMD8<Float>.self)
            }
        case .laplace(let mu, let b):
            // The words in lanes, then each sample from its word.
            SampleStream.words(seed: seed, stream: 0, group: group, into: out)
            for k in 0..<32 { out[k] = Self.laplace(mu, b, SampleStream.unit(out[k])).bitPattern }
        case .logUniform(let lo, let hi):
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 32) { signs in
                SampleStream.words(seed: seed, stream: 0, group: group, into: out)
                SampleStream.words(seed: seed, stream: 1, group: group, into: signs.baseAddress!)
                for k in 0..<32 { out[k] = Self.logUniform(lo, hi, SampleStream.unit(out[k]), SampleStream.unit(signs[k])).bitPattern }
            }
        case .studentT:
            for k in 0..<32 { out[k] = sample(seed: seed, index: group * 32 + UInt64(k)).bitPattern }
        }
    }
}
