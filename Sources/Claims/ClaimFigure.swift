import FormatCore

/// One figure that decides a claim: what it is, its exact value (every figure here is a rational
/// number computed from the format, block and mix records, or a number quoted by the claim), and how
/// it is written.
public struct ClaimFigure: Sendable, Hashable {
    /// The key explanation templates name it by (`smallest_normal`).
    public let key: String
    /// What the figure is, in both languages.
    public let label: LocalizedText
    /// The exact value.
    public let value: Rational
    /// What it counts.
    public let unit: FigureUnit
    /// Whether the figure is a number the claim itself quotes (not computed).
    public let isQuoted: Bool

    /// A figure.
    public init(key: String, label: LocalizedText, value: Rational, unit: FigureUnit = .number, isQuoted: Bool = false) {
        self.key = key
        self.label = label
        self.value = value
        self.unit = unit
        self.isQuoted = isQuoted
    }

    /// The figure as text in `language`: exact, or rounded and marked "≈".
    public func text(_ language: Language) -> String { FigureText.render(value, unit: unit, language: language).text }

    /// Whether `text` is exact.
    public var isExactText: Bool { FigureText.render(value, unit: unit, language: .en).isExact }

    /// The exact value as a string: its full decimal expansion, or `n/d` when it does not terminate.
    public var exactText: String { FigureText.exact(value) }

    /// The nearest Double (rounded once).
    public var double: Double { value.nearestDouble }

    /// Whether `double` is the value exactly.
    public var isExactDouble: Bool { ExactValue(double) == ExactValue.finite(value) }
}
