import FormatCore
import Sweep

/// A source the Sweep screen offers: every code of a format, or samples of a distribution.
public enum SweepSourcePreset: Int, CaseIterable, Sendable, Hashable {
    /// Every fp16 code (65,536 values; fast).
    case fp16Codes
    /// Every fp32 bit pattern (2^32 values; minutes).
    case fp32Codes
    /// One million samples of N(0,1).
    case normal1M
    /// Sixteen million samples of N(0,1).
    case normal16M
    /// One million samples of Student's t with 3 degrees of freedom (heavy tails).
    case studentT1M
    /// Every code of the format focused on the Bits screen (up to 32 bits, values within float32).
    case focusedCodes

    /// Number of slices a sweep is cut into at most, so figures show while it runs.
    public static let sliceCount = 16
    /// The seed of the sample presets: the CLI's default, so `sweep --dist normal --samples 16M` gives the
    /// same figures as the app's "normal(0,1), 16M samples".
    public static let seed: UInt64 = 1

    /// The name shown on the screen.
    public var title: String {
        switch self {
        case .fp16Codes: return "fp16, all codes"
        case .fp32Codes: return "fp32, all codes (slow)"
        case .normal1M: return "normal(0,1), 1M samples"
        case .normal16M: return "normal(0,1), 16M samples"
        case .studentT1M: return "student-t(3), 1M samples"
        case .focusedCodes: return "focused format, all codes"
        }
    }

    /// The name shown on the screen's source line: the focused format named, the seed of samples given.
    public func title(focused: Format) -> String {
        switch self {
        case .focusedCodes: return "\(focused.name), all codes"
        case .normal1M, .normal16M, .studentT1M: return "\(title), seed \(Self.seed)"
        case .fp16Codes, .fp32Codes: return title
        }
    }

    /// The name shown on the screen in a language.
    public func title(_ language: Language) -> String {
        guard language == .zh else { return title }
        switch self {
        case .fp16Codes: return "fp16，全部编码"
        case .fp32Codes: return "fp32，全部编码（慢）"
        case .normal1M: return "正态 normal(0,1)，1M 个样本"
        case .normal16M: return "正态 normal(0,1)，16M 个样本"
        case .studentT1M: return "t 分布 t(3)，1M 个样本"
        case .focusedCodes: return "选中的格式，全部编码"
        }
    }

    /// The name shown on the source line in a language: the focused format named, the seed of samples given.
    public func title(focused: Format, _ language: Language) -> String {
        guard language == .zh else { return title(focused: focused) }
        switch self {
        case .focusedCodes: return "\(focused.name)，全部编码"
        case .normal1M, .normal16M, .studentT1M: return "\(title(language))，种子 \(Self.seed)"
        case .fp16Codes, .fp32Codes: return title(language)
        }
    }

    /// Number of values swept per target (`focused` is the format of `focusedCodes`).
    public func count(focused: Format) -> UInt64 {
        switch self {
        case .fp16Codes: return 1 << 16
        case .fp32Codes: return 1 << 32
        case .normal1M, .studentT1M: return 1 << 20
        case .normal16M: return 1 << 24
        case .focusedCodes: return 1 << UInt64(min(focused.bitWidth, 63))
        }
    }

    /// The preset after this one (wrapping).
    public var next: SweepSourcePreset { SweepSourcePreset(rawValue: (rawValue + 1) % Self.allCases.count) ?? .fp16Codes }

    /// The preset before this one (wrapping).
    public var previous: SweepSourcePreset {
        SweepSourcePreset(rawValue: (rawValue + Self.allCases.count - 1) % Self.allCases.count) ?? .fp16Codes
    }

    /// The whole source: every code of a format, or samples with `seed` (element i a pure function of the
    /// seed and i, as in the CLI).
    public func source(focused: Format) -> SweepSource {
        switch self {
        case .fp16Codes: return .allCodes(.fp16)
        case .fp32Codes: return .allCodes(.fp32)
        case .focusedCodes: return .allCodes(focused)
        case .normal1M, .normal16M: return .samples(.normal(mean: 0, sigma: 1), count: count(focused: focused), seed: Self.seed)
        case .studentT1M: return .samples(.studentT(degrees: 3, scale: 1), count: count(focused: focused), seed: Self.seed)
        }
    }

    /// At most `sliceCount` consecutive ranges covering `count` elements, each starting at a multiple of
    /// `groupLength` (so that the sweep of the slices one after another equals one sweep of the whole).
    public static func slices(count: UInt64, groupLength: UInt64) -> [Range<UInt64>] {
        let groups = (count + groupLength - 1) / groupLength
        let step = max(1, (groups + UInt64(sliceCount) - 1) / UInt64(sliceCount)) * groupLength
        return stride(from: UInt64(0), to: count, by: Int(step)).map { $0..<min($0 + step, count) }
    }
}
