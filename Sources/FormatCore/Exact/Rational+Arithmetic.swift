import BigInt

/// Exact arithmetic and ordering of non-negative rationals.
extension Rational: Comparable {
    /// Orders by value (cross-multiplication, exact).
    public static func < (a: Rational, b: Rational) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }

    /// Equality by value, not by representation.
    public static func == (a: Rational, b: Rational) -> Bool {
        a.numerator * b.denominator == b.numerator * a.denominator
    }

    /// Hashes the reduced fraction, so equal values hash alike.
    public func hash(into hasher: inout Hasher) {
        let r = reduced()
        hasher.combine(r.numerator)
        hasher.combine(r.denominator)
    }

    /// The sum.
    public static func + (a: Rational, b: Rational) -> Rational {
        if a.denominator == b.denominator { return Rational(a.numerator + b.numerator, a.denominator) }
        return Rational(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }

    /// The absolute difference `|a - b|`.
    public static func distance(_ a: Rational, _ b: Rational) -> Rational {
        if a.denominator == b.denominator {
            return Rational(a.numerator >= b.numerator ? a.numerator - b.numerator : b.numerator - a.numerator, a.denominator)
        }
        let x = a.numerator * b.denominator, y = b.numerator * a.denominator
        return Rational(x >= y ? x - y : y - x, a.denominator * b.denominator)
    }

    /// The product.
    public static func * (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.numerator, a.denominator * b.denominator)
    }

    /// The quotient; `b` must not be zero.
    public static func / (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.denominator, a.denominator * b.numerator)
    }

    /// Half the value.
    public var halved: Rational { Rational(numerator, denominator << 1) }
}
