/// Rounds float32 bit patterns into a narrower float format, 16 lanes at a time, with integer
/// arithmetic only (no float operation ever sees a subnormal, so every input costs the same).
///
/// `convert` gives the codes; `roundTrip` gives the values those codes stand for, as float32 bits
/// (quantise then dequantise in one step, for sweeps). Both equal `Format.encode` / `decode` for
/// nearest-even, nearest-away, toward zero, up and down under either overflow policy (tests compare
/// them); stochastic rounding uses the scalar path.
public struct FP32Narrowing: Sendable {
    /// Lane vector type.
    public typealias Lanes = SIMD16<UInt32>

    /// A fixed result: the code and the float32 bits of its value.
    @usableFromInline struct Special: Sendable {
        @usableFromInline let code: UInt32
        @usableFromInline let value: UInt32
    }

    @usableFromInline let mantissaBits: UInt32
    @usableFromInline let dropBase: UInt32          // 23 - mantissaBits
    @usableFromInline let roundingMinField: UInt32  // max(minExponent + 127, 1), in fp32 field terms
    @usableFromInline let belowFP32Normals: UInt32  // 1 when the target's lowest binade is 2^-127 (E8M0FNU): fp32 subnormals round on its grid
    @usableFromInline let fieldOffset: UInt32       // added (wrapping) to max(field, roundingMinField) before the shift
    @usableFromInline let maxMagnitude: UInt32
    @usableFromInline let signShift: UInt32         // 32 - bitWidth, or 0 when unsigned
    @usableFromInline let isSigned: Bool
    @usableFromInline let hasZero: Bool
    @usableFromInline let subnormalScale: Float     // 2^(minExponent - mantissaBits): value of one unit below the normal range
    @usableFromInline let integerValues: Bool       // the floor binade is fp32's own (bf16, tf32): values by bit arithmetic alone
    @usableFromInline let zeroPositive: Special, zeroNegative: Special
    @usableFromInline let overflowPositive: Special, overflowNegative: Special
    @usableFromInline let infinityPositive: Special, infinityNegative: Special
    @usableFromInline let nanPositive: Special, nanNegative: Special
    @usableFromInline let invalid: Special
    @usableFromInline let mode: UInt32 // 0 nearest-even, 1 nearest-away, 2 toward zero, 3 up, 4 down
    /// Finite fp32 exponent fields above this one always overflow (every mode: beyond the top binade).
    public let overflowFieldsAbove: UInt32?
    /// Fp32 exponent fields up to this one always give zero: |x| < half the smallest subnormal, rounding
    /// to nearest or toward zero (signed formats with a zero).
    public let zeroFieldsThrough: UInt32?

    /// Creates the kernel, or nil when the target is not a float format narrower than fp32 or the mode is stochastic.
    public init?(to format: Format, rounding: RoundingMode = .nearestEven, overflow: OverflowPolicy = .formatDefault) {
        guard case .float(let s) = format.kind, s.mantissaBits <= 22, s.bitWidth <= 32,
              s.minExponent >= -126 || (s.minExponent == -127 && s.mantissaBits == 0 && !s.hasZero),
              s.maxExponent <= 127 else { return nil }
        switch rounding {
        case .nearestEven: mode = 0
        case .nearestAway: mode = 1
        case .towardZero: mode = 2
        case .towardPositive: mode = 3
        case .towardNegative: mode = 4
        case .stochastic: return nil
        }
        mantissaBits = UInt32(s.mantissaBits)
        dropBase = UInt32(23 - s.mantissaBits)
        // E8M0FNU's lowest binade, 2^-127, is an fp32 subnormal: its lanes keep field 1 and drop one bit less.
        belowFP32Normals = s.minExponent < -126 ? 1 : 0
        let minField = max(s.minExponent + 127, 1)
        roundingMinField = UInt32(minField)
        let fieldAtMin = minField - 127 + s.bias // target field of the rounding floor binade
        fieldOffset = UInt32(bitPattern: Int32(fieldAtMin - 1 - minField))
        maxMagnitude = UInt32(s.maxFiniteMagnitudeCode)
        isSigned = s.isSigned
        signShift = s.isSigned ? UInt32(32 - s.bitWidth) : 0
        hasZero = s.hasZero
        integerValues = minField == 1
        subnormalScale = minField == 1 ? 0 : Float(sign: .plus, exponent: s.minExponent - s.mantissaBits, significand: 1)
        func special(_ c: Conversion) -> Special {
            Special(code: UInt32(c.code), value: Float(format.decode(c.code).value.doubleValue).bitPattern)
        }
        let zeroP = s.hasZero ? s.zeroCode(negative: false) : 0, zeroN = s.hasZero ? s.zeroCode(negative: true) : 0
        zeroPositive = special(Conversion(code: zeroP, status: []))
        zeroNegative = special(Conversion(code: zeroN, status: []))
        overflowPositive = special(s.overflowResult(negative: false, mode: rounding, policy: overflow))
        overflowNegative = special(s.overflowResult(negative: true, mode: rounding, policy: overflow))
        infinityPositive = special(s.infinityResult(negative: false, policy: overflow))
        infinityNegative = special(s.infinityResult(negative: true, policy: overflow))
        nanPositive = special(s.nanResult(negative: false))
        nanNegative = special(s.nanResult(negative: true))
        invalid = special(s.invalidResult())
        let shortcuts = s.isSigned && s.hasZero
        overflowFieldsAbove = shortcuts ? UInt32(s.maxFiniteMagnitudeCode >> s.mantissaBits) &- fieldOffset &- 1 : nil
        let zeroField = minField - s.mantissaBits - 2
        zeroFieldsThrough = shortcuts && mode <= 2 && zeroField >= 0 ? UInt32(zeroField) : nil
    }

