/// What a claim's computation found: the outcome's name, the figures, and the names (formats,
/// mixes, lists of figures) its explanation may show.
struct ClaimFinding: Sendable {
    /// The outcome reached.
    var outcome: String
    /// The computed figures (the quoted ones are added by the evaluator).
    var figures: [ClaimFigure]
    /// Names and composed texts by placeholder key.
    var names: [String: LocalizedText]
}
