/// A value whose significand fits in 64 bits: every code of every format of up to 64 bits decodes to one.
public enum BinaryValue: Sendable, Hashable {
    /// `(-1)^negative × significand × 2^exponent`.
    case finite(negative: Bool, significand: UInt64, exponent: Int)
    /// An infinity.
    case infinity(negative: Bool)
    /// A NaN.
    case nan(negative: Bool)

    /// The value of a Double, exactly.
    public init(_ d: Double) {
        let bits = d.bitPattern
        let negative = bits >> 63 == 1
        let field = Int((bits >> 52) & 0x7ff)
        let frac = bits & ((1 << 52) - 1)
        if field == 0x7ff {
            self = frac == 0 ? .infinity(negative: negative) : .nan(negative: negative)
        } else {
            self = .finite(negative: negative, significand: field == 0 ? frac : frac | (1 << 52), exponent: max(field, 1) - 1075)
        }
    }

    /// The value of a Float, exactly.
    public init(_ f: Float) { self.init(Double(f)) }

    /// The sign bit.
    public var isNegative: Bool {
        switch self {
        case .finite(let n, _, _), .infinity(let n), .nan(let n): return n
        }
    }

    /// The exact value.
    public var exact: ExactValue {
        switch self {
        case .finite(let n, let s, let e): return ExactValue(negative: n, significand: s, exponent: e)
        case .infinity(let n): return .infinity(negative: n)
        case .nan(let n): return .nan(negative: n)
        }
    }

    /// The value as a Double; exact whenever the significand has at most 53 bits and the exponent is in range.
    public var doubleValue: Double {
        switch self {
        case .finite(let n, let s, _):
            if s == 0 { return n ? -0.0 : 0.0 }
            let c = Format.fp64.encode(self)
            return Double(bitPattern: c.code)
        case .infinity(let n): return n ? -.infinity : .infinity
        case .nan(let n): return n ? -Double.nan : .nan
        }
    }
}
