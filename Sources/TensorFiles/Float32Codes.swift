import FormatCore
import Synchronization

/// Float32 bit patterns of the codes of a scalar format, from FormatCore's exact decode and one
/// rounding to fp32 (nearest even): the one definition the tensor readers use. Every NaN becomes
/// float32's quiet NaN with its sign (payloads are not kept); fp32 data itself is passed through bit
/// for bit. The raw-file reader of `sweep --input` uses it too.
public enum Float32Codes {
    /// The float32 bits of `code` of `format`.
    public static func bits(_ format: Format, code: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: Format.fp32.encode(format.decode(code).value).code)
    }

    /// The float32 bits of a double (nearest even; NaN as above).
    @inline(__always)
    static func bits(_ d: Double) -> UInt32 {
        d.isNaN ? (d.sign == .minus ? negativeNaN : positiveNaN) : Float(d).bitPattern
    }

    static let positiveNaN = UInt32(truncatingIfNeeded: Format.fp32.encode(BinaryValue.nan(negative: false)).code)
    static let negativeNaN = UInt32(truncatingIfNeeded: Format.fp32.encode(BinaryValue.nan(negative: true)).code)

    /// A table of the float32 bits of every code of a format of at most 16 bits, built on the first
    /// use of that format and shared after.
    public static func table(_ format: Format) -> [UInt32] {
        if let table = cache.withLock({ $0[format.name] }) { return table }
        let table = (0..<(1 << format.bitWidth)).map { bits(format, code: UInt64($0)) }
        cache.withLock { $0[format.name] = table }
        return table
    }

    /// The tables built so far, by format name.
    private static let cache = Mutex<[String: [UInt32]]>([:])
}
