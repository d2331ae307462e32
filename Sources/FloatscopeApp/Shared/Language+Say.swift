extension Language {
    /// The text in this language, of a pair written in place (for texts with figures interpolated,
    /// whose word order differs between the languages).
    func say(_ en: String, _ zh: String) -> String {
        self == .zh ? zh : en
    }
}
