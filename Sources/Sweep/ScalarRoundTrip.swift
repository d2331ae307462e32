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
    /// Whether the format holds every float32 value exactly (fp32, fp64), so that the round trip is a copy.
    private let holdsEveryFloat32: Bool
    /// Name, storage, ULP model, count edges and kernel.
    public let traits: TargetTraits

    /// Creates the target.
    public init(_ format: Format, rounding: RoundingMode = .nearestEven, overflow: OverflowPolicy = .formatDefault) {
        self.format = format
        self.rounding = rounding
        self.overflow = overflow
        let kernel = FP32Narrowing(to: format, rounding: rounding, overflow: overflow)
        self.kernel = kernel
        holdsEveryFloat32 = format == .fp32 || format == .fp64
        traits = TargetTraits(name: format.name, bitsPerValue: Double(format.bitWidth), alignment: 1,
                              ulpModel: Self.ulpModel(format), maxFiniteBits: Self.maxFiniteBits(format),
                              saturationThresholdBits: Self.saturationThresholdBits(format), minNormalBits: Self.minNormalBits(format),
                              simpleFields: Self.simpleFields(format, kernel), narrowing: kernel)
    }

    /// The fields the one-field paths take (see `TargetTraits.simpleFields`).
    static func simpleFields(_ format: Format, _ kernel: FP32Narrowing?) -> (low: UInt32, high: UInt32, drop: UInt32)? {
        guard let kernel, let fields = kernel.simpleFields, case .float(let s) = format.kind else { return nil }
        return (fields.low, fields.high, UInt32(23 - s.mantissaBits))
    }

    /// The spacing at an input: the float grid, 1 for integers, a codebook's coarsest step.
    static func ulpModel(_ format: Format) -> UlpModel {
        switch format.kind {
        case .float(let s): return .floatGrid(roundingMinExponent: max(s.minExponent, -126), mantissaBits: s.mantissaBits)
        case .integer: return .constant(exponent: 0)
        case .codebook(let c):
            let sorted = c.levels.sorted()
            let top = Double(sorted[sorted.count - 1]) - Double(sorted[sorted.count - 2])
            return .constant(exponent: top.exponent)
        }
    }

    /// Bits of the largest finite value as float32.
    static func maxFiniteBits(_ format: Format) -> UInt32? {
        guard let v = FormatFacts(format).maxFinite.finiteMagnitude else { return nil }
        let f = Float(ExactValue.finite(v).doubleValue)
        return f.isFinite ? f.bitPattern : nil
    }

    /// Bits of the largest float32 not above max + ulp(max)/2.
    static func saturationThresholdBits(_ format: Format) -> UInt32? {
        let facts = FormatFacts(format)
        guard maxFiniteBits(format) != nil, let ulp = format.ulp(at: format.encode(facts.maxFinite).code)?.doubleValue else { return nil }
        // The largest float32 not above max + ulp/2: a float32 input is beyond that point exactly when it is above this one.
        let exact = facts.maxFinite.doubleValue + ulp / 2
        var threshold = Float(exact)
        if Double(threshold) > exact { threshold = threshold.nextDown }
        return threshold.isFinite ? threshold.bitPattern : nil
    }

    /// Bits of the smallest normal as float32 (float targets with subnormals).
    static func minNormalBits(_ format: Format) -> UInt32? {
        guard case .float(let s) = format.kind, s.hasSubnormals, s.minExponent >= -126 else { return nil }
        return Float(sign: .plus, exponent: s.minExponent, significand: 1).bitPattern
    }

    public func roundTrip(_ x: UnsafePointer<UInt32>, _ y: UnsafeMutablePointer<UInt32>, count: Int, firstElement: UInt64, tensorAmax: Float,
                          blockMagnitudes: UnsafeMutablePointer<Float>?) -> Bool {
        if let kernel {
            kernel.roundTrip(x, to: y, count: count)
            return false
        }
        if holdsEveryFloat32 {
            // fp32 and fp64 hold every float32 exactly: whatever the rounding, the value comes back.
            y.update(from: x, count: count)
            return false
        }
        for k in 0..<count {
            let code = format.encode(BinaryValue(Float(bitPattern: x[k])), rounding: rounding, overflow: overflow,
                                     element: firstElement + UInt64(k)).code
            y[k] = Float(format.decode(code).value.doubleValue).bitPattern
        }
        return false
    }
}
