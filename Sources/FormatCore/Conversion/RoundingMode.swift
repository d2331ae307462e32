/// How a value between two representable neighbours is rounded. Passed explicitly to every conversion.
public enum RoundingMode: Sendable, Hashable {
    /// Round to nearest, ties to even (IEEE default, ml_dtypes, hardware casts).
    case nearestEven
    /// Round to nearest, ties away from zero.
    case nearestAway
    /// Truncate toward zero.
    case towardZero
    /// Toward +infinity.
    case towardPositive
    /// Toward -infinity.
    case towardNegative
    /// Stochastic: up with probability equal to the distance from the lower neighbour, in units of the gap.
    /// Element `i` of a stream draws its random bits from `(seed, i)`, so results never depend on threading.
    case stochastic(seed: UInt64)

    /// Every mode with a fixed seed, for tests and listings.
    public static let allDeterministic: [RoundingMode] = [.nearestEven, .nearestAway, .towardZero, .towardPositive, .towardNegative]

    /// The accepted spellings, for messages.
    public static let spellings = "nearest-even (rne), nearest-away (rna), toward-zero (rtz), up (rtp), down (rtn), stochastic[:SEED] (sr)"

    /// Parses `rne`, `nearest-even`, `rtz`, `up`, `stochastic:42`...
    public init?(parsing text: String) {
        let lower = text.lowercased()
        let parts = lower.split(separator: ":", maxSplits: 1).map(String.init)
        switch parts.first ?? "" {
        case "rne", "nearest-even", "nearest", "even", "ne": self = .nearestEven
        case "rna", "nearest-away", "away", "na": self = .nearestAway
        case "rtz", "toward-zero", "truncate", "zero", "tz": self = .towardZero
        case "rtp", "up", "ceil", "toward-positive", "ru": self = .towardPositive
        case "rtn", "down", "floor", "toward-negative", "rd": self = .towardNegative
        case "sr", "stochastic":
            if parts.count == 2 {
                guard let seed = UInt64(parts[1]) else { return nil }
                self = .stochastic(seed: seed)
            } else {
                self = .stochastic(seed: 0)
            }
            return
        default: return nil
        }
        if parts.count != 1 { return nil }
    }

    /// Short name shown in status lines.
    public var shortName: String {
        switch self {
        case .nearestEven: return "nearest-even"
        case .nearestAway: return "nearest-away"
        case .towardZero: return "toward-zero"
        case .towardPositive: return "up"
        case .towardNegative: return "down"
        case .stochastic(let seed): return "stochastic:\(seed)"
        }
    }

    /// The random bits element `index` uses under stochastic rounding (SplitMix64 of seed and index).
    public func randomBits(element index: UInt64) -> UInt64 {
        guard case .stochastic(let seed) = self else { return 0 }
        var z = seed &+ (index &+ 1) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
