/// Decoding float codes.
extension FloatSemantics {
    /// Takes a float code apart.
    public func decode(_ code: UInt64) -> DecodedValue {
        let negative = code & signMask != 0
        let magnitude = code & magnitudeMask
        let field = Int(magnitude >> UInt64(mantissaBits))
        let fraction = magnitude & ((UInt64(1) << UInt64(mantissaBits)) - 1)
        func make(_ category: ValueCategory, _ value: BinaryValue) -> DecodedValue {
            DecodedValue(code: code, category: category, value: value, exponentField: field, mantissaField: fraction)
        }
        switch nanEncoding {
        case .negativeZero where code == signMask: return make(.nan, .nan(negative: true))
        case .allOnes where magnitude == magnitudeMask: return make(.nan, .nan(negative: negative))
        case .ieee where field == exponentFieldMax:
            return fraction == 0 ? make(.infinity, .infinity(negative: negative)) : make(.nan, .nan(negative: negative))
        default: break
        }
        if field == 0 && hasZero {
            if fraction == 0 { return make(.zero, .finite(negative: negative, significand: 0, exponent: 0)) }
            return make(.subnormal, .finite(negative: negative, significand: fraction, exponent: minExponent - mantissaBits))
        }
        return make(.normal, .finite(negative: negative, significand: fraction | (UInt64(1) << UInt64(mantissaBits)),
                                     exponent: field - bias - mantissaBits))
    }
}
