import BigInt

/// Exact addition, subtraction, multiplication and comparison of dyadic rationals.
extension Dyadic: Comparable {
    /// The exact sum.
    public static func + (a: Dyadic, b: Dyadic) -> Dyadic {
        if a.isZero { return b }
        if b.isZero { return a }
        let e = min(a.exponent, b.exponent)
        return Dyadic(significand: (a.significand << (a.exponent - e)) + (b.significand << (b.exponent - e)), exponent: e)
    }

    /// The exact negation.
    public static prefix func - (a: Dyadic) -> Dyadic {
        Dyadic(significand: -a.significand, exponent: a.exponent)
    }

    /// The exact difference.
    public static func - (a: Dyadic, b: Dyadic) -> Dyadic { a + (-b) }

    /// The exact product.
    public static func * (a: Dyadic, b: Dyadic) -> Dyadic {
        Dyadic(significand: a.significand * b.significand, exponent: a.exponent + b.exponent)
    }

    /// The magnitude.
    public var magnitude: Dyadic {
        Dyadic(significand: BigInt(significand.magnitude), exponent: exponent)
    }

    /// Orders by value.
    public static func < (a: Dyadic, b: Dyadic) -> Bool {
        (a - b).isNegative
    }

    /// `2^k`, exactly.
    public static func powerOfTwo(_ k: Int) -> Dyadic {
        Dyadic(significand: 1, exponent: k)
    }
}
