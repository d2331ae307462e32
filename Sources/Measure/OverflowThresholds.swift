import FormatCore
import Sweep

/// Where a scalar format's round to nearest even leaves the finite range or reaches zero, as float32
/// bit patterns of magnitudes: found once per format by bisection over the format's own rounding.
public struct OverflowThresholds: Sendable, Hashable {
    /// The smallest |x| (float32 bits) whose rounding is an infinity or NaN; nil when no finite float32 overflows.
    public let overflowBits: UInt32?
    /// The largest nonzero |x| (float32 bits) that rounds to zero; nil when none does.
    public let underflowBits: UInt32?

    /// The thresholds of `format`.
    public init(_ format: Format) {
        let target = ScalarRoundTrip(format)
        func rounded(_ bits: UInt32) -> Float {
            var x = bits, y: UInt32 = 0
            target.roundTrip(&x, &y, count: 1, firstElement: 0, tensorAmax: 0)
            return Float(bitPattern: y)
        }
        // Overflow: the first magnitude in 1...0x7F7FFFFF whose rounding is not finite (monotone in |x|).
        if rounded(0x7F7F_FFFF).isFinite {
            overflowBits = nil
        } else {
            var lo: UInt32 = 1, hi: UInt32 = 0x7F7F_FFFF
            while lo < hi {
                let mid = lo + (hi - lo) / 2
                if rounded(mid).isFinite { lo = mid + 1 } else { hi = mid }
            }
            overflowBits = lo
        }
        // Underflow: the last magnitude whose rounding is zero.
        if rounded(1) != 0 {
            underflowBits = nil
        } else {
            var lo: UInt32 = 1, hi: UInt32 = 0x7F7F_FFFF
            while lo < hi {
                let mid = lo + (hi - lo + 1) / 2
                if rounded(mid) == 0 { lo = mid } else { hi = mid - 1 }
            }
            underflowBits = lo
        }
    }

    /// fp16's thresholds: 65520 and 2^-25.
    public static let fp16 = OverflowThresholds(.fp16)
    /// bf16's thresholds.
    public static let bf16 = OverflowThresholds(.bf16)
}
