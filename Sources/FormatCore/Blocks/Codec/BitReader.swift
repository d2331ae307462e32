/// Reads fields of 1 to 64 bits from bytes written by `BitWriter` (least significant bit first).
struct BitReader {
    /// The bytes.
    let base: UnsafeRawPointer
    /// Bits read so far.
    private(set) var position = 0

    /// Starts reading at `base`.
    init(_ base: UnsafeRawPointer) { self.base = base }

    /// The next `bits` bits as an unsigned number.
    mutating func read(bits: Int) -> UInt64 {
        var result: UInt64 = 0, got = 0
        while got < bits {
            let byte = position >> 3, offset = position & 7
            let take = min(8 - offset, bits - got)
            let part = (UInt64(base.load(fromByteOffset: byte, as: UInt8.self)) >> UInt64(offset)) & ((1 << UInt64(take)) - 1)
            result |= part << UInt64(got)
            got += take
            position += take
        }
        return result
    }

    /// Skips to the next whole byte.
    mutating func alignToByte() {
        if position & 7 != 0 { position += 8 - (position & 7) }
    }

    /// Skips `bits` bits.
    mutating func skip(bits: Int) { position += bits }
}
