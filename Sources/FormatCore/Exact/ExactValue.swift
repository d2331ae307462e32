import BigInt

/// An exact real value, or an infinity, or NaN: what text input and decoded codes become.
public struct ExactValue: Sendable, Hashable {
    /// The three kinds of magnitude.
    public enum Magnitude: Sendable, Hashable {
        /// A finite magnitude.
        case finite(Rational)
        /// Infinity.
        case infinity
        /// Not a number.
        case nan
    }

    /// The sign (true for negative, including -0 and -NaN).
    public var isNegative: Bool
    /// The magnitude.
    public var magnitude: Magnitude

    /// Creates a value from a sign and a magnitude.
    public init(isNegative: Bool, magnitude: Magnitude) {
        self.isNegative = isNegative
        self.magnitude = magnitude
    }

    /// A finite value with the given sign.
    public static func finite(_ r: Rational, negative: Bool = false) -> ExactValue {
        ExactValue(isNegative: negative, magnitude: .finite(r))
    }
    /// Positive or negative infinity.
    public static func infinity(negative: Bool = false) -> ExactValue { ExactValue(isNegative: negative, magnitude: .infinity) }
    /// A NaN.
    public static func nan(negative: Bool = false) -> ExactValue { ExactValue(isNegative: negative, magnitude: .nan) }

    /// `significand × 2^exponent` with a sign.
    public init(negative: Bool, significand: UInt64, exponent: Int) {
        self.init(isNegative: negative, magnitude: .finite(Rational(significand: BigUInt(significand), exponent: exponent)))
    }

    /// The exact value of a Double.
    public init(_ d: Double) {
        if d.isNaN { self = .nan(negative: d.sign == .minus); return }
        if d.isInfinite { self = .infinity(negative: d < 0); return }
        let bits = d.bitPattern
        let field = Int((bits >> 52) & 0x7ff)
        let frac = bits & ((1 << 52) - 1)
        let sig = field == 0 ? frac : frac | (1 << 52)
        self.init(negative: d.sign == .minus, significand: sig, exponent: max(field, 1) - 1075)
    }

    /// The finite magnitude, or nil for infinities and NaN.
    public var finiteMagnitude: Rational? {
        if case .finite(let r) = magnitude { return r }
        return nil
    }
    /// Whether this is a NaN.
    public var isNaN: Bool { magnitude == .nan }
    /// Whether this is an infinity.
    public var isInfinite: Bool { magnitude == .infinity }
    /// Whether this is ±0.
    public var isZero: Bool { finiteMagnitude?.isZero ?? false }

    /// Nearest Double (round to nearest even, once).
    public var doubleValue: Double {
        Double(bitPattern: Format.fp64.encode(self).code)
    }
}
