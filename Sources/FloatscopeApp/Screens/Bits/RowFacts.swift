import FormatCore

/// Everything one row of the Bits screen shows, as text, computed once per value change.
public struct RowFacts: Sendable, Hashable {
    /// The format.
    public let format: Format
    /// Its fields.
    public let fields: BitFields
    /// The code the row shows.
    public let code: UInt64
    /// Whether this row is the source of the value (its code was toggled, stepped or typed).
    public let isSource: Bool
    /// The code in hex.
    public let hex: String
    /// The value the code holds: exact where it fits the column, else rounded (marked ≈) to
    /// enough digits to tell it from the values next to it.
    public let value: FittedText
    /// `|result - input|`, or `-`: exact where it fits, else 3 significant digits marked ≈.
    public let absoluteError: FittedText
    /// `|result - input| / |input|`, or `-`, the same way.
    public let relativeError: FittedText

    /// Widest value text the value column gives room for.
    public static let valueWidth = 26
    /// Widest error text the error columns give room for.
    public static let errorWidth = 10
    /// The status badge (`exact`, `rounded`, `overflow→inf`, `source`...).
    public let badge: String
    /// How the badge looks.
    public let tone: Tone
    /// The inspection (conversion, decoded value, errors) behind the row.
    public let inspection: Inspection?
    /// Under stochastic rounding of an inexact value: the two codes it can go to and their odds.
    public let odds: StochasticOdds?

    /// Converts the session's value into `format` (or takes the source code as it is).
    public init(format: Format, session: Session) {
        self.format = format
        fields = BitFields(format)
        let source = session.source
        if let code = source.code(in: format) {
            self.code = code
            isSource = true
            inspection = nil
            odds = nil
            let decoded = format.decode(code)
            let isNaN = decoded.category == .nan
            absoluteError = FittedText(fixed: isNaN ? "-" : "0", isExact: !isNaN)
            relativeError = FittedText(fixed: isNaN || decoded.exact.isZero ? "-" : "0", isExact: !(isNaN || decoded.exact.isZero))
            badge = "source"
            tone = .source
        } else {
            let inspection = Inspection(source.value, in: format, rounding: session.rounding, overflow: session.overflow)
            self.inspection = inspection
            code = inspection.code
            isSource = false
            absoluteError = RowFacts.errorText(inspection.absoluteError)
            relativeError = RowFacts.errorText(inspection.relativeError)
            if case .stochastic = session.rounding,
               let odds = StochasticOdds(value: source.value, format: format, drawn: inspection.code) {
                self.odds = odds
                badge = "↑ \(StochasticOdds.text(odds.up)) ↓ \(StochasticOdds.text(odds.down))"
            } else {
                odds = nil
                badge = inspection.conversion.status.description
            }
            tone = NumberText.tone(of: inspection.conversion.status)
        }
        hex = format.hexCode(code)
        value = FittedText(format.decode(code).exact, maxWidth: RowFacts.valueWidth, minWidth: 5,
                           minimumDigits: ValuesScreen.minimumDigits(format), neighbours: ValuesScreen.neighbours(format: format, code: code))
    }

    /// An error's texts: `-` when there is none, a power of two far beyond the decimal limit,
    /// else exact where it fits and 3 significant digits marked ≈ otherwise.
    static func errorText(_ error: ExactValue?) -> FittedText {
        guard let error else { return FittedText(fixed: "-", isExact: false) }
        if let r = error.finiteMagnitude, NumberText.hugeExponent(r) != nil { return FittedText(fixed: NumberText.approx(error), isExact: false) }
        return FittedText(error, maxWidth: RowFacts.errorWidth, minWidth: 5, minimumDigits: 3)
    }
}
