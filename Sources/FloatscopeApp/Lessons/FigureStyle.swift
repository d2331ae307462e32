import FormatCore

/// How a caption figure is written (after `|` in a placeholder).
///
/// Every style keeps the truth rule: a text that is not the exact value carries "≈".
public enum FigureStyle: Sendable, Hashable {
    /// The exact decimal when it has at most 12 columns, else 4 significant digits marked ≈.
    case standard
    /// The full exact decimal (40 digits marked ≈ for a value with no terminating expansion).
    case exact
    /// At most N significant digits, marked ≈ when rounded.
    case digits(Int)
    /// `2^k` for an exact power of two, else `standard`.
    case powerOfTwo
    /// As a percentage with at most 3 significant digits, marked ≈ when rounded.
    case percent
    /// The figure in another style after its relation: "= " before an exact text, "≈ " before a
    /// rounded one (whose own mark it replaces), so a caption never says "=" of a rounded figure.
    indirect case relation(FigureStyle)
    /// The nearest Double's shortest round-trip decimal, for a step's value (an input the value
    /// parser reads back to that Double exactly), never for a caption's figure.
    case double

    /// Reads a style name: `exact`, `pow2`, `pct`, `double`, `r1` to `r17`.
    public static func parse(_ text: String, placeholder: String) throws(FigureError) -> FigureStyle {
        switch text {
        case "exact": return .exact
        case "pow2": return .powerOfTwo
        case "pct": return .percent
        case "double": return .double
        default:
            if text.hasPrefix("r"), let n = Int(text.dropFirst()), (1...17).contains(n) { return .digits(n) }
            throw FigureError(placeholder: placeholder, reason: "unknown style '\(text)': exact, pow2, pct, double or r1 to r17")
        }
    }

    /// The text of a value in this style.
    public func text(_ value: ExactValue) -> String {
        switch self {
        case .standard:
            let exact = ValueText.fitted(value, width: 12)
            return exact.isExact && exact.columns <= 12 ? exact.text : ValueText.rounded(value, digits: 4).text
        case .exact: return ValueText.exact(value).text
        case .digits(let n): return ValueText.rounded(value, digits: n).text
        case .powerOfTwo:
            if let k = NumberText.powerOfTwo(ExactValue(isNegative: false, magnitude: value.magnitude)) { return (value.isNegative ? "-" : "") + "2^\(k)" }
            return FigureStyle.standard.text(value)
        case .percent:
            guard let m = value.finiteMagnitude else { return ValueText.exact(value).text }
            let hundred = ExactValue(100.0)
            let scaled = ExactValue.finite((m * hundred.finiteMagnitude!).reduced(), negative: value.isNegative)
            return ValueText.rounded(scaled, digits: 3).text + "%"
        case .double:
            return "\(value.doubleValue)"
        case .relation(let style):
            let text = style.text(value)
            if text.hasPrefix(ValueText.roundedMark) { return ValueText.roundedMark + " " + text.dropFirst() }
            return "= " + text
        }
    }
}
