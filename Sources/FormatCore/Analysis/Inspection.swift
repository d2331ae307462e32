/// Everything there is to say about one value converted into one format: what the CLI's `inspect`
/// prints and what the app's Bits screen draws.
public struct Inspection: Sendable, Hashable {
    /// The format.
    public let format: Format
    /// The exact input.
    public let input: ExactValue
    /// The conversion result.
    public let conversion: Conversion
    /// The result taken apart.
    public let decoded: DecodedValue
    /// Absolute error `|result - input|`, nil when either is not finite.
    public let absoluteError: ExactValue?
    /// Relative error `|result - input| / |input|`, nil when the input is zero or not finite.
    public let relativeError: ExactValue?

    /// Converts `input` into `format` and inspects the result.
    public init(_ input: ExactValue, in format: Format, rounding: RoundingMode = .nearestEven, overflow: OverflowPolicy = .formatDefault) {
        self.format = format
        self.input = input
        conversion = format.encode(input, rounding: rounding, overflow: overflow)
        decoded = format.decode(conversion.code)
        let result = decoded.exact
        if let d = input.distance(to: result) {
            absoluteError = .finite(d)
            if let x = input.finiteMagnitude, !x.isZero { relativeError = .finite(d / x) } else { relativeError = nil }
        } else {
            absoluteError = nil
            relativeError = nil
        }
    }

    /// The code.
    public var code: UInt64 { conversion.code }
    /// The code in hex.
    public var hexCode: String { format.hexCode(code) }
    /// Bits grouped by field.
    public var groupedBits: String { format.groupedBits(code) }
    /// Shortest round-trip decimal of the result.
    public var shortest: String { format.shortestDecimal(code) }
    /// The result as people read it: exact when short, else shortest (see `Format.displayDecimal`).
    public var display: String { format.displayDecimal(code) }
    /// Exact decimal expansion of the result.
    public var exact: String { format.exactDecimal(code) }
    /// C99 hex float of the result.
    public var hexFloat: String { format.hexFloat(code) }
    /// The code of the next value up, if any.
    public var nextUp: UInt64? { format.nextUp(code) }
    /// The code of the next value down, if any.
    public var nextDown: UInt64? { format.nextDown(code) }
    /// The ULP at the result.
    public var ulp: ExactValue? { format.ulp(at: code) }
    /// ULP divided by the result's magnitude.
    public var relativeSpacing: ExactValue? {
        guard let u = ulp?.finiteMagnitude, let v = decoded.exact.finiteMagnitude, !v.isZero else { return nil }
        return .finite(u / v)
    }
    /// Fields of a float result: sign, biased exponent, unbiased exponent, mantissa field.
    public var fields: FloatFields? {
        guard case .float(let s) = format.kind, let e = decoded.exponentField, let m = decoded.mantissaField else { return nil }
        let sign = s.isSigned ? Int((code >> UInt64(s.exponentBits + s.mantissaBits)) & 1) : 0
        let subnormalLike = e == 0 && s.hasZero
        return FloatFields(sign: sign, biasedExponent: e, unbiasedExponent: (subnormalLike ? s.minExponent : e - s.bias),
                           mantissa: m, mantissaBits: s.mantissaBits, implicitBit: subnormalLike ? 0 : 1)
    }
}

/// The fields of a float code.
public struct FloatFields: Sendable, Hashable {
    /// Sign bit (0 or 1).
    public let sign: Int
    /// The stored exponent field.
    public let biasedExponent: Int
    /// The power of two it stands for (the minimum exponent for subnormals).
    public let unbiasedExponent: Int
    /// The stored mantissa field.
    public let mantissa: UInt64
    /// Width of the mantissa field.
    public let mantissaBits: Int
    /// The implicit leading bit (0 for subnormals and zero).
    public let implicitBit: Int

    /// The significand in binary, `1.1001` (or `0.0110` for subnormals).
    public var significandBinary: String {
        guard mantissaBits > 0 else { return "\(implicitBit)" }
        let bits = (0..<mantissaBits).reversed().map { (mantissa >> UInt64($0)) & 1 == 1 ? "1" : "0" }.joined()
        return "\(implicitBit).\(bits)"
    }

    /// The significand as a fraction, `1 + 614/1024`.
    public var significandFraction: String {
        "\(implicitBit) + \(mantissa)/\(UInt64(1) << UInt64(mantissaBits))"
    }
}
