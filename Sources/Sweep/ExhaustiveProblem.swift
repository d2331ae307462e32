import FormatCore

/// Why a format's codes cannot all be swept: each case names the format, `description` says it
/// in English (the CLI); the app says it in Chinese from the same case.
public enum ExhaustiveProblem: Sendable, Hashable, CustomStringConvertible {
    /// Codes wider than 32 bits.
    case tooWide(Format)
    /// Float values float32 does not hold exactly.
    case floatBeyondFloat32(Format)
    /// Integers beyond 2^24, which float32 does not hold exactly.
    case integerBeyondFloat32(Format)

    /// The problem in English.
    public var description: String {
        switch self {
        case .tooWide(let f): return "\(f.name) has \(f.bitWidth)-bit codes; exhaustive sweeps take formats of up to 32 bits"
        case .floatBeyondFloat32(let f): return "\(f.name) values do not fit in float32"
        case .integerBeyondFloat32(let f): return "\(f.name) values beyond 2^24 do not fit in float32; use int24 or narrower"
        }
    }
}
