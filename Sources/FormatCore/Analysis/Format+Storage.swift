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
}
