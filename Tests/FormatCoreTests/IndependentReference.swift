import FormatCore

/// A slow, independent rounding reference for small formats.
///
/// It never calls FormatCore's encoders (`Format.encode`, `roundAndPack`, `Codebook.encode`, ...):
/// it only uses `Format.decode` (checked separately against ml_dtypes) to list every finite code's
/// value, sorts those values, and rounds an input by finding the two representable neighbours that
/// bracket it and choosing between them per rounding mode. All values of the formats covered here are
/// Doubles, and so is the midpoint of any two neighbours (few significant bits, no overflow), so plain
/// Double comparisons are exact.
///
/// Covered: every signed float format of at most 19 bits in `Format.catalog` (not `e8m0fnu` and
/// `e5m3fnu`, unsigned: negative inputs are invalid there, covered by the ml_dtypes vectors), signed and
/// unsigned integers of 2 to 8 bits, and the codebooks `nf4` and `bnb-fp4`.
///
/// `e8m0fnu` is excluded on purpose: it has no zero, and with no mantissa bits every tie goes up (the
/// implicit leading 1 is odd), which is not "ties to the even code"; it is covered bit for bit by the
/// ml_dtypes vectors in ReferenceVectorTests and by E8M0RoundingTests.
struct IndependentReference: Sendable {
    enum Family { case float, integer, codebook }

    let format: Format
    let family: Family
    /// Distinct non-negative representable values, ascending (floats: from codes with the sign bit clear).
    let magnitudes: [Double]
    /// Every distinct finite value (both signs), ascending; for integers and codebooks.
    let values: [Double]
    /// Code of each value, keyed by the Double's bit pattern (so -0.0 and +0.0 are distinct keys).
    let codeOfValue: [UInt64: UInt64]
    /// Codes of +inf and -inf, when the format has them.
    let positiveInfinity: UInt64?, negativeInfinity: UInt64?
    /// NaN codes, with the sign their decoding carries.
    let nanCodes: [(code: UInt64, negative: Bool)]
    /// Largest finite value, and the gap below it (the ulp at max, for formats with at least one mantissa bit).
    let maxFinite: Double
    let ulpAtMax: Double
    /// Smallest positive value.
    let smallestPositive: Double
    /// Whether the format has a negative zero code.
    let hasNegativeZero: Bool

    /// The exact Double of a finite decoded value, computed here (not via FormatCore's Double conversion).
    static func double(of value: BinaryValue) -> Double? {
        guard case .finite(let negative, let significand, let exponent) = value else { return nil }
        precondition(significand < (UInt64(1) << 53), "significand does not fit a Double")
        if significand == 0 { return negative ? -0.0 : 0.0 }
        return Double(sign: negative ? .minus : .plus, exponent: exponent, significand: Double(significand))
    }

    /// Float formats of the catalog covered by the reference.
    static let floatFormats: [Format] = Format.catalog.filter {
        guard case .float(let s) = $0.kind else { return false }
        return $0.bitWidth <= 19 && s.isSigned
    }
    /// Integer formats covered.
    static let integerFormats: [Format] = (2...8).flatMap { [Format.int($0), Format.uint($0)] }
    /// Codebooks covered.
    static let codebookFormats: [Format] = [.nf4, .bnbFP4]
    /// Everything covered.
    static let allFormats: [Format] = floatFormats + integerFormats + codebookFormats

    /// The reference of every covered format, built once and shared by the tests.
    static let byName: [String: IndependentReference] = Dictionary(uniqueKeysWithValues: allFormats.map { ($0.name, IndependentReference($0)) })

