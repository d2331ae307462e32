/// The language of lesson captions and titles.
public enum Language: String, CaseIterable, Sendable, Hashable {
    /// English.
    case en
    /// Simplified Chinese.
    case zh

    /// The language a `LANG`/`LC_ALL`/`LC_MESSAGES` value asks for: Chinese for `zh...`, else English.
    public static func fromLocale(_ value: String?) -> Language {
        guard let value, value.lowercased().hasPrefix("zh") else { return .en }
        return .zh
    }
}
