import BigInt

/// Choosing a codebook level for a value.
///
/// Nearest level, decided as bitsandbytes decides it: against the float32 midpoints of neighbouring
/// levels (`float32Midpoint`), taking the larger level only when strictly above the midpoint under
/// nearest-even, and the one farther from zero at a midpoint under nearest-away; the same rule as the
/// nf4:N block path (`NF4Kernel`). For bnb-fp4 (a sign bit and ±0) the exact midpoints are used.
/// Directed modes take the neighbour in their direction; stochastic picks the upper neighbour with
/// probability (x - lower) / (upper - lower). Values beyond the end levels saturate; a nonzero value
/// that becomes the level 0 is an underflow, as in every other format.
extension Codebook {
    /// The code whose level is `level`, preferring the one whose sign matches `negative` (±0 in bnb-fp4).
    func code(ofSortedIndex index: Int, negative: Bool) -> UInt64 {
        let level = levels[codesByValue[index]]
        let matching = codesByValue.filter { levels[$0] == level }
        let preferred = matching.first { (levels[$0].sign == .minus) == negative } ?? matching[0]
        return UInt64(preferred)
    }

    /// The code of the level 0 (the best stand-in when the input has no value).
    var zeroCode: UInt64 { UInt64(levels.firstIndex(of: 0) ?? codesByValue[codesByValue.count / 2]) }

    /// Converts an exact value into a code.
    public func encode(_ value: ExactValue, mode: RoundingMode, randomBits: UInt64) -> Conversion {
        let sorted = codesByValue.map { ExactValue(Double(levels[$0])) }
        switch value.magnitude {
        case .nan: return Conversion(code: zeroCode, status: [.nanInput, .invalid, .inexact])
        case .infinity:
            return Conversion(code: code(ofSortedIndex: value.isNegative ? 0 : sorted.count - 1, negative: value.isNegative),
                              status: [.overflow, .saturated, .inexact])
        case .finite:
            break
        }
        // First level >= value.
        guard let upper = sorted.firstIndex(where: { ($0.compare(value) ?? 1) >= 0 }) else {
            return Conversion(code: code(ofSortedIndex: sorted.count - 1, negative: false), status: [.overflow, .saturated, .inexact])
        }
        if sorted[upper].compare(value) == 0 {
            return Conversion(code: code(ofSortedIndex: upper, negative: value.isNegative), status: [])
        }
        if upper == 0 {
            return Conversion(code: code(ofSortedIndex: 0, negative: true), status: [.overflow, .saturated, .inexact])
        }
        let lower = upper - 1
        let below = value.distance(to: sorted[lower])!, above = value.distance(to: sorted[upper])!
        // Position against the midpoint: -1 below, 0 at, 1 above.
        let side: Int
        if hasSignBit {
            side = above < below ? 1 : (above == below ? 0 : -1)
        } else {
            side = value.compare(ExactValue(Double(float32Midpoint(sortedIndex: lower)))) ?? 0
        }
        let takeUpper: Bool
        switch mode {
        case .nearestEven: takeUpper = side > 0
        case .nearestAway: takeUpper = side > 0 || (side == 0 && !value.isNegative)
        case .towardZero: takeUpper = value.isNegative
        case .towardPositive: takeUpper = true
        case .towardNegative: takeUpper = false
        case .stochastic:
            let fraction = below / (below + above)
            let scaled = (fraction.numerator << 64) / fraction.denominator
            takeUpper = randomBits < UInt64(scaled)
        }
        let index = takeUpper ? upper : lower
        let status: ConversionStatus = sorted[index].isZero ? [.inexact, .underflow] : [.inexact]
        return Conversion(code: code(ofSortedIndex: index, negative: value.isNegative), status: status)
    }
}
