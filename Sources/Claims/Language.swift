/// The language of the claims' text: English or Simplified Chinese.
public enum Language: String, CaseIterable, Sendable, Hashable {
    /// English.
    case en
    /// Simplified Chinese.
    case zh

    /// The language a `--lang` value names: `en` or `zh`, in any case.
    public static func parse(_ text: String) throws(ClaimsError) -> Language {
        if let language = Language(rawValue: text.lowercased()) { return language }
        let shown = text.isEmpty ? "an empty language name" : "unknown language '\(text)'"
        throw ClaimsError("\(shown): give en (English) or zh (Simplified Chinese)")
    }

    /// The language a locale value such as the `LANG` variable's names: Chinese when it starts with
    /// `zh` (`zh_CN.UTF-8`), English otherwise (also when there is none).
    public static func fromLocale(_ value: String?) -> Language {
        guard let value, value.lowercased().hasPrefix("zh") else { return .en }
        return .zh
    }
}