    /// The value (float32 bits) that every input of fp32 exponent field `field` (0...254) rounds to, by
    /// sign, when there is one: ±overflow beyond the top binade, ±0 far below the smallest subnormal.
    public func uniformValue(field: UInt32) -> (positive: UInt32, negative: UInt32)? {
        if let above = overflowFieldsAbove, field > above, field < 255 { return (overflowPositive.value, overflowNegative.value) }
        if let through = zeroFieldsThrough, field <= through { return (zeroPositive.value, zeroNegative.value) }
        return nil
    }

    /// Rounds 16 float32 bit patterns: the codes and the float32 bits of their values.
    ///
    /// Written with whole-lane integer masks (all ones / all zeros) rather than `SIMDMask`, whose
    /// operations the compiler lowers lane by lane; every compared quantity is below 2^31, which the
    /// sign-bit tricks in `LaneMask` rely on. Unused halves are removed by the optimiser.
    @inlinable @inline(__always)
    public func quantize(_ x: Lanes) -> (codes: Lanes, values: Lanes) {
        let one = Lanes(repeating: 1)
        let negative = LaneMask.fromBit(x &>> 31)
        let magnitude = x & 0x7fff_ffff
        let field = magnitude &>> 23
        let isSub = LaneMask.isZero(field)
        let significand = (magnitude & 0x7f_ffff) | (~isSub & 0x80_0000)
        let fieldEff = field | (isSub & one)
        let floored = LaneMask.max(fieldEff, Lanes(repeating: roundingMinField))
        let low = isSub & Lanes(repeating: belowFP32Normals) // 1 in E8M0FNU's fp32-subnormal lanes
        let drop = LaneMask.min(Lanes(repeating: dropBase) &+ (floored &- fieldEff), Lanes(repeating: 25)) &- low
        let unit = one &<< drop
        let truncated = significand &>> drop
        let discarded = significand & (unit &- one)
        let half = unit &>> 1
        let inexact = ~LaneMask.isZero(discarded)
        let up: Lanes
        switch mode {
        case 0:
            let tie = LaneMask.isZero(discarded ^ half) & inexact & LaneMask.fromBit(truncated & one)
            up = LaneMask.greater(discarded, half) | tie
        case 1: up = ~LaneMask.greater(half, discarded) & inexact
        case 2: up = Lanes(repeating: 0)
        case 3: up = inexact & ~negative
        default: up = inexact & negative
        }
        let rounded = truncated &+ (up & one)
        var codeMagnitude = ((floored &+ Lanes(repeating: fieldOffset)) &<< Lanes(repeating: mantissaBits)) &+ rounded &- low
        // E8M0FNU below 2^-127 when rounding toward zero: no zero, so its smallest value (code 0).
        codeMagnitude = LaneMask.select(LaneMask.fromBit(low) & LaneMask.isZero(rounded), Lanes(repeating: 0), codeMagnitude)
        let sign = x & 0x8000_0000
        var codes = codeMagnitude
        if isSigned { codes |= sign &>> Lanes(repeating: signShift) }
        // The value: M × 2^(floored - 127 - m). In the normal range the implicit bit of M carries into
        // the exponent field; below it (and floored > 1) M is small and exact as a float.
        var valueMagnitude = ((floored &- one) &<< 23) &+ (rounded &<< (Lanes(repeating: dropBase) &- low))
        if !integerValues {
            let small = LaneMask.greater(Lanes(repeating: 1) &<< Lanes(repeating: mantissaBits), rounded)
            let exactFloat = unsafeBitCast(rounded | 0x4B00_0000, to: SIMD16<Float>.self) - 8_388_608 // M < 2^23, exact
            let scaled = unsafeBitCast(exactFloat * subnormalScale, to: Lanes.self)
            valueMagnitude = LaneMask.select(small, scaled, valueMagnitude)
        }
        var values = valueMagnitude | (isSigned ? sign : Lanes(repeating: 0))
        // Fixed results, later ones taking precedence: zero, overflow, infinity, invalid, NaN.
        let zeroes = LaneMask.isZero(codeMagnitude)
        let special = LaneMask.greater(field, Lanes(repeating: 254))
        let overflowing = LaneMask.greater(codeMagnitude, Lanes(repeating: maxMagnitude)) & ~special
        let infinite = LaneMask.isZero(magnitude ^ 0x7f80_0000)
        // Unsigned targets: negative values are invalid, and so is zero where the target has none (E8M0FNU).
        let invalidLanes = isSigned ? Lanes(repeating: 0)
            : hasZero ? negative & ~LaneMask.isZero(magnitude) : (negative | LaneMask.isZero(magnitude))
        let nan = LaneMask.greater(magnitude, Lanes(repeating: 0x7f80_0000))
        codes = Self.apply(zeroes, negative, zeroPositive.code, zeroNegative.code, codes)
        codes = Self.apply(overflowing, negative, overflowPositive.code, overflowNegative.code, codes)
        codes = Self.apply(infinite, negative, infinityPositive.code, infinityNegative.code, codes)
        codes = Self.apply(invalidLanes, negative, invalid.code, invalid.code, codes)
        codes = Self.apply(nan, negative, nanPositive.code, nanNegative.code, codes)
        values = Self.apply(zeroes, negative, zeroPositive.value, zeroNegative.value, values)
        values = Self.apply(overflowing, negative, overflowPositive.value, overflowNegative.value, values)
        values = Self.apply(infinite, negative, infinityPositive.value, infinityNegative.value, values)
        values = Self.apply(invalidLanes, negative, invalid.value, invalid.value, values)
        values = Self.apply(nan, negative, nanPositive.value, nanNegative.value, values)
        return (codes, values)
    }

