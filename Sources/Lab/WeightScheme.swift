import FormatCore

/// How a weight is kept while w ← w + lr·g is applied step after step.
public enum WeightScheme: Sendable, Hashable {
    /// The weight in one format, each update's exact sum rounded once into it.
    case plain(Format)
    /// A master copy in `master` updated as in `plain`; the weight the model uses is the master
    /// rounded once into `weights` (the value reported).
    case masterCopy(weights: Format, master: Format)
    /// The weight in one format with Kahan's compensation c (also in the format): y = u - c,
    /// t = w + y, c = (t - w) - y, w = t, each operation rounded once (u = lr·g exact).
    case kahan(Format)
    /// The weight in one format, each update's exact sum rounded stochastically (FormatCore's
    /// stochastic rounding, random bits from the seed and the step number).
    case stochastic(Format)

    /// The default schemes: fp32, fp16, bf16, bf16 with an fp32 master copy, bf16 with Kahan, bf16 with stochastic rounding.
    public static let standard: [WeightScheme] = [.plain(.fp32), .plain(.fp16), .plain(.bf16), .masterCopy(weights: .bf16, master: .fp32),
                                                  .kahan(.bf16), .stochastic(.bf16)]

    /// A short name: `bf16`, `bf16+fp32-master`, `bf16+kahan`, `bf16+sr`.
    public var name: String {
        switch self {
        case .plain(let f): return f.name
        case .masterCopy(let w, let m): return "\(w.name)+\(m.name)-master"
        case .kahan(let f): return "\(f.name)+kahan"
        case .stochastic(let f): return "\(f.name)+sr"
        }
    }

    /// Parses a name as `name` writes it (format names as FormatCore reads them); nil otherwise.
    public static func parse(_ text: String) -> WeightScheme? {
        let lower = text.lowercased()
        func format(_ s: Substring) -> Format? { try? Format.named(String(s)) }
        if lower.hasSuffix("-master"), let plus = lower.firstIndex(of: "+") {
            guard let w = format(lower[..<plus]), let m = format(lower[lower.index(after: plus)...].dropLast("-master".count)) else { return nil }
            return .masterCopy(weights: w, master: m)
        }
        if lower.hasSuffix("+kahan") { return format(lower.dropLast("+kahan".count)).map { .kahan($0) } }
        if lower.hasSuffix("+sr") { return format(lower.dropLast("+sr".count)).map { .stochastic($0) } }
        return format(lower[...]).map { .plain($0) }
    }

    /// The format the stored weight is in.
    public var weightFormat: Format {
        switch self {
        case .plain(let f), .kahan(let f), .stochastic(let f): return f
        case .masterCopy(let w, _): return w
        }
    }
}
