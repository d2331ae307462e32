/// A text in every language the app speaks.
public struct LocalizedText: Sendable, Hashable {
    /// The English text.
    public var en: String
    /// The Simplified Chinese text.
    public var zh: String

    /// Creates the text.
    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// The text in a language.
    public subscript(language: Language) -> String {
        switch language {
        case .en: return en
        case .zh: return zh
        }
    }
}
