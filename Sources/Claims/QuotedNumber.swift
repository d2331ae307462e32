import FormatCore
import Measure

/// A number a circulating claim quotes, kept as the claim writes it (`6.1e-5`, `671B`, `404`) and
/// read from that text when the claim is checked: the statement shows the text, the check uses the
/// value.
public struct QuotedNumber: Sendable, Hashable {
    /// How the text is read.
    public enum Reading: Sendable, Hashable {
        /// A decimal number (`6.1e-5`, `0.5`, `8`), read exactly.
        case decimal
        /// A parameter count as people write it (`671B`, `70B`), through `ParameterCount`.
        case parameterCount
    }

    /// The placeholder the statement shows it at, and the figure key it is listed under.
    public let key: String
    /// The text as the claim writes it.
    public let text: String
    /// How the text is read.
    public let reading: Reading
    /// What the number counts.
    public let unit: FigureUnit
    /// What the number is.
    public let label: LocalizedText

    /// A quoted number.
    public init(key: String, text: String, reading: Reading = .decimal, unit: FigureUnit = .number, label: LocalizedText) {
        self.key = key
        self.text = text
        self.reading = reading
        self.unit = unit
        self.label = label
    }

    /// The value the text gives.
    public func value() throws(ClaimsError) -> Rational {
        switch reading {
        case .decimal:
            guard let parsed = try? ValueParser.parse(text), !parsed.value.isNegative, let r = parsed.value.finiteMagnitude else {
                throw ClaimsError("quoted number '\(text)' (\(key)) is not a non-negative decimal number")
            }
            return r
        case .parameterCount:
            do throws(TargetError) { return Rational(integer: try ParameterCount.parse(text)) } catch {
                throw ClaimsError("quoted parameter count '\(text)' (\(key)): \(error.description)")
            }
        }
    }

    /// The number as a figure of the claim.
    public func figure() throws(ClaimsError) -> ClaimFigure {
        ClaimFigure(key: key, label: label, value: try value(), unit: unit, isQuoted: true)
    }
}
