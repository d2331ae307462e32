/// What floatscope finds a circulating statement to be, from the figures it computes.
public enum Verdict: String, CaseIterable, Sendable, Hashable {
    /// The statement holds.
    case correct = "true"
    /// The statement does not hold.
    case incorrect = "false"
    /// The statement holds in part (for some figures or sizes, or roughly).
    case partly
    /// The statement has the roles the wrong way round.
    case backwards

    /// The verdict as a word in `language`.
    public func word(_ language: Language) -> String {
        switch (self, language) {
        case (.correct, .en): "true"
        case (.incorrect, .en): "false"
        case (.partly, .en): "partly"
        case (.backwards, .en): "backwards"
        case (.correct, .zh): "正确"
        case (.incorrect, .zh): "错误"
        case (.partly, .zh): "部分正确"
        case (.backwards, .zh): "说反了"
        }
    }
}
