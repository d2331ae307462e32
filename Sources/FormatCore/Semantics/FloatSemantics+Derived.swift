/// Facts derived from the record: never stored, always computed, so they cannot disagree.
extension FloatSemantics {
    /// Total width of a code in bits.
    public var bitWidth: Int { (isSigned ? 1 : 0) + exponentBits + mantissaBits }
    /// Significand precision in bits, counting the implicit leading bit.
    public var precision: Int { mantissaBits + 1 }
    /// Mask of the exponent field after shifting it down.
    public var exponentFieldMax: Int { (1 << exponentBits) - 1 }
    /// Biased exponent of the smallest normal binade (1 with subnormals, 0 without zero).
    public var minNormalField: Int { hasZero ? 1 : 0 }
    /// Unbiased exponent of the smallest normal binade.
    public var minExponent: Int { minNormalField - bias }
    /// Whether codes with a zero exponent field are subnormal.
    public var hasSubnormals: Bool { hasZero && mantissaBits > 0 }
    /// Whether infinities exist.
    public var hasInfinity: Bool { nonFinite == .ieee754 }
    /// Whether at least one NaN code exists.
    public var hasNaN: Bool { nanEncoding != .none }
    /// Whether -0 exists as a distinct code.
    public var hasNegativeZero: Bool { isSigned && hasZero && nanEncoding != .negativeZero }
    /// Magnitude code (sign bit clear) of the largest finite value.
    public var maxFiniteMagnitudeCode: UInt64 {
        let all = (UInt64(1) << UInt64(exponentBits + mantissaBits)) - 1
        switch (nonFinite, nanEncoding) {
        case (.ieee754, _):
            return all - (UInt64(1) << UInt64(mantissaBits)) // top exponent is reserved
        case (.nanOnly, .allOnes):
            return all - 1 // only the all-ones pattern is NaN
        default:
            return all
        }
    }
    /// Biased exponent field of the largest finite value.
    public var maxFiniteField: Int { Int(maxFiniteMagnitudeCode >> UInt64(mantissaBits)) }
    /// Unbiased exponent of the largest finite binade.
    public var maxExponent: Int { maxFiniteField - bias }
    /// Mask selecting every bit but the sign.
    public var magnitudeMask: UInt64 { (UInt64(1) << UInt64(exponentBits + mantissaBits)) - 1 }
    /// The sign bit (zero for unsigned formats).
    public var signMask: UInt64 { isSigned ? UInt64(1) << UInt64(exponentBits + mantissaBits) : 0 }
    /// Magnitude code of +infinity, when the format has it.
    public var infinityMagnitudeCode: UInt64? {
        hasInfinity ? UInt64(exponentFieldMax) << UInt64(mantissaBits) : nil
    }
    /// The canonical (quiet, positive where possible) NaN code, when the format has NaN.
    public var canonicalNaNCode: UInt64? {
        switch nanEncoding {
        case .ieee:
            let quiet: UInt64 = mantissaBits > 0 ? UInt64(1) << UInt64(mantissaBits - 1) : 0
            return (UInt64(exponentFieldMax) << UInt64(mantissaBits)) | quiet
        case .allOnes: return magnitudeMask
        case .negativeZero: return signMask
        case .none: return nil
        }
    }
    /// Number of codes that are NaN.
    public var nanCount: UInt64 {
        switch nanEncoding {
        case .ieee: return ((UInt64(1) << UInt64(mantissaBits)) - 1) * (isSigned ? 2 : 1)
        case .allOnes: return isSigned ? 2 : 1
        case .negativeZero: return 1
        case .none: return 0
        }
    }
    /// Number of codes that are finite numbers (both zeros counted when -0 exists).
    public var finiteCount: UInt64 {
        let total: UInt64 = bitWidth >= 64 ? 0 : UInt64(1) << UInt64(bitWidth) // 2^64 wraps to 0
        return total &- nanCount &- (hasInfinity ? 2 : 0)
    }

    /// What the mantissa field of a NaN code is: a payload only in IEEE-style encodings, where
    /// every mantissa but zero is a NaN; E4M3FN's S.1111.111, E8M0's 0xFF and the FNUZ formats'
    /// 0x80 are single NaN codes (one per sign at most) whose mantissa carries nothing.
    public var nanMantissaNote: String {
        switch nanEncoding {
        case .ieee: return "NaN payload (the top bit: quiet)"
        case .allOnes: return isSigned ? "the one NaN pattern per sign: no payload" : "the one NaN code: no payload"
        case .negativeZero: return "the one NaN code (where -0 would be): no payload"
        case .none: return "no NaN in this format"
        }
    }
}
