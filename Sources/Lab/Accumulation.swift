import FormatCore
import Sweep

/// Sums and dot products of N seeded values in a format F, by each `AccumulationMethod`, against
/// the exact result, for N = 1, 2, 4, ..., 2^maxLog2. Input i is element i of a Sweep distribution
/// under the seed (the second stream of a dot product under seed + 1), rounded once into F, so the
/// exact result and every method see the same terms; the error measures the adding alone.
public struct Accumulation: Sendable {
    /// Where the values come from.
    public var values: Distribution = .uniform(lower: 0, upper: 1)
    /// When set, every value is this instead of a draw (before rounding into the format).
    public var constant: Double?
    /// The largest N is 2^maxLog2.
    public var maxLog2: Int = 12
    /// The seed.
    public var seed: UInt64 = 0

    /// The largest maxLog2 accepted.
    public static let maxLog2Limit = 20

    /// The defaults.
    public init() {}

    /// The term counts: 2^0 ... 2^maxLog2.
    public var counts: [Int] { (0...max(maxLog2, 0)).map { 1 << $0 } }

    /// The inputs a (and b) rounded into F; throws when one is not finite there.
    public func inputs(_ f: FormatArithmetic, stream: UInt64) throws(LabError) -> [Double] {
        var out: [Double] = []
        let n = 1 << maxLog2
        out.reserveCapacity(n)
        for i in 0..<n {
            let v = constant ?? Double(values.sample(seed: seed &+ stream, index: UInt64(i)))
            let r = f.round(v)
            guard r.isFinite else {
                throw LabError("input \(i) (\(v)) is not finite in \(f.format.name); choose values within its range")
            }
            out.append(r.value)
        }
        return out
    }

    /// Every method's series for one format and kind.
    public func run(_ format: Format, kind: AccumulationKind) throws(LabError) -> [AccumulationSeries] {
        guard (0...Self.maxLog2Limit).contains(maxLog2) else {
            throw LabError("the largest N must be 2^0 ... 2^\(Self.maxLog2Limit); got 2^\(maxLog2)")
        }
        let f = try FormatArithmetic(format)
        let fp32 = try FormatArithmetic(.fp32)
        let a = try inputs(f, stream: 0)
        let b = kind == .dot ? try inputs(f, stream: 1) : []
        let n = a.count
        func term(_ i: Int) -> Dyadic { kind == .sum ? Dyadic(a[i])! : Dyadic(a[i])! * Dyadic(b[i])! }
        // `add(acc, i)` rounds acc + term i once in the arithmetic given.
        func add(_ arithmetic: FormatArithmetic, _ acc: Double, _ i: Int) -> Double {
            kind == .sum ? arithmetic.sum(acc, a[i]).value : arithmetic.fused(a[i], b[i], plus: acc).value
        }
        func leaf(_ i: Int) -> Double { kind == .sum ? a[i] : f.fused(a[i], b[i], plus: 0).value }

        var exact = Dyadic.zero
        var exactPoints: [Dyadic] = []
        var same = 0.0, wide = 0.0, kahanSum = 0.0, compensation = 0.0
        var stack: [(size: Int, value: Double)] = []
        var results: [AccumulationMethod: [Double]] = [:]
        for i in 0..<n {
            exact = exact + term(i)
            same = add(f, same, i)
            wide = add(fp32, wide, i)
            // Kahan: y = term - c, t = sum + y, c = (t - sum) - y.
            let y = kind == .sum ? f.sum(a[i], -compensation).value : f.fused(a[i], b[i], plus: -compensation).value
            let t = f.sum(kahanSum, y).value
            compensation = f.sum(f.sum(t, -kahanSum).value, -y).value
            kahanSum = t
            // Pairwise as a binary counter: equal-sized partial sums are merged as soon as they exist.
            stack.append((1, leaf(i)))
            while stack.count >= 2 && stack[stack.count - 1].size == stack[stack.count - 2].size {
                let right = stack.removeLast(), left = stack.removeLast()
                stack.append((left.size * 2, f.sum(left.value, right.value).value))
            }
            if (i + 1) & i == 0 {
                exactPoints.append(exact)
                results[.sameFormat, default: []].append(same)
                results[.fp32Accumulator, default: []].append(wide)
                results[.kahan, default: []].append(kahanSum)
                results[.pairwise, default: []].append(stack[0].value)
            }
        }
        return AccumulationMethod.allCases.map {
            AccumulationSeries(format: format.name, kind: kind, method: $0, counts: counts, results: results[$0] ?? [], exact: exactPoints)
        }
    }

    /// Pairwise summation of `leaves` in F, the definition: one leaf is itself, otherwise the
    /// rounded sum of the pairwise sums of the first half (n/2 rounded down) and of the rest.
    public static func pairwise(_ leaves: ArraySlice<Double>, in f: FormatArithmetic) -> Double {
        if leaves.isEmpty { return 0 }
        if leaves.count == 1 { return leaves.first! }
        let mid = leaves.startIndex + leaves.count / 2
        return f.sum(pairwise(leaves[..<mid], in: f), pairwise(leaves[mid...], in: f)).value
    }
}
