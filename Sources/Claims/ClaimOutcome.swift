/// One way a claim's check can come out: the verdict it means and the explanation template, whose
/// placeholders the check fills with its figures and names.
public struct ClaimOutcome: Sendable, Hashable {
    /// The outcome's name, which the check returns (`normal`, `swapped`, `short`).
    public let id: String
    /// The verdict this outcome means.
    public let verdict: Verdict
    /// The one-line explanation template in both languages.
    public let explanation: LocalizedText

    /// An outcome.
    public init(_ id: String, _ verdict: Verdict, en: String, zh: String) {
        self.id = id
        self.verdict = verdict
        self.explanation = LocalizedText(en: en, zh: zh)
    }
}
