/// Ordering of exact values (NaN is unordered and compares false).
extension ExactValue {
    /// A total-order key for non-NaN values: -1, 0, 1 compared with another, nil if either is NaN.
    public func compare(_ other: ExactValue) -> Int? {
        if isNaN || other.isNaN { return nil }
        func rank(_ v: ExactValue) -> Int {
            if v.isZero { return 0 }
            return v.isNegative ? -1 : 1
        }
        let ra = rank(self), rb = rank(other)
        if ra != rb { return ra < rb ? -1 : 1 }
        if ra == 0 { return 0 }
        let magnitudeOrder: Int
        switch (magnitude, other.magnitude) {
        case (.infinity, .infinity): magnitudeOrder = 0
        case (.infinity, _): magnitudeOrder = 1
        case (_, .infinity): magnitudeOrder = -1
        case (.finite(let a), .finite(let b)): magnitudeOrder = a < b ? -1 : (a == b ? 0 : 1)
        default: return nil
        }
        return ra > 0 ? magnitudeOrder : -magnitudeOrder
    }

    /// `|self - other|` for finite values; nil when either is not finite.
    public func distance(to other: ExactValue) -> Rational? {
        guard let a = finiteMagnitude, let b = other.finiteMagnitude else { return nil }
        if a.isZero { return b }
        if b.isZero { return a }
        if isNegative == other.isNegative { return Rational.distance(a, b) }
        return a + b
    }

    /// The negated value.
    public var negated: ExactValue { ExactValue(isNegative: !isNegative, magnitude: magnitude) }
}
