import Claims
import TUICore

/// The Claims screen: statements that circulate about the formats, each with the verdict floatscope
/// computes from its records, and the selected claim's explanation and deciding figures, in English
/// or Simplified Chinese.
public struct ClaimsScreen: Sendable, Equatable {
    /// The claim shown in detail (index into `checks`).
    public internal(set) var selected = 0
    /// The language of the text (English when the terminal draws ASCII only).
    public internal(set) var language: Language

    /// Creates the screen.
    public init(language: Language = .en) {
        self.language = language
    }

    /// The claims of the catalogue, checked once, or why they could not be.
    static let result: Result<[ClaimCheck], ClaimsError> = Result { () throws(ClaimsError) in try ClaimEvaluator.checkAll() }

    /// The checked claims (none when checking failed).
    static var checks: [ClaimCheck] { (try? result.get()) ?? [] }

    /// The keys of this screen, for the help overlay.
    public static let help: [HelpSection] = [
        HelpSection("Claims screen", [
            HelpEntry("↓ ↑ j k", "next / previous claim"),
            HelpEntry("l", "English / 中文"),
        ]),
        HelpSection("Reading it", [
            HelpEntry("verdict", "true, false, partly, backwards"),
            HelpEntry("≈", "a rounded figure"),
            HelpEntry("GB GiB", "10^9 and 2^30 bytes"),
        ]),
    ]
}
