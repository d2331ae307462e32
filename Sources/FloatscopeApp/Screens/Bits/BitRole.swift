/// What one bit of a code is part of.
public enum BitRole: Sendable, Hashable {
    /// The sign bit of a float (or of a signed codebook such as bnb-fp4).
    case sign
    /// A bit of a float's exponent field.
    case exponent
    /// A bit of a float's mantissa (trailing significand) field.
    case mantissa
    /// A bit of an integer.
    case integer
    /// A bit of a codebook index (NF4).
    case index

    /// The letter drawn above the bit (S, E, M; I for integer bits, X for index bits).
    public var letter: Character {
        switch self {
        case .sign: return "S"
        case .exponent: return "E"
        case .mantissa: return "M"
        case .integer: return "I"
        case .index: return "X"
        }
    }

    /// The field's name in words.
    public var name: String {
        switch self {
        case .sign: return "sign"
        case .exponent: return "exponent"
        case .mantissa: return "mantissa"
        case .integer: return "integer"
        case .index: return "index"
        }
    }
}