    init(_ format: Format) {
        self.format = format
        switch format.kind {
        case .float: family = .float
        case .integer: family = .integer
        case .codebook: family = .codebook
        }
        var codeOfValue: [UInt64: UInt64] = [:]
        var all: Set<Double> = []
        var posInf: UInt64?, negInf: UInt64?
        var nans: [(UInt64, Bool)] = []
        let count = UInt64(1) << UInt64(format.bitWidth)
        for code in 0..<count {
            let decoded = format.decode(code)
            switch decoded.value {
            case .nan(let negative): nans.append((code, negative))
            case .infinity(let negative): if negative { negInf = code } else { posInf = code }
            case .finite:
                let v = Self.double(of: decoded.value)!
                // Keep the first code of a value (codebooks could repeat a level; floats never do).
                if codeOfValue[v.bitPattern] == nil { codeOfValue[v.bitPattern] = code }
                all.insert(v) // +0.0 and -0.0 are the same element of a Set<Double>
            }
        }
        self.codeOfValue = codeOfValue
        values = all.sorted()
        magnitudes = values.filter { $0 >= 0 }
        positiveInfinity = posInf
        negativeInfinity = negInf
        nanCodes = nans
        maxFinite = values.last!
        ulpAtMax = values.count >= 2 ? values[values.count - 1] - values[values.count - 2] : 0
        smallestPositive = values.first { $0 > 0 }!
        hasNegativeZero = codeOfValue[(-0.0).bitPattern] != nil
    }

    // MARK: Codes of values

    /// The code of a representable value with the given sign of zero.
    func code(of value: Double, negativeZero: Bool = false) -> UInt64 {
        if value == 0 {
            if negativeZero, let c = codeOfValue[(-0.0).bitPattern] { return c }
            return codeOfValue[(0.0).bitPattern] ?? codeOfValue[(-0.0).bitPattern]!
        }
        return codeOfValue[value.bitPattern]!
    }

    /// The NaN code with the given sign, or the only NaN code.
    func nanCode(negative: Bool) -> UInt64? {
        nanCodes.first { $0.negative == negative }?.code ?? nanCodes.first?.code
    }

    /// Whether a Double is exactly one of the format's values.
    func isRepresentable(_ x: Double) -> Bool {
        x.isFinite && codeOfValue[x.bitPattern] != nil || (x == 0 && codeOfValue[(0.0).bitPattern] != nil)
    }

    // MARK: Rounding

