import FormatCore

/// Float32 bit patterns of the codes of a scalar format, from FormatCore's exact decode and one
/// rounding to fp32 (nearest even): the one definition the tensor readers use. Every NaN becomes
/// float32's quiet NaN with its sign (payloads are not kept); fp32 data itself is passed through bit
/// for bit.
enum Float32Codes {
    /// The float32 bits of `code` of `format`.
    static func bits(_ format: Format, code: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: Format.fp32.encode(format.decode(code).value).code)
    }

    /// The float32 bits of a double (nearest even; NaN as above).
    @inline(__always)
    static func bits(_ d: Double) -> UInt32 {
        d.isNaN ? (d.sign == .minus ? negativeNaN : positiveNaN) : Float(d).bitPattern
    }

    static let positiveNaN = UInt32(truncatingIfNeeded: Format.fp32.encode(BinaryValue.nan(negative: false)).code)
    static let negativeNaN = UInt32(truncatingIfNeeded: Format.fp32.encode(BinaryValue.nan(negative: true)).code)

    /// A table of the float32 bits of every code of a format of at most 16 bits.
    /// The formats that model files store are built once (on first use) and shared; any other
    /// format is built for the caller.
    static func table(_ format: Format) -> [UInt32] {
        if let index = cachedFormats.firstIndex(of: format) { return cached[index] }
        return make(format)
    }

    private static func make(_ format: Format) -> [UInt32] {
        (0..<(1 << format.bitWidth)).map { bits(format, code: UInt64($0)) }
    }

    private static let cachedFormats: [Format] = [.fp16, .bf16, .e4m3fn, .e5m2, .e8m0fnu, .e4m3fnuz, .e5m2fnuz, .e2m1fn,
                                                  .int(8), .uint(8), .int(16), .uint(16)]
    private static let cached: [[UInt32]] = cachedFormats.map(make)
}
