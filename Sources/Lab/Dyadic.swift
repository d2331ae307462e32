import BigInt
import FormatCore

/// An exact signed dyadic rational `significand × 2^exponent`: the exact value of every finite
/// float, of their sums and of their products. Kept reduced (an odd significand, or zero with
/// exponent 0), so equal values compare equal field by field.
public struct Dyadic: Sendable, Hashable {
    /// The signed significand (odd unless the value is zero).
    public let significand: BigInt
    /// The power of two it is scaled by.
    public let exponent: Int

    /// `significand × 2^exponent`, reduced.
    public init(significand: BigInt, exponent: Int) {
        if significand.isZero {
            self.significand = 0
            self.exponent = 0
            return
        }
        let drop = Int(significand.magnitude.trailingZeroBitCount)
        self.significand = drop == 0 ? significand : significand >> drop
        self.exponent = exponent + drop
    }

    /// Zero.
    public static let zero = Dyadic(significand: 0, exponent: 0)

    /// The exact value of a finite Double; nil for infinities and NaN.
    public init?(_ d: Double) {
        guard d.isFinite else { return nil }
        guard case .finite(let negative, let s, let e) = BinaryValue(d) else { return nil }
        let magnitude = BigInt(s)
        self.init(significand: negative ? -magnitude : magnitude, exponent: e)
    }

    /// Whether the value is zero.
    public var isZero: Bool { significand.isZero }
    /// Whether the value is below zero.
    public var isNegative: Bool { significand.sign == .minus && !significand.isZero }

    /// The value as FormatCore's exact value (for rounding into a format once).
    public var exactValue: ExactValue {
        ExactValue.finite(Rational(significand: significand.magnitude, exponent: exponent), negative: isNegative)
    }

    /// The nearest Double (round to nearest even, once); ±infinity beyond its range.
    public var nearestDouble: Double {
        Double(bitPattern: Format.fp64.encode(exactValue).code)
    }

    /// The exponent e with 2^e <= |self| < 2^(e+1); nil for zero.
    public var floorLog2: Int? {
        isZero ? nil : exponent + Int(significand.magnitude.bitWidth) - 1
    }
}
