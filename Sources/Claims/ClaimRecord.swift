/// One statement that circulates about the formats, as data: its words (a template showing the
/// numbers it quotes), those numbers, which computation decides it, and the outcomes that
/// computation can reach with their verdicts and explanation templates.
public struct ClaimRecord: Sendable, Hashable {
    /// A short stable name (`fp16-smallest-positive`).
    public let id: String
    /// The statement as it circulates, with `{key}` where it quotes a number.
    public let statement: LocalizedText
    /// The numbers the statement quotes (and any it implies, such as the factor 2 of "halves").
    public let quoted: [QuotedNumber]
    /// The computation and what it is about.
    public let kind: ClaimKind
    /// The outcomes the computation can reach.
    public let outcomes: [ClaimOutcome]

    /// A record.
    public init(id: String, statement: LocalizedText, quoted: [QuotedNumber] = [], kind: ClaimKind, outcomes: [ClaimOutcome]) {
        self.id = id
        self.statement = statement
        self.quoted = quoted
        self.kind = kind
        self.outcomes = outcomes
    }

    /// The quoted number under `key`.
    func quoted(_ key: String) throws(ClaimsError) -> QuotedNumber {
        guard let q = quoted.first(where: { $0.key == key }) else { throw ClaimsError("claim \(id) quotes no number '\(key)'") }
        return q
    }
}
