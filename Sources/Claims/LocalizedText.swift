/// A text in English and in Simplified Chinese (a statement, a label, an explanation template).
public struct LocalizedText: Sendable, Hashable {
    /// The English text.
    public let en: String
    /// The Simplified Chinese text.
    public let zh: String

    /// A text in both languages.
    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .en: en
        case .zh: zh
        }
    }
}