    /// The fp32 exponent fields `low...high` whose inputs round (nearest-even) inside the target's normal
    /// range with no chance of overflow, so that rounding the bit pattern is the whole job; nil when
    /// that shortcut does not apply (other modes, unsigned formats).
    public var simpleFields: (low: UInt32, high: UInt32)? {
        guard mode == 0, isSigned, hasZero else { return nil }
        let low = max(roundingMinField, 1)
        let maxField = (maxMagnitude >> mantissaBits) &- fieldOffset &- 1 // fp32 field of the top binade
        guard maxField >= low + 1, maxField <= 254 else { return nil }
        return (low, maxField - 1)
    }

    /// `positive` or `negative` (by sign) where `mask` is set, `current` elsewhere.
    @inlinable @inline(__always)
    static func apply(_ mask: Lanes, _ sign: Lanes, _ positive: UInt32, _ negative: UInt32, _ current: Lanes) -> Lanes {
        LaneMask.select(mask, LaneMask.select(sign, Lanes(repeating: negative), Lanes(repeating: positive)), current)
    }

    /// Converts 16 float32 bit patterns to 16 codes.
    @inlinable @inline(__always)
    public func convert(_ x: Lanes) -> Lanes { quantize(x).codes }

    /// Rounds 16 float32 bit patterns to the format and back: the float32 bits of the results.
    @inlinable @inline(__always)
    public func roundTrip(_ x: Lanes) -> Lanes { quantize(x).values }

