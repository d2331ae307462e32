/// One field of a block: `count` items of `bits` bits each, what they are and how they are read.
/// Q4_K's fields: `d` (1 fp16 super-block scale), `dmin` (1 fp16), `scales` (8 6-bit scales and
/// 8 6-bit mins packed in 12 bytes), `qs` (256 4-bit quants in 128 bytes).
public struct BlockField: Sendable, Hashable {
    /// The name used by the format's definition (`d`, `dmin`, `scales`, `qh`, `qs`, `e`).
    public let name: String
    /// Bits of one item.
    public let bits: Int
    /// Items in the field.
    public let count: Int
    /// How an item is read: a format name (`fp16`, `e8m0fnu`, `e4m3fn`, `fp32`), `uint6`, `int8`...
    public let encoding: String
    /// What the field does, one short phrase ("super-block scale", "4-bit quants, low nibbles first").
    public let role: String

    /// Creates a field.
    public init(name: String, bits: Int, count: Int = 1, encoding: String, role: String) {
        self.name = name
        self.bits = bits
        self.count = count
        self.encoding = encoding
        self.role = role
    }

    /// Bytes the field takes when its bits are whole bytes.
    public var byteCount: Int { (bits * count + 7) / 8 }

    /// `0x` and the low `bits` bits of `value` in upper-case hex, as many digits as `bits` needs
    /// (`0x7A`, `0x0677`): how block fields and element codes are shown.
    public static func hex(_ value: UInt64, bits: Int) -> String {
        let masked = bits >= 64 ? value : value & ((1 << UInt64(bits)) - 1)
        let digits = String(masked, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, (bits + 3) / 4 - digits.count)) + digits
    }
}
