import FormatCore
import TUICore

/// How a representable value's category looks in the Values grid and legends.
enum CategoryStyle: CaseIterable {
    /// ±0.
    case zero
    /// A subnormal.
    case subnormal
    /// A normal value (and integers and codebook levels).
    case normal
    /// ±the largest finite value.
    case largest
    /// ±infinity.
    case infinity
    /// Not a number.
    case nan

    /// The category of a code of `format` whose largest finite magnitude is `maxFinite`.
    init(_ decoded: DecodedValue, maxFinite: ExactValue) {
        switch decoded.category {
        case .zero: self = .zero
        case .subnormal: self = .subnormal
        case .infinity: self = .infinity
        case .nan: self = .nan
        case .normal, .integer, .level:
            var magnitude = decoded.exact
            magnitude.isNegative = false
            var largest = maxFinite
            largest.isNegative = false
            self = magnitude == largest ? .largest : (decoded.exact.isZero ? .zero : .normal)
        }
    }

    /// The legend's name.
    var name: String {
        switch self {
        case .zero: return "zero"
        case .subnormal: return "subnormal"
        case .normal: return "normal"
        case .largest: return "largest finite"
        case .infinity: return "inf"
        case .nan: return "NaN"
        }
    }

    /// The style: colours when the context has them, attributes otherwise.
    func style(_ context: RenderContext) -> Style {
        if context.colorMode == .noColor {
            switch self {
            case .zero: return .plain
            case .subnormal: return Style(attributes: .underline)
            case .normal: return .plain
            case .largest: return Style(attributes: .bold)
            case .infinity: return Style(attributes: .reverse)
            case .nan: return Style(attributes: [.reverse, .underline])
            }
        }
        switch self {
        case .zero: return Style(fg: .blue, attributes: .bold)
        case .subnormal: return Style(fg: .yellow)
        case .normal: return Style(fg: .green)
        case .largest: return Style(fg: .magenta, attributes: .bold)
        case .infinity: return Style(fg: .red, attributes: .bold)
        case .nan: return Style(fg: .brightWhite, bg: .red)
        }
    }
}
