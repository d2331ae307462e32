import BigInt

/// What numpy / ml_dtypes `finfo` tells about a format, derived from its record (never hand-written).
public struct FormatFacts: Sendable, Hashable {
    /// The format.
    public let format: Format
    /// Largest finite value.
    public let maxFinite: ExactValue
    /// Most negative finite value (`-max`, or 0 / the smallest value for unsigned formats).
    public let minFinite: ExactValue
    /// Smallest positive normal value (floats), nil otherwise.
    public let smallestNormal: ExactValue?
    /// Smallest positive value (the smallest subnormal where there are subnormals).
    public let smallestPositive: ExactValue?
    /// Gap between 1 and the next larger value, `2^-mantissaBits` (floats).
    public let epsilon: ExactValue?
    /// Gap between 1 and the next smaller value (floats): `2^-(mantissaBits+1)`, or the subnormal step where 1 is the smallest normal.
    public let epsilonBelow: ExactValue?
    /// Number of codes that are finite numbers.
    public let finiteCount: UInt64
    /// Number of NaN codes.
    public let nanCount: UInt64

    /// Derives the facts of a format.
    public init(_ format: Format) {
        self.format = format
        switch format.kind {
        case .float(let s):
            maxFinite = s.decode(s.maxFiniteMagnitudeCode).exact
            minFinite = s.isSigned ? maxFinite.negated : s.decode(0).exact
            smallestNormal = ExactValue(negative: false, significand: 1, exponent: s.minExponent)
            smallestPositive = ExactValue(negative: false, significand: 1, exponent: s.hasSubnormals ? s.minExponent - s.mantissaBits : s.minExponent)
            epsilon = ExactValue(negative: false, significand: 1, exponent: -s.mantissaBits)
            // The real gap below 1: 2^-(m+1) in general, the subnormal step when 1 is the smallest normal (FP6/FP4).
            let oneCode = format.encode(ExactValue(1.0)).code
            epsilonBelow = format.nextDown(oneCode).flatMap { below in
                format.decode(below).exact.distance(to: ExactValue(1.0)).map { ExactValue.finite($0) }
            }
            finiteCount = s.finiteCount
            nanCount = s.nanCount
        case .integer(let s):
            maxFinite = ExactValue(Double(s.maxValue))
            minFinite = ExactValue(Double(s.minValue))
            smallestNormal = nil
            smallestPositive = ExactValue(1.0)
            epsilon = nil
            epsilonBelow = nil
            finiteCount = UInt64(1) << UInt64(s.bitWidth)
            nanCount = 0
        case .codebook(let c):
            maxFinite = ExactValue(Double(c.levels.max()!))
            minFinite = ExactValue(Double(c.levels.min()!))
            smallestNormal = nil
            smallestPositive = c.levels.filter { $0 > 0 }.min().map { ExactValue(Double($0)) }
            epsilon = nil
            epsilonBelow = nil
            finiteCount = UInt64(c.levels.count)
            nanCount = 0
        }
    }

    /// `maxexp` as numpy defines it: the exponent of the first power of two above every finite value.
    public var maxExponentNumpy: Int? { format.floatSemantics.map { $0.maxExponent + 1 } }
    /// `minexp` as numpy defines it: the exponent of the smallest normal.
    public var minExponentNumpy: Int? { format.floatSemantics.map { $0.minExponent } }

    /// Decimal digits carried by the significand, `precision × log10(2)`.
    public var decimalDigits: Double? {
        guard let s = format.floatSemantics else { return nil }
        return Double(s.precision) * 0.301_029_995_663_981_2
    }

    /// finfo's `precision` as numpy / ml_dtypes 0.7.0 give it: numpy computes `int(-log10(eps))`
    /// (whole decimal digits); ml_dtypes' finfo sets 1 for every 8-bit float whatever its eps (E5M2's
    /// formula would give 0, E8M0's too), and the formula's 0 for FP6 and FP4. Checked against the
    /// generated table Tests/Vectors/finfo/finfo.csv.
    public var numpyPrecision: Int? {
        guard let s = format.floatSemantics else { return nil }
        if s.bitWidth == 8 { return 1 }
        return Int((Double(s.mantissaBits) * 0.301_029_995_663_981_2).rounded(.down))
    }

    /// Dynamic range in binades: `log2(max / smallest positive)`.
    public var dynamicRangeBinades: Double? {
        guard let tiny = smallestPositive else { return nil }
        return Self.log2(maxFinite) - Self.log2(tiny)
    }

    /// Dynamic range in decades: `log10(max / smallest positive)`.
    public var dynamicRangeDecades: Double? { dynamicRangeBinades.map { $0 * 0.301_029_995_663_981_2 } }

    /// log2 of a positive finite exact value, accurately enough for display.
    static func log2(_ v: ExactValue) -> Double {
        guard let r = v.finiteMagnitude, !r.isZero else { return -.infinity }
        let e = r.floorLog2
        let scaled = r / Rational(significand: 1, exponent: e) // in [1, 2)
        return Double(e) + Foundation_log2(ExactValue.finite(scaled).doubleValue)
    }
}

/// log2 without Foundation: ln via the series of atanh, enough for display digits.
func Foundation_log2(_ x: Double) -> Double {
    // x in [1, 2): log2(x) = 2 atanh((x-1)/(x+1)) / ln 2
    let y = (x - 1) / (x + 1), y2 = y * y
    var term = y, sum = 0.0
    var k = 1.0
    while k < 200 {
        sum += term / k
        term *= y2
        k += 2
        if abs(term) < 1e-18 { break }
    }
    return 2 * sum / 0.693_147_180_559_945_3
}
