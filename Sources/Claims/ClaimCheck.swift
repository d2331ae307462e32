/// A claim checked: the record, the outcome its computation reached (and so the verdict), the
/// figures that decided it, and the statement and explanation filled in both languages.
public struct ClaimCheck: Sendable, Hashable {
    /// The claim.
    public let record: ClaimRecord
    /// The outcome reached.
    public let outcome: ClaimOutcome
    /// The deciding figures, quoted ones first.
    public let figures: [ClaimFigure]
    /// The statement with its quoted numbers, in both languages.
    public let statement: LocalizedText
    /// The explanation with its figures and names filled in, in both languages.
    public let explanation: LocalizedText
    /// The names the explanation may show besides figures (formats, mixes, lists composed of figures).
    public let names: [String: LocalizedText]

    /// The verdict.
    public var verdict: Verdict { outcome.verdict }

    /// Fills the record's templates with the figures and names; throws when a template names a key
    /// that the computation did not give.
    init(record: ClaimRecord, outcome: ClaimOutcome, figures: [ClaimFigure], names: [String: LocalizedText]) throws(ClaimsError) {
        self.record = record
        self.outcome = outcome
        self.figures = figures
        self.names = names
        func values(_ language: Language) -> [String: String] {
            var v: [String: String] = [:]
            for (k, n) in names { v[k] = n(language) }
            for f in figures { v[f.key] = f.text(language) }
            for q in record.quoted { v[q.key] = q.text }
            return v
        }
        let en = values(.en), zh = values(.zh)
        var quoted: [String: String] = [:]
        for q in record.quoted { quoted[q.key] = q.text }
        statement = LocalizedText(en: try ClaimTemplate.fill(record.statement.en, quoted), zh: try ClaimTemplate.fill(record.statement.zh, quoted))
        explanation = LocalizedText(en: try ClaimTemplate.fill(outcome.explanation.en, en), zh: try ClaimTemplate.fill(outcome.explanation.zh, zh))
    }

    /// The figure under `key`.
    public func figure(_ key: String) -> ClaimFigure? { figures.first { $0.key == key } }
}
