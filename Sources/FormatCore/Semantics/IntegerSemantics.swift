/// The record of a two's-complement or unsigned integer format of 2 to 32 bits.
public struct IntegerSemantics: Sendable, Hashable {
    /// Width in bits (2...32).
    public let bitWidth: Int
    /// Whether the format is two's complement signed.
    public let isSigned: Bool

    /// Creates the record of `intN` (signed) or `uintN`.
    public init(bitWidth: Int, isSigned: Bool) {
        self.bitWidth = bitWidth
        self.isSigned = isSigned
    }

    /// The smallest representable integer.
    public var minValue: Int64 { isSigned ? -(Int64(1) << Int64(bitWidth - 1)) : 0 }
    /// The largest representable integer.
    public var maxValue: Int64 { isSigned ? (Int64(1) << Int64(bitWidth - 1)) - 1 : (Int64(1) << Int64(bitWidth)) - 1 }
    /// The code (low `bitWidth` bits of two's complement) of an integer in range.
    public func code(of value: Int64) -> UInt64 { UInt64(bitPattern: value) & ((UInt64(1) << UInt64(bitWidth)) - 1) }
    /// The integer a code stands for.
    public func value(of code: UInt64) -> Int64 {
        let masked = code & ((UInt64(1) << UInt64(bitWidth)) - 1)
        if isSigned && masked >> UInt64(bitWidth - 1) == 1 { return Int64(masked) - (Int64(1) << Int64(bitWidth)) }
        return Int64(masked)
    }
}
