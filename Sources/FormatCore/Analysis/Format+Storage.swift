/// How codes are laid out in memory and in raw files (little-endian).
extension Format {
    /// Bytes per element: 1 for up to 8 bits, 2 for up to 16, 4 for up to 32, 8 for fp64.
    public var storageBytes: Int {
        switch bitWidth {
        case ...8: return 1
        case ...16: return 2
        case ...32: return 4
        default: return 8
        }
    }

    /// Left shift of the code inside its storage word: TF32 lives in an fp32 container (its 19 bits on
    /// top, 13 zero bits below), every other format in the low bits.
    public var storageShift: Int { self == .tf32 ? 13 : 0 }

    /// The storage word of a code.
    public func storageWord(_ code: UInt64) -> UInt64 { code << UInt64(storageShift) }

    /// The code held in a storage word, or nil when the word holds bits outside the code: below the
    /// container shift (a TF32 word with any of its 13 low bits set is not a TF32 value) or above it.
    /// One rule with `ValueParser`, which refuses a code that does not fit the format's bits.
    public func code(fromStorage word: UInt64) -> UInt64? {
        let code = word >> UInt64(storageShift)
        guard code & ~codeMask == 0, code << UInt64(storageShift) == word else { return nil }
        return code
    }

    /// The first storage word of `count` that holds no code of the format (its index and the word),
    /// or nil; formats that fill their storage word have none.
    public func firstInvalidStorageWord(_ input: UnsafeRawPointer, count: Int) -> (index: Int, word: UInt64)? {
        let size = storageBytes
        guard storageShift > 0 || bitWidth < size * 8 else { return nil }
        for i in 0..<count {
            let word = Format.loadStorageWord(input + i * size, size: size)
            if code(fromStorage: word) == nil { return (i, word) }
        }
        return nil
    }

    /// How the format is stored, for a message about a word that holds no code of it.
    public var storageRule: String {
        "\(name) is stored as \(storageBytes * 8)-bit words"
            + (storageShift > 0 ? " with its \(storageShift) low bits zero" : " holding \(bitWidth)-bit codes")
    }

    /// A little-endian storage word of 1, 2, 4 or 8 bytes at `p` (unaligned).
    @inlinable
    public static func loadStorageWord(_ p: UnsafeRawPointer, size: Int) -> UInt64 {
        switch size {
        case 1: return UInt64(p.load(as: UInt8.self))
        case 2: return UInt64(UInt16(littleEndian: p.loadUnaligned(as: UInt16.self)))
        case 4: return UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
        default: return UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
        }
    }

    /// Stores a storage word of 1, 2, 4 or 8 bytes at `p`, little-endian.
    @inlinable
    public static func storeStorageWord(_ w: UInt64, to p: UnsafeMutableRawPointer, size: Int) {
        switch size {
        case 1: p.storeBytes(of: UInt8(truncatingIfNeeded: w), as: UInt8.self)
        case 2: p.storeBytes(of: UInt16(truncatingIfNeeded: w).littleEndian, as: UInt16.self)
        case 4: p.storeBytes(of: UInt32(truncatingIfNeeded: w).littleEndian, as: UInt32.self)
        default: p.storeBytes(of: w.littleEndian, as: UInt64.self)
        }
    }
}
