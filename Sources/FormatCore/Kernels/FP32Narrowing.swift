/// Converts float32 bit patterns to a narrower float format, 16 lanes at a time, with integer
/// arithmetic only (no float operations, so subnormal inputs cost the same as any other).
///
/// Gives exactly the codes of `Format.encode` for round-to-nearest-even, nearest-away, toward zero,
/// up and down under either overflow policy (tests compare them); stochastic rounding uses the scalar path.
public struct FP32Narrowing: Sendable {
    /// Lane vector type.
    public typealias Lanes = SIMD16<UInt32>

    @usableFromInline let mantissaBits: UInt32
    @usableFromInline let dropBase: UInt32          // 23 - mantissaBits
    @usableFromInline let roundingMinField: UInt32  // roundingMinExponent + 127, in fp32 field terms (>= 1)
    @usableFromInline let fieldOffset: UInt32       // added (wrapping) to max(field, roundingMinField) before the shift
    @usableFromInline let maxMagnitude: UInt32
    @usableFromInline let signShift: UInt32         // 31 - (bitWidth - 1), or 0 when unsigned
    @usableFromInline let isSigned: Bool
    @usableFromInline let hasZero: Bool
    @usableFromInline let zeroPositive: UInt32, zeroNegative: UInt32
    @usableFromInline let overflowPositive: UInt32, overflowNegative: UInt32
    @usableFromInline let infinityPositive: UInt32, infinityNegative: UInt32
    @usableFromInline let nanPositive: UInt32, nanNegative: UInt32
    @usableFromInline let invalidCode: UInt32
    @usableFromInline let mode: UInt32 // 0 nearest-even, 1 nearest-away, 2 toward zero, 3 up, 4 down

    /// Creates the kernel, or nil when the target is not a float format narrower than fp32 or the mode is stochastic.
    public init?(to format: Format, rounding: RoundingMode = .nearestEven, overflow: OverflowPolicy = .formatDefault) {
        guard case .float(let s) = format.kind, s.mantissaBits <= 22, s.bitWidth <= 32,
              s.roundingMinExponent >= -126, s.maxExponent <= 127 else { return nil }
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
        let minField = s.roundingMinExponent + 127
        roundingMinField = UInt32(minField)
        let fieldAtMin = s.roundingMinExponent + s.bias // target field of the rounding floor binade
        fieldOffset = UInt32(bitPattern: Int32(fieldAtMin - 1 - minField))
        maxMagnitude = UInt32(s.maxFiniteMagnitudeCode)
        isSigned = s.isSigned
        signShift = s.isSigned ? UInt32(32 - s.bitWidth) : 0
        hasZero = s.hasZero
        zeroPositive = UInt32(s.zeroCode(negative: false)); zeroNegative = UInt32(s.zeroCode(negative: true))
        overflowPositive = UInt32(s.overflowResult(negative: false, mode: rounding, policy: overflow).code)
        overflowNegative = UInt32(s.overflowResult(negative: true, mode: rounding, policy: overflow).code)
        infinityPositive = UInt32(s.infinityResult(negative: false, policy: overflow).code)
        infinityNegative = UInt32(s.infinityResult(negative: true, policy: overflow).code)
        nanPositive = UInt32(s.nanResult(negative: false).code); nanNegative = UInt32(s.nanResult(negative: true).code)
        invalidCode = UInt32(s.invalidResult().code)
    }

    /// Converts 16 float32 bit patterns to 16 codes.
    ///
    /// Written with whole-lane integer masks (all ones / all zeros) rather than `SIMDMask`, whose
    /// operations the compiler lowers lane by lane; every compared quantity is below 2^31, which the
    /// sign-bit tricks in `LaneMask` rely on.
    @inlinable @inline(__always)
    public func convert(_ x: Lanes) -> Lanes {
        let one = Lanes(repeating: 1)
        let negative = LaneMask.fromBit(x &>> 31)
        let magnitude = x & 0x7fff_ffff
        let field = magnitude &>> 23
        let isSub = LaneMask.isZero(field)
        let significand = (magnitude & 0x7f_ffff) | (~isSub & 0x80_0000)
        let fieldEff = field | (isSub & one)
        let floored = LaneMask.max(fieldEff, Lanes(repeating: roundingMinField))
        let drop = LaneMask.min(Lanes(repeating: dropBase) &+ (floored &- fieldEff), Lanes(repeating: 25))
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
        let codeMagnitude = ((floored &+ Lanes(repeating: fieldOffset)) &<< Lanes(repeating: mantissaBits)) &+ rounded
        var result = codeMagnitude
        if isSigned { result |= (x & 0x8000_0000) &>> Lanes(repeating: signShift) }
        if hasZero {
            let zeroes = LaneMask.select(negative, Lanes(repeating: zeroNegative), Lanes(repeating: zeroPositive))
            result = LaneMask.select(LaneMask.isZero(codeMagnitude), zeroes, result)
        }
        let special = LaneMask.greater(field, Lanes(repeating: 254))
        let overflowing = LaneMask.greater(codeMagnitude, Lanes(repeating: maxMagnitude)) & ~special
        result = LaneMask.select(overflowing, LaneMask.select(negative, Lanes(repeating: overflowNegative), Lanes(repeating: overflowPositive)), result)
        let isInfinity = LaneMask.isZero(magnitude ^ 0x7f80_0000)
        let isNaN = LaneMask.greater(magnitude, Lanes(repeating: 0x7f80_0000))
        result = LaneMask.select(isInfinity, LaneMask.select(negative, Lanes(repeating: infinityNegative), Lanes(repeating: infinityPositive)), result)
        if !isSigned { result = LaneMask.select(negative | LaneMask.isZero(magnitude), Lanes(repeating: invalidCode), result) }
        result = LaneMask.select(isNaN, LaneMask.select(negative, Lanes(repeating: nanNegative), Lanes(repeating: nanPositive)), result)
        return result
    }

    /// Converts one float32 bit pattern.
    public func convert(_ bits: UInt32) -> UInt32 {
        convert(Lanes(repeating: bits))[0]
    }

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
}
