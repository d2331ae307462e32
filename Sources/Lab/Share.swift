import BigInt
import FormatCore

/// Exact shares of counts: count/total and 100·count/total as reduced rationals (0 when total is 0).
public enum Share {
    /// count / total.
    public static func fraction(_ count: Int, of total: Int) -> ExactValue {
        guard total > 0 else { return .finite(.zero) }
        return .finite(Rational(BigUInt(max(count, 0)), BigUInt(total)).reduced())
    }

    /// 100 · count / total.
    public static func percent(_ count: Int, of total: Int) -> ExactValue {
        guard total > 0 else { return .finite(.zero) }
        return .finite(Rational(BigUInt(max(count, 0)) * 100, BigUInt(total)).reduced())
    }
}
