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

    /// The style of big glyphs of bits with this role: drawn in the colour of the field's
    /// background (coloured digits on the page read better than digits cut out of a coloured
    /// tile); a theme without colours keeps its attributes (reverse, underline).
    func bigStyle(in theme: Theme) -> Style {
        let style = self.style(in: theme)
        guard style.background != .default else { return style.bold() }
        return Style(fg: style.background, attributes: .bold)
    }
}
