import FormatCore

/// Where a sweep's inputs come from.
public enum SweepSource: Sendable {
    /// Every code of a format of up to 32 bits whose values float32 holds exactly (all 2^32 fp32 patterns).
    case allCodes(Format)
    /// The codes `lower...upper` of such a format.
    case codeRange(Format, lower: UInt64, upper: UInt64)
    /// `count` samples of a distribution, element i a pure function of (seed, i).
    case samples(Distribution, count: UInt64, seed: UInt64)
    /// Values already in memory (float32 bit patterns).
    case values([UInt32])

    /// Why a format cannot be swept exhaustively, or nil when it can.
    public static func exhaustiveProblem(_ format: Format) -> ExhaustiveProblem? {
        if format.bitWidth > 32 { return .tooWide(format) }
        switch format.kind {
        case .float(let s) where s.precision > 24 || s.maxExponent > 127:
            return .floatBeyondFloat32(format)
        case .integer(let s) where s.bitWidth > 24:
            return .integerBeyondFloat32(format)
        default: return nil
        }
    }

    /// Number of elements.
    public var count: UInt64 {
        switch self {
        case .allCodes(let f): return UInt64(1) << UInt64(f.bitWidth)
        case .codeRange(_, let lo, let hi): return hi - lo + 1
        case .samples(_, let n, _): return n
        case .values(let v): return UInt64(v.count)
        }
    }

    /// The fp32 pattern of element `start` when elements are consecutive fp32 patterns (all codes or a
    /// code range of fp32), so that a kernel can make them itself.
    func fp32Ramp(start: UInt64) -> UInt32? {
        switch self {
        case .allCodes(let f) where f == .fp32: return UInt32(truncatingIfNeeded: start)
        case .codeRange(let f, let lo, _) where f == .fp32: return UInt32(truncatingIfNeeded: lo + start)
        default: return nil
        }
    }

    /// Writes elements `start ..< start + count` as float32 bit patterns.
    func fill(_ out: UnsafeMutablePointer<UInt32>, start: UInt64, count: Int) {
        switch self {
        case .allCodes(let f): Self.fillCodes(f, first: start, out, count)
        case .codeRange(let f, let lo, _): Self.fillCodes(f, first: lo + start, out, count)
        case .samples(let d, _, let seed):
            d.fill(out, seed: seed, start: start, count: count)
        case .values(let v):
            v.withUnsafeBufferPointer { b in
                (out).update(from: b.baseAddress! + Int(start), count: count)
            }
        }
    }

    private static func fillCodes(_ f: Format, first: UInt64, _ out: UnsafeMutablePointer<UInt32>, _ count: Int) {
        if f == .fp32 {
            // The code is the value: a plain ramp of bit patterns.
            var ramp = SIMD16<UInt32>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15) &+ UInt32(truncatingIfNeeded: first)
            var k = 0
            while k + 16 <= count {
                UnsafeMutableRawPointer(out + k).storeBytes(of: ramp, as: SIMD16<UInt32>.self)
                ramp &+= 16
                k += 16
            }
            while k < count { out[k] = UInt32(truncatingIfNeeded: first + UInt64(k)); k += 1 }
            return
        }
        for k in 0..<count {
            out[k] = Float(f.decode(first + UInt64(k)).value.doubleValue).bitPattern
        }
    }
}
