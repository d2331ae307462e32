/// The float-to-integer steps of ggml's quantisers, with the results an x86-64 build gives.
enum GGMLRounding {
    /// ggml's `nearest_int`: adds 1.5 * 2^23 in float32 and reads the low mantissa bits, so the
    /// float32 addition rounds half to even. Meant for |x| <= 2^22 - 1; outside that (and for NaN,
    /// which gives 0) the same bits are read as the C code reads them.
    @inline(__always)
    static func nearestInt(_ x: Float) -> Int {
        let shifted = x + 12582912
        return Int(Int32(bitPattern: shifted.bitPattern & 0x007F_FFFF)) - 0x0040_0000
    }

    /// C's `(int)x` as x86-64's `cvttss2si` does it: truncation toward zero, and `INT32_MIN` for
    /// NaN and for values outside the int32 range (C leaves those undefined). Conversions to
    /// `int8_t` / `uint8_t` keep the low byte of this.
    @inline(__always)
    static func truncate(_ x: Float) -> Int32 {
        if !(x >= -2147483648 && x < 2147483648) { return Int32.min }
        return Int32(x)
    }

    /// C's `(int8_t)x` for a float `x` on x86-64: the low byte of `truncate(x)`.
    @inline(__always)
    static func truncateToInt8(_ x: Float) -> Int8 { Int8(truncatingIfNeeded: truncate(x)) }

    /// C's `(uint8_t)x` for a float `x` on x86-64: the low byte of `truncate(x)`.
    @inline(__always)
    static func truncateToUInt8(_ x: Float) -> UInt8 { UInt8(truncatingIfNeeded: truncate(x)) }
}