    /// First index `i` with `array[i] >= x` (binary search).
    static func lowerBound(_ array: [Double], _ x: Double) -> Int {
        var lo = 0, hi = array.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if array[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The code the format must give for `x`.
    func expectedCode(_ x: Double, mode: RoundingMode, policy: OverflowPolicy) -> UInt64 {
        switch family {
        case .float: return floatCode(x, mode: mode, policy: policy)
        case .integer: return integerCode(x, mode: mode)
        case .codebook: return codebookCode(x, mode: mode)
        }
    }

    /// The value that code stands for, as the reference chose it (nil for NaN or infinity).
    func expectedInexact(_ x: Double) -> Bool? {
        guard x.isFinite else { return nil }
        return !isRepresentable(x)
    }

    // Floats -------------------------------------------------------------------------------------

    /// What a value beyond the largest finite one becomes when rounding goes past max.
    private func pastMax(negative: Bool, policy: OverflowPolicy) -> UInt64 {
        if policy == .saturate { return code(of: negative ? -maxFinite : maxFinite) }
        if let inf = negative ? negativeInfinity : positiveInfinity { return inf } // IEEE-style: ±inf
        if let nan = nanCode(negative: negative) { return nan }                   // E4M3FN / FNUZ: NaN
        return code(of: negative ? -maxFinite : maxFinite)                       // FP6 / FP4: saturate
    }

    private func floatCode(_ x: Double, mode: RoundingMode, policy: OverflowPolicy) -> UInt64 {
        if x.isNaN { return nanCode(negative: x.sign == .minus) ?? 0 }
        let negative = x.sign == .minus
        let maxCode = code(of: negative ? -maxFinite : maxFinite)
        if x.isInfinite {
            return pastMax(negative: negative, policy: policy)
        }
        if x == 0 { return code(of: 0, negativeZero: negative) }
        let a = abs(x)
        // Does the magnitude round up (away from zero) or down, for a value strictly between two neighbours?
        func magnitudeUp(lower: Double, upper: Double, lowerIsEven: Bool) -> Bool {
            let mid = (lower + upper) / 2 // exact
            switch mode {
            case .nearestEven: return a > mid || (a == mid && !lowerIsEven)
            case .nearestAway: return a >= mid
            case .towardZero: return false
            case .towardPositive: return !negative
            case .towardNegative: return negative
            case .stochastic: fatalError("not a deterministic mode")
            }
        }
        if a > maxFinite {
            // IEEE rounding with an unbounded exponent: the next value above max is max + ulp(max);
            // on a tie nearest-even keeps max only when max's code (its significand) is even.
            let maxMagnitudeCode = code(of: maxFinite)
            let up = magnitudeUp(lower: maxFinite, upper: maxFinite + ulpAtMax, lowerIsEven: maxMagnitudeCode & 1 == 0)
            return up ? pastMax(negative: negative, policy: policy) : maxCode
        }
        let i = Self.lowerBound(magnitudes, a)
        if magnitudes[i] == a { return code(of: negative ? -a : a) }
        let lower = magnitudes[i - 1], upper = magnitudes[i]
        // For adjacent positive float codes the code's lowest bit is the significand's lowest bit.
        let lowerIsEven = code(of: lower) & 1 == 0
        let chosen = magnitudeUp(lower: lower, upper: upper, lowerIsEven: lowerIsEven) ? upper : lower
        if chosen == 0 { return code(of: 0, negativeZero: negative) }
        return code(of: negative ? -chosen : chosen)
    }

    // Integers -----------------------------------------------------------------------------------

    private func integerCode(_ x: Double, mode: RoundingMode) -> UInt64 {
        guard case .integer(let s) = format.kind else { fatalError() }
        let lo = Double(s.minValue), hi = Double(s.maxValue)
        if x.isNaN { return 0 }
        let rounded: Double
        switch mode {
        case .nearestEven: rounded = x.rounded(.toNearestOrEven)
        case .nearestAway: rounded = x.rounded(.toNearestOrAwayFromZero)
        case .towardZero: rounded = x.rounded(.towardZero)
        case .towardPositive: rounded = x.rounded(.up)
        case .towardNegative: rounded = x.rounded(.down)
        case .stochastic: fatalError("not a deterministic mode")
        }
        let clamped = min(max(rounded, lo), hi)
        return code(of: clamped == 0 ? 0 : clamped)
    }

    // Codebooks ----------------------------------------------------------------------------------

    private func codebookCode(_ x: Double, mode: RoundingMode) -> UInt64 {
        if x.isNaN { return code(of: 0) }
        let negative = x.sign == .minus
        func codeOfLevel(_ v: Double) -> UInt64 { code(of: v, negativeZero: negative) }
        if x <= values.first! { return codeOfLevel(values.first!) } // saturate below (and -inf)
        if x >= values.last! { return codeOfLevel(values.last!) }   // saturate above (and +inf)
        let i = Self.lowerBound(values, x)
        if values[i] == x { return codeOfLevel(x) }
        let lower = values[i - 1], upper = values[i]
        // NF4 decides as bitsandbytes does, against the midpoint computed in float32; bnb-fp4 (a sign
        // bit, ±0) against the exact midpoint (exact in Double: float32 levels within a few binades).
        let mid = format == .nf4 ? Double((Float(lower) + Float(upper)) / 2) : (lower + upper) / 2
        let takeUpper: Bool
        switch mode {
        case .nearestEven: takeUpper = x > mid                                   // ties to the lower level
        case .nearestAway: takeUpper = x > mid || (x == mid && !negative)        // ties away from zero
        case .towardZero: takeUpper = negative
        case .towardPositive: takeUpper = true
        case .towardNegative: takeUpper = false
        case .stochastic: fatalError("not a deterministic mode")
        }
        return codeOfLevel(takeUpper ? upper : lower)
    }
}
