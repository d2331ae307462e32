import TUICore

extension BitRole {
    /// The theme style of bits with this role.
    func style(in theme: Theme) -> Style {
        switch self {
        case .sign: return theme.signBit
        case .exponent: return theme.exponentBit
        case .mantissa: return theme.mantissaBit
        case .integer: return theme.integerBit
        case .index: return theme.codebookIndexBit
        }
    }
}
