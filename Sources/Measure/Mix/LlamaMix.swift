/// A llama-quantize file type ("mix", `llama_ftype`): the default type of its tensors and the rules that
/// move some of them to other types (`LlamaMixRules`). The IQ and TQ mixes are not included.
public enum LlamaMix: String, CaseIterable, Sendable, Hashable {
    case q2_k = "Q2_K", q2_k_s = "Q2_K_S"
    case q3_k_s = "Q3_K_S", q3_k_m = "Q3_K_M", q3_k_l = "Q3_K_L"
    case q4_k_s = "Q4_K_S", q4_k_m = "Q4_K_M"
    case q5_k_s = "Q5_K_S", q5_k_m = "Q5_K_M"
    case q6_k = "Q6_K", q8_0 = "Q8_0"
    case q4_0 = "Q4_0", q4_1 = "Q4_1", q5_0 = "Q5_0", q5_1 = "Q5_1"
    case f16 = "F16", bf16 = "BF16", f32 = "F32"

    /// The names llama-quantize accepts for a mix that mean another one: `Q3_K` is `Q3_K_M`, `Q4_K` is
    /// `Q4_K_M`, `Q5_K` is `Q5_K_M`.
    public static let aliases: [(alias: String, mix: LlamaMix)] = [("Q3_K", .q3_k_m), ("Q4_K", .q4_k_m), ("Q5_K", .q5_k_m)]

    /// The name as llama-quantize prints it (`Q4_K_M`).
    public var name: String { rawValue }

    /// Every accepted name, the aliases after the mixes, for help texts and error messages.
    public static var acceptedNames: [String] {
        allCases.map(\.rawValue) + aliases.map(\.alias)
    }

    /// The mix named `text` in any case, with surrounding spaces ignored (`q4_k_m`, `Q4_K`).
    public static func parse(_ text: String) throws(MixError) -> LlamaMix {
        var name = Substring(text)
        while name.first == " " || name.first == "\t" { name.removeFirst() }
        while name.last == " " || name.last == "\t" { name.removeLast() }
        let upper = name.uppercased()
        if let mix = LlamaMix(rawValue: upper) { return mix }
        if let alias = aliases.first(where: { $0.alias == upper }) { return alias.mix }
        let shown = name.isEmpty ? "an empty mix name" : "unknown mix '\(name)'"
        throw MixError("\(shown): llama-quantize mixes floatscope knows are \(acceptedNames.map { $0.lowercased() }.joined(separator: ", ")) (any case; the IQ mixes are not supported)")
    }

    /// The type every quantisable tensor starts from (`llama_ftype_get_default_type`): Q3_K for all
    /// three Q3_K mixes, Q2_K for Q2_K and Q2_K_S.
    public var defaultType: MixType {
        switch self {
        case .q2_k, .q2_k_s: .q2_k
        case .q3_k_s, .q3_k_m, .q3_k_l: .q3_k
        case .q4_k_s, .q4_k_m: .q4_k
        case .q5_k_s, .q5_k_m: .q5_k
        case .q6_k: .q6_k
        case .q8_0: .q8_0
        case .q4_0: .q4_0
        case .q4_1: .q4_1
        case .q5_0: .q5_0
        case .q5_1: .q5_1
        case .f16: .f16
        case .bf16: .bf16
        case .f32: .f32
        }
    }
}
