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

    /// Number of slices a sweep is cut into, so figures show while it runs.
    public static let sliceCount = 16

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

    /// The name shown on the screen, with the focused format named.
    public func title(focused: Format) -> String {
        self == .focusedCodes ? "\(focused.name), all codes" : title
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

    /// The source cut into `sliceCount` consecutive parts: code ranges, or sample windows with
    /// seeds derived from the slice number (deterministic, different per window).
    /// Formats with fewer than `sliceCount` codes are cut into one slice per code.
    public func slices(focused: Format) -> [SweepSource] {
        let count = count(focused: focused)
        switch self {
        case .fp16Codes, .fp32Codes, .focusedCodes:
            let format: Format = self == .fp16Codes ? .fp16 : self == .fp32Codes ? .fp32 : focused
            let n = min(UInt64(Self.sliceCount), count)
            let step = count / n
            return (0..<n).map { .codeRange(format, lower: $0 * step, upper: ($0 + 1) * step - 1) }
        case .normal1M, .normal16M, .studentT1M:
            let n = UInt64(Self.sliceCount)
            guard let distribution = Distribution.parse(self == .studentT1M ? "student-t" : "normal") else { return [] }
            return (0..<n).map { .samples(distribution, count: count / n, seed: 0x5eed_0000 &+ $0) }
        }
    }
}
