/// ggml's fp16 storage: float32 to IEEE binary16 bits rounding to nearest even (subnormals
/// included, overflow to infinity, every NaN to the quiet NaN 0x7E00 keeping its sign), and back
/// exactly. Little-endian loads and stores of the fp16 fields of a block.
enum GGMLHalf {
    /// The fp16 bits nearest to `f` (ties to even), as ggml's `GGML_FP32_TO_FP16`.
    static func bits(_ f: Float) -> UInt16 {
        let w = f.bitPattern
        let sign = UInt16(truncatingIfNeeded: (w >> 16) & 0x8000)
        let a = w & 0x7FFF_FFFF
        if a > 0x7F80_0000 { return sign | 0x7E00 }          // NaN
        if a >= 0x477F_F000 { return sign | 0x7C00 }         // 65520 and above (and inf) round to inf
        let exponent = Int(a >> 23)
        if exponent >= 113 {                                 // fp16 normal range (2^-14 and up)
            let mantissa = a & 0x7F_FFFF
            var h = (UInt32(exponent - 112) << 10) | (mantissa >> 13)
            let rest = mantissa & 0x1FFF
            if rest > 0x1000 || (rest == 0x1000 && h & 1 == 1) { h += 1 }
            return sign | UInt16(h)
        }
        // fp16 subnormal range: the value in units of 2^-24, rounded to nearest even.
        let shift = 126 - exponent
        if exponent == 0 || shift > 24 { return sign }       // below 2^-25: rounds to zero
        let m = (a & 0x7F_FFFF) | 0x80_0000
        var q = m >> UInt32(shift)
        let rest = m & ((UInt32(1) << UInt32(shift)) - 1)
        let half = UInt32(1) << UInt32(shift - 1)
        if rest > half || (rest == half && q & 1 == 1) { q += 1 }
        return sign | UInt16(q)
    }

    /// The float32 value of fp16 `h` (exact; NaNs come back quiet with their payload).
    static func value(_ h: UInt16) -> Float {
        let sign = UInt32(h & 0x8000) << 16
        let exponent = UInt32(h >> 10) & 0x1F
        let mantissa = UInt32(h & 0x3FF)
        if exponent == 0 {
            let magnitude = Float(mantissa) * 0x1p-24
            return Float(bitPattern: sign | magnitude.bitPattern)
        }
        if exponent == 31 {
            return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13) | (mantissa != 0 ? 0x40_0000 : 0))
        }
        return Float(bitPattern: sign | ((exponent + 112) << 23) | (mantissa << 13))
    }

    /// `f` rounded to fp16 and back: the value a stored scale is read as.
    static func rounded(_ f: Float) -> Float { value(bits(f)) }

    /// Reads the little-endian fp16 at `offset`.
    static func load(_ p: UnsafeRawPointer, _ offset: Int) -> Float {
        value(UInt16(littleEndian: p.loadUnaligned(fromByteOffset: offset, as: UInt16.self)))
    }

    /// Writes `f` as a little-endian fp16 at `offset`.
    static func store(_ f: Float, _ p: UnsafeMutableRawPointer, _ offset: Int) {
        p.storeBytes(of: bits(f).littleEndian, toByteOffset: offset, as: UInt16.self)
    }
}
