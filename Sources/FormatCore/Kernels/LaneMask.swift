/// Whole-lane masks (every bit set or clear) for `SIMD16<UInt32>`, built with plain integer
/// arithmetic so that the optimiser emits vector instructions (Swift's `SIMDMask` operations are
/// lowered lane by lane). Comparisons assume both operands are below 2^31.
public enum LaneMask {
    /// Lane vector type.
    public typealias Lanes = SIMD16<UInt32>

    /// All ones where `bit` (0 or 1) is 1.
    @inlinable @inline(__always)
    public static func fromBit(_ bit: Lanes) -> Lanes { Lanes(repeating: 0) &- bit }

    /// All ones where `x == 0`.
    @inlinable @inline(__always)
    public static func isZero(_ x: Lanes) -> Lanes {
        // x | -x has its top bit set exactly when x != 0.
        fromBit(((x | (Lanes(repeating: 0) &- x)) &>> 31) ^ 1)
    }

    /// All ones where `a > b` (both below 2^31).
    @inlinable @inline(__always)
    public static func greater(_ a: Lanes, _ b: Lanes) -> Lanes { fromBit((b &- a) &>> 31) }

    /// `a` where the mask is set, `b` elsewhere.
    @inlinable @inline(__always)
    public static func select(_ mask: Lanes, _ a: Lanes, _ b: Lanes) -> Lanes { (a & mask) | (b & ~mask) }

    /// Lane-wise maximum (both below 2^31).
    @inlinable @inline(__always)
    public static func max(_ a: Lanes, _ b: Lanes) -> Lanes { select(greater(a, b), a, b) }

    /// Lane-wise minimum (both below 2^31).
    @inlinable @inline(__always)
    public static func min(_ a: Lanes, _ b: Lanes) -> Lanes { select(greater(a, b), b, a) }
}
