import BigInt
import FormatCore

/// The few exact operations the claim checks need besides FormatCore's `+`, `*`, `/` and `distance`.
extension Rational {
    /// A whole number.
    init(integer: Int) {
        precondition(integer >= 0, "claim figures are non-negative")
        self.init(BigUInt(integer))
    }

    /// `n / d` for whole numbers.
    init(_ n: Int, over d: Int) {
        precondition(n >= 0 && d > 0)
        self.init(BigUInt(n), BigUInt(d))
    }

    /// `self - other`, which must not be negative.
    func minus(_ other: Rational) -> Rational {
        precondition(!(self < other), "claim figures are non-negative")
        return Rational.distance(self, other)
    }

    /// `|self - other| / other`: how far `self` is from `other`, relative to `other` (positive).
    func relativeDistance(to other: Rational) -> Rational {
        Rational.distance(self, other) / other
    }

    /// The exponent `e` when the value is exactly `2^e`, else nil.
    var powerOfTwoExponent: Int? {
        let r = reduced()
        func exponent(_ n: BigUInt) -> Int? { n.isZero || n & (n - 1) != 0 ? nil : n.bitWidth - 1 }
        guard let up = exponent(r.numerator), let down = exponent(r.denominator) else { return nil }
        return up - down
    }

    /// Whether the value is a whole number.
    var isWholeNumber: Bool { reduced().denominator == 1 }

    /// The value as a Double, rounded once to nearest.
    var nearestDouble: Double { ExactValue.finite(self).doubleValue }
}
