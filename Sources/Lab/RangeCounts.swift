import FormatCore

/// What happens to values g when g·S is rounded once into a format: how many were zero already,
/// how many underflow to zero, become subnormal (keeping fewer significant bits), stay normal, or
/// overflow (to infinity, NaN or, under saturation, the largest finite value), and how many
/// inputs were not finite. Counts are exact; shares are exact rationals.
public struct RangeCounts: Sendable, Hashable {
    /// The format's name.
    public let format: String
    /// The scale S.
    public let scale: Double
    /// Inputs equal to zero.
    public var zeroInputs = 0
    /// Infinite or NaN inputs.
    public var nonFiniteInputs = 0
    /// Non-zero finite inputs that became zero.
    public var underflow = 0
    /// Inputs that became subnormal.
    public var subnormal = 0
    /// Inputs that became normal.
    public var normal = 0
    /// Finite inputs that overflowed.
    public var overflow = 0

    /// Empty counts.
    public init(format: String, scale: Double) {
        self.format = format
        self.scale = scale
    }

    /// Counts one input `g` whose scaled value rounded to `r`.
    public mutating func add(input g: Double, rounded r: RoundedValue) {
        if !g.isFinite { nonFiniteInputs += 1; return }
        if g == 0 { zeroInputs += 1; return }
        if r.status.contains(.overflow) || !r.isFinite { overflow += 1; return }
        switch r.category {
        case .zero: underflow += 1
        case .subnormal: subnormal += 1
        default: normal += 1
        }
    }

    /// Every input counted.
    public var total: Int { zeroInputs + nonFiniteInputs + underflow + subnormal + normal + overflow }

    /// `count / total` exactly (0 when nothing was counted).
    public func share(_ count: Int) -> ExactValue { Share.fraction(count, of: total) }
}
