import TUICore

extension ClaimsScreen {
    /// The Claims screen's texts (help and labels) in Simplified Chinese, English to Chinese.
    public static let chinese: [String: String] = [
        "Claims screen": "说法核查画面", "Reading it": "怎么读", "next / previous claim": "下一条 / 上一条说法", "English / 中文": "English / 中文",
        "true, false, partly, backwards": "对、错、部分对、说反了", "a rounded figure": "舍入过的数字", "10^9 and 2^30 bytes": "10^9 和 2^30 字节",
    ]
}
