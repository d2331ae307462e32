import FormatCore

/// Arithmetic in one floating-point format: every operation forms its exact result and rounds it
/// once into the format through FormatCore's `Format.encode` (the same rounding as the rest of
/// floatscope). `round(_: Dyadic)` is the definition; `sum` and `fused` skip the big-integer work
/// when the exact result is itself a Double (checked with an error-free transformation) and are
/// tested equal to the definition.
///
/// Takes the signed formats with a zero whose every value is a Double (fp64 down to FP4), so that
/// a rounded value is carried as a Double exactly.
public struct FormatArithmetic: Sendable, Hashable {
    /// The format.
    public let format: Format
    /// Its record.
    public let semantics: FloatSemantics

    /// What the lab accepts, for messages.
    public static let accepted = "signed floating-point formats with a zero whose values fit in fp64 (fp64, fp32, tf32, fp16, bf16, the FP8, FP6 and FP4 formats)"

    /// Arithmetic in `format`; throws for integer, codebook, unsigned or zero-less formats and for
    /// formats wider than fp64.
    public init(_ format: Format) throws(LabError) {
        guard let s = format.floatSemantics, s.isSigned, s.hasZero, s.precision <= 53, s.maxExponent <= 1023,
              s.minExponent - s.mantissaBits >= -1074 else {
            throw LabError("\(format.name) cannot be used by the lab: it takes \(Self.accepted)")
        }
        self.format = format
        semantics = s
    }

    /// The rounded value of a conversion's code.
    func rounded(_ c: Conversion) -> RoundedValue {
        let d = format.decode(c.code)
        return RoundedValue(value: d.value.doubleValue, category: d.category, status: c.status)
    }

    /// `x` rounded once into the format: the definition.
    public func round(_ x: Dyadic, mode: RoundingMode = .nearestEven, element: UInt64 = 0) -> RoundedValue {
        rounded(format.encode(x.exactValue, rounding: mode, element: element))
    }

    /// A Double rounded once into the format (FormatCore's integer path, itself tested equal to the exact one).
    public func round(_ x: Double, mode: RoundingMode = .nearestEven, element: UInt64 = 0) -> RoundedValue {
        rounded(format.encode(x, rounding: mode, element: element))
    }

    /// `a + b` rounded once (an infinity or NaN operand gives IEEE's result, rounded).
    public func sum(_ a: Double, _ b: Double, mode: RoundingMode = .nearestEven, element: UInt64 = 0) -> RoundedValue {
        guard a.isFinite, b.isFinite else { return round(a + b, mode: mode, element: element) }
        if let s = Self.exactSum(a, b) { return round(s, mode: mode, element: element) }
        return round(Dyadic(a)! + Dyadic(b)!, mode: mode, element: element)
    }

    /// `a · b + c` rounded once (a fused multiply-add; an infinity or NaN operand gives IEEE's result, rounded).
    public func fused(_ a: Double, _ b: Double, plus c: Double, mode: RoundingMode = .nearestEven, element: UInt64 = 0) -> RoundedValue {
        guard a.isFinite, b.isFinite, c.isFinite else { return round(c + a * b, mode: mode, element: element) }
        if let p = Self.exactProduct(a, b), let s = Self.exactSum(p, c) { return round(s, mode: mode, element: element) }
        return round(Dyadic(a)! * Dyadic(b)! + Dyadic(c)!, mode: mode, element: element)
    }

    /// `a + b` when the Double sum is exact (its TwoSum error is zero), else nil.
    static func exactSum(_ a: Double, _ b: Double) -> Double? {
        let s = a + b
        guard s.isFinite else { return nil }
        let bb = s - a
        let error = (a - (s - bb)) + (b - bb)
        return error == 0 ? s : nil
    }

    /// `a · b` when the Double product is exact (its fused residual is zero and too large to have
    /// been rounded itself), else nil.
    static func exactProduct(_ a: Double, _ b: Double) -> Double? {
        let p = a * b
        if p == 0 { return a == 0 || b == 0 ? p : nil }
        guard p.isFinite, p.magnitude >= 0x1p-900 else { return nil }
        return (-p).addingProduct(a, b) == 0 ? p : nil
    }

    /// Half a unit in the last place of `w` (a value of the format): 2^(q-1) with q the exponent of
    /// the last mantissa bit of w's binade (of the subnormals for zero and subnormals).
    public func halfULPExponent(of w: Double) -> Int {
        let e = w == 0 ? semantics.minExponent : max(Int(w.exponent), semantics.minExponent)
        return e - semantics.mantissaBits - 1
    }

    /// Whether the exact product a·b is below half an ULP of `w`: `vanishes(Dyadic(a)·Dyadic(b), at: w)`
    /// without big integers when the Double product is exact (tested equal to it).
    public func productVanishes(_ a: Double, _ b: Double, at w: Double) -> Bool {
        guard w.isFinite else { return false }
        if let p = Self.exactProduct(a, b) { return p == 0 || Int(p.exponent) < halfULPExponent(of: w) }
        return vanishes(Dyadic(a)! * Dyadic(b)!, at: w)
    }

    /// Whether adding `u` (exactly) to `w` is below half an ULP of w: |u| < 2^(halfULPExponent).
    /// False when w is infinite or NaN.
    public func vanishes(_ u: Dyadic, at w: Double) -> Bool {
        guard w.isFinite else { return false }
        guard let e = u.floorLog2 else { return true }
        return e < halfULPExponent(of: w)
    }
}
