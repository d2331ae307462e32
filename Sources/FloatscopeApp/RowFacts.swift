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
    /// The value the code holds (exact when short, else the shortest round-trip decimal).
    public let value: String
    /// `|result - input|`, or `-`.
    public let absoluteError: String
    /// `|result - input| / |input|`, or `-`.
    public let relativeError: String
    /// The status badge (`exact`, `rounded`, `overflow→inf`, `source`...).
    public let badge: String
    /// How the badge looks.
    public let tone: Tone
    /// The inspection (conversion, decoded value, errors) behind the row.
    public let inspection: Inspection?

    /// Converts the session's value into `format` (or takes the source code as it is).
    public init(format: Format, session: Session) {
        self.format = format
        fields = BitFields(format)
        let source = session.source
        if let code = source.code(in: format) {
            self.code = code
            isSource = true
            inspection = nil
            let decoded = format.decode(code)
            let isNaN = decoded.category == .nan
            absoluteError = isNaN ? "-" : "0"
            relativeError = isNaN || decoded.exact.isZero ? "-" : "0"
            badge = "source"
            tone = .source
        } else {
            let inspection = Inspection(source.value, in: format, rounding: session.rounding, overflow: session.overflow)
            self.inspection = inspection
            code = inspection.code
            isSource = false
            absoluteError = NumberText.approx(inspection.absoluteError, digits: 3)
            relativeError = NumberText.approx(inspection.relativeError, digits: 3)
            badge = inspection.conversion.status.description
            tone = NumberText.tone(of: inspection.conversion.status)
        }
        hex = format.hexCode(code)
        value = format.displayDecimal(code)
    }
}
