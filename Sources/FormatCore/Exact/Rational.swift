import BigInt

/// A non-negative exact rational number `numerator / denominator`, the magnitude of every exact value.
public struct Rational: Sendable, Hashable {
    /// The numerator.
    public var numerator: BigUInt
    /// The denominator, never zero.
    public var denominator: BigUInt

    /// Creates `numerator / denominator`; the fraction is reduced when the denominator is a power of two.
    public init(_ numerator: BigUInt, _ denominator: BigUInt = 1) {
        precondition(!denominator.isZero, "Rational denominator must not be zero")
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Zero.
    public static let zero = Rational(0)
    /// One.
    public static let one = Rational(1)

    /// `significand × 2^exponent`, exactly.
    public init(significand: BigUInt, exponent: Int) {
        if exponent >= 0 {
            self.init(significand << exponent)
        } else {
            let drop = min(significand.trailingZeroBitCount, -exponent)
            self.init(significand >> drop, BigUInt(1) << (-exponent - drop))
        }
    }

    /// `significand × 10^exponent`, exactly.
    public init(significand: BigUInt, decimalExponent: Int) {
        if decimalExponent >= 0 {
            self.init(significand * BigUInt(10).power(decimalExponent))
        } else {
            self.init(significand, BigUInt(10).power(-decimalExponent))
        }
    }

    /// Whether the value is zero.
    public var isZero: Bool { numerator.isZero }

    /// The exponent `e` with `2^e <= self < 2^(e+1)`; the value must be positive.
    public var floorLog2: Int {
        var e = numerator.bitWidth - denominator.bitWidth
        // Compare numerator with denominator * 2^e.
        if e >= 0 {
            if numerator < (denominator << e) { e -= 1 }
        } else {
            if (numerator << -e) < denominator { e -= 1 }
        }
        return e
    }

    /// `floor(self / 2^exponent)` and the remainder as the fraction `remainder / divisor` of one unit.
    func scaledQuotient(unitExponent q: Int) -> (quotient: BigUInt, remainder: BigUInt, divisor: BigUInt) {
        let n: BigUInt, d: BigUInt
        if q >= 0 { n = numerator; d = denominator << q } else { n = numerator << -q; d = denominator }
        let (quotient, remainder) = n.quotientAndRemainder(dividingBy: d)
        return (quotient, remainder, d)
    }

    /// Reduces the fraction by the greatest common divisor.
    public func reduced() -> Rational {
        let g = numerator.greatestCommonDivisor(with: denominator)
        if g <= 1 { return self }
        return Rational(numerator / g, denominator / g)
    }
}
