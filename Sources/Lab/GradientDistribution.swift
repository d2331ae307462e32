/// Where the lab's gradients come from: a log-normal magnitude, a mixture of two, or given values.
/// Element i is a pure function of (seed, i).
public enum GradientDistribution: Sendable, Hashable {
    /// One log-normal component.
    case logNormal(LogNormal)
    /// Two components: element i comes from the second with probability `secondShare`
    /// (`CounterBits` stream 2's unit below it), else from the first.
    case mixture(LogNormal, LogNormal, secondShare: Double)
    /// Given values, element i being `values[i % count]`.
    case values([Double])

    /// The accepted spellings, for messages.
    public static let spellings = "lognormal[:CENTRE,SPREAD] (log2 of |g|: mean and standard deviation in binades, default -20,3), mixture:C1,S1,C2,S2,SHARE (SHARE of the values from the second component)"

    /// Parses `lognormal`, `lognormal:-20,3`, `mixture:-24,2,-10,1,0.01`; nil when it does not parse
    /// or a spread is negative, a share outside [0, 1] or a number not finite.
    public static func parse(_ text: String) -> GradientDistribution? {
        let parts = text.lowercased().split(separator: ":", maxSplits: 1)
        let numbers = parts.count == 2 ? parts[1].split(separator: ",", omittingEmptySubsequences: false).map { Double($0) } : []
        guard !numbers.contains(where: { $0 == nil || !$0!.isFinite }) else { return nil }
        let a = numbers.compactMap { $0 }
        switch parts.first.map(String.init) ?? "" {
        case "lognormal", "log-normal":
            guard a.count <= 2 else { return nil }
            let v = a + [-20, 3].dropFirst(a.count)
            guard v[1] >= 0 else { return nil }
            return .logNormal(LogNormal(centreLog2: v[0], spreadLog2: v[1]))
        case "mixture":
            guard a.count == 5, a[1] >= 0, a[3] >= 0, a[4] >= 0, a[4] <= 1 else { return nil }
            return .mixture(LogNormal(centreLog2: a[0], spreadLog2: a[1]), LogNormal(centreLog2: a[2], spreadLog2: a[3]), secondShare: a[4])
        default: return nil
        }
    }

    /// The sample of element `index`.
    public func sample(seed: UInt64, index: UInt64) -> Double {
        switch self {
        case .logNormal(let d): return d.sample(seed: seed, index: index)
        case .mixture(let first, let second, let share):
            let second = CounterBits.unit(seed: seed, stream: 2, index: index) < share ? second : first
            return second.sample(seed: seed, index: index)
        case .values(let v): return v.isEmpty ? 0 : v[Int(index % UInt64(v.count))]
        }
    }

    /// Elements `0..<count`.
    public func samples(count: Int, seed: UInt64) -> [Double] {
        (0..<max(count, 0)).map { sample(seed: seed, index: UInt64($0)) }
    }

    /// The distribution with every magnitude multiplied by 2^binades (the centres moved; given
    /// values multiplied by `PowerOfTwo.exp2(binades)`, exactly when binades is an integer).
    public func shifted(by binades: Double) -> GradientDistribution {
        if binades == 0 { return self }
        switch self {
        case .logNormal(let d): return .logNormal(d.shifted(by: binades))
        case .mixture(let a, let b, let share): return .mixture(a.shifted(by: binades), b.shifted(by: binades), secondShare: share)
        case .values(let v):
            let factor = PowerOfTwo.exp2(binades)
            return .values(v.map { $0 * factor })
        }
    }

    /// The distribution as `parse` reads it, or `values(N)` for given values.
    public var spelling: String {
        switch self {
        case .logNormal(let d): return "lognormal:\(d.centreLog2),\(d.spreadLog2)"
        case .mixture(let a, let b, let share): return "mixture:\(a.centreLog2),\(a.spreadLog2),\(b.centreLog2),\(b.spreadLog2),\(share)"
        case .values(let v): return "values(\(v.count))"
        }
    }
}
