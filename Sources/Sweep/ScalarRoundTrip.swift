import FormatCore

/// A scalar format as a sweep target: the SIMD kernel where it applies, the exact scalar path otherwise.
public struct ScalarRoundTrip: RoundTripper {
    /// The format.
    public let format: Format
    /// The rounding mode.
    public let rounding: RoundingMode
    /// The overflow policy.
    public let overflow: OverflowPolicy
    private let kernel: FP32Narrowing?

    /// Creates the target.
    public init(_ format: Format, rounding: RoundingMode = .nearestEven, overflow: OverflowPolicy = .formatDefault) {
        self.format = format
        self.rounding = rounding
        self.overflow = overflow
        kernel = FP32Narrowing(to: format, rounding: rounding, overflow: overflow)
    }

    public var name: String { format.name }
    public var narrowing: FP32Narrowing? { kernel }

    public var simpleFields: (low: UInt32, high: UInt32, drop: UInt32)? {
        guard let kernel, let fields = kernel.simpleFields, case .float(let s) = format.kind else { return nil }
        return (fields.low, fields.high, UInt32(23 - s.mantissaBits))
    }
    public var bitsPerValue: Double { Double(format.bitWidth) }
    public var alignment: Int { 1 }

    public var ulpModel: UlpModel {
        switch format.kind {
        case .float(let s): return .floatGrid(roundingMinExponent: max(s.minExponent, -126), mantissaBits: s.mantissaBits)
        case .integer: return .constant(exponent: 0)
        case .codebook(let c):
            let sorted = c.levels.sorted()
            let top = Double(sorted[sorted.count - 1]) - Double(sorted[sorted.count - 2])
            return .constant(exponent: top.exponent)
        }
    }

    public var maxFiniteBits: UInt32? {
        guard let v = FormatFacts(format).maxFinite.finiteMagnitude else { return nil }
        let f = Float(ExactValue.finite(v).doubleValue)
        return f.isFinite ? f.bitPattern : nil
    }

    public var saturationThresholdBits: UInt32? {
        let facts = FormatFacts(format)
        guard maxFiniteBits != nil, let ulp = format.ulp(at: format.encode(facts.maxFinite).code)?.doubleValue else { return nil }
        // The largest float32 not above max + ulp/2: a float32 input is beyond that point exactly when it is above this one.
        let exact = facts.maxFinite.doubleValue + ulp / 2
        var threshold = Float(exact)
        if Double(threshold) > exact { threshold = threshold.nextDown }
        return threshold.isFinite ? threshold.bitPattern : nil
    }

    public var minNormalBits: UInt32? {
        guard case .float(let s) = format.kind, s.hasSubnormals, s.minExponent >= -126 else { return nil }
        return Float(sign: .plus, exponent: s.minExponent, significand: 1).bitPattern
    }

    public func roundTrip(_ x: UnsafePointer<UInt32>, _ y: UnsafeMutablePointer<UInt32>, count: Int, firstElement: UInt64, tensorAmax: Float) {
        if let kernel {
            kernel.roundTrip(x, to: y, count: count)
            return
        }
        for k in 0..<count {
            let code = format.encode(BinaryValue(Float(bitPattern: x[k])), rounding: rounding, overflow: overflow,
                                     element: firstElement + UInt64(k)).code
            y[k] = Float(format.decode(code).value.doubleValue).bitPattern
        }
    }
}
