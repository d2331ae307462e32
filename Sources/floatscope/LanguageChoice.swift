import ArgumentParser
import FloatscopeApp
import Glibc

/// A `--lang` argument: `en` or `zh`; without it, the locale's language (LC_ALL, LC_MESSAGES,
/// LANG: Chinese for `zh...`, else English).
struct LanguageChoice: ExpressibleByArgument, Sendable {
    /// The language.
    let language: Language

    /// Reads `en` or `zh` (also `zh-CN`, `zh_CN.UTF-8`).
    init?(argument: String) {
        let lower = argument.lowercased()
        if lower == "en" || lower.hasPrefix("en_") || lower.hasPrefix("en-") { language = .en; return }
        if lower == "zh" || lower.hasPrefix("zh_") || lower.hasPrefix("zh-") { language = .zh; return }
        return nil
    }

    /// The values listed in help and in the message for a bad value.
    static var allValueStrings: [String] { Language.allCases.map(\.rawValue) }

    /// The language of `--lang`, or of the environment when it is not given.
    static func resolve(_ choice: LanguageChoice?) -> Language {
        if let choice { return choice.language }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = getenv(name), value.pointee != 0 { return Language.fromLocale(String(cString: value)) }
        }
        return .en
    }
}