    /// Converts one float32 bit pattern.
    public func convert(_ bits: UInt32) -> UInt32 { convert(Lanes(repeating: bits))[0] }

    /// Rounds one float32 bit pattern to the format and back.
    public func roundTrip(_ bits: UInt32) -> UInt32 { roundTrip(Lanes(repeating: bits))[0] }

    /// Converts `count` float32 bit patterns into codes of type `Code` (truncated to its width).
    @inlinable
    public func convert<Code: FixedWidthInteger & UnsignedInteger>(
        _ input: UnsafePointer<UInt32>, to output: UnsafeMutablePointer<Code>, count: Int) {
        var i = 0
        while i + 16 <= count {
            let v = UnsafeRawPointer(input + i).loadUnaligned(as: Lanes.self)
            let r = convert(v)
            if Code.self == UInt16.self {
                UnsafeMutableRawPointer(output + i).storeBytes(of: SIMD16<UInt16>(truncatingIfNeeded: r), as: SIMD16<UInt16>.self)
            } else if Code.self == UInt8.self {
                UnsafeMutableRawPointer(output + i).storeBytes(of: SIMD16<UInt8>(truncatingIfNeeded: r), as: SIMD16<UInt8>.self)
            } else {
                for lane in 0..<16 { output[i + lane] = Code(truncatingIfNeeded: r[lane]) }
            }
            i += 16
        }
        if i < count {
            var tail = Lanes(repeating: 0)
            for lane in 0..<(count - i) { tail[lane] = input[i + lane] }
            let r = convert(tail)
            for lane in 0..<(count - i) { output[i + lane] = Code(truncatingIfNeeded: r[lane]) }
        }
    }

    /// Rounds `count` float32 bit patterns to the format and back (may work in place).
    @inlinable
    public func roundTrip(_ input: UnsafePointer<UInt32>, to output: UnsafeMutablePointer<UInt32>, count: Int) {
        var i = 0
        let simple = simpleFields
        let low = Lanes(repeating: simple?.low ?? 1), high = Lanes(repeating: simple?.high ?? 0)
        let unit = Lanes(repeating: 1) &<< Lanes(repeating: dropBase)
        // Vectors all in fields that overflow, or all in fields that give zero: fixed values.
        let overflows = overflowFieldsAbove != nil, underflows = zeroFieldsThrough != nil
        let topField = Lanes(repeating: overflowFieldsAbove ?? 255), underflowLimit = Lanes(repeating: zeroFieldsThrough ?? 0)
        while i + 16 <= count {
            let v = UnsafeRawPointer(input + i).loadUnaligned(as: Lanes.self)
            let field = (v & 0x7fff_ffff) &>> 23
            let negative = LaneMask.fromBit(v &>> 31)
            // Every lane inside the target's normal range, below its top binade: round the bits directly.
            if simple != nil && (LaneMask.greater(low, field) | LaneMask.greater(field, high)) == Lanes(repeating: 0) {
                let lsb = (v &>> Lanes(repeating: dropBase)) & 1
                let rounded = (v &+ (unit &>> 1) &- 1 &+ lsb) & ~(unit &- 1)
                UnsafeMutableRawPointer(output + i).storeBytes(of: rounded, as: Lanes.self)
            } else if overflows && (LaneMask.greater(field, topField) & LaneMask.greater(Lanes(repeating: 255), field)) == Lanes(repeating: 0xffff_ffff) {
                let values = LaneMask.select(negative, Lanes(repeating: overflowNegative.value), Lanes(repeating: overflowPositive.value))
                UnsafeMutableRawPointer(output + i).storeBytes(of: values, as: Lanes.self)
            } else if underflows && LaneMask.greater(field, underflowLimit) == Lanes(repeating: 0) {
                let values = LaneMask.select(negative, Lanes(repeating: zeroNegative.value), Lanes(repeating: zeroPositive.value))
                UnsafeMutableRawPointer(output + i).storeBytes(of: values, as: Lanes.self)
            } else {
                UnsafeMutableRawPointer(output + i).storeBytes(of: roundTrip(v), as: Lanes.self)
            }
            i += 16
        }
        if i < count {
            var tail = Lanes(repeating: 0)
            for lane in 0..<(count - i) { tail[lane] = input[i + lane] }
            let r = roundTrip(tail)
            for lane in 0..<(count - i) { output[i + lane] = r[lane] }
        }
    }
}
