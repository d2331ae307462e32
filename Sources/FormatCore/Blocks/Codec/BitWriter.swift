/// Writes fields of 1 to 64 bits into bytes, least significant bit first: the first field takes the
/// low bits of the first byte (so 4-bit codes go two per byte, the first in the low nibble).
struct BitWriter {
    /// Where the bytes go.
    let base: UnsafeMutableRawPointer
    /// Bits written so far.
    private(set) var position = 0

    /// Starts writing at `base`; the bytes are zeroed as they are reached.
    init(_ base: UnsafeMutableRawPointer) { self.base = base }

    /// Appends the low `bits` bits of `value`.
    mutating func write(_ value: UInt64, bits: Int) {
        var remaining = bits, v = bits == 64 ? value : value & ((1 << UInt64(bits)) - 1)
        while remaining > 0 {
            let byte = position >> 3, offset = position & 7
            let take = min(8 - offset, remaining)
            var current: UInt8 = offset == 0 ? 0 : base.load(fromByteOffset: byte, as: UInt8.self)
            current |= UInt8(truncatingIfNeeded: v & ((1 << UInt64(take)) - 1)) << UInt8(offset)
            base.storeBytes(of: current, toByteOffset: byte, as: UInt8.self)
            v >>= UInt64(take)
            remaining -= take
            position += take
        }
    }

    /// Pads with zero bits to the next whole byte.
    mutating func alignToByte() {
        if position & 7 != 0 { write(0, bits: 8 - (position & 7)) }
    }
}
