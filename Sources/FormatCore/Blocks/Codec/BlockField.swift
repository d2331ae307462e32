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
}
