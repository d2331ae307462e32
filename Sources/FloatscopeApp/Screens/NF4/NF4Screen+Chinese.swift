import TUICore

extension NF4Screen {
    /// The NF4 screen's texts (help and labels) in Simplified Chinese, English to Chinese.
    public static let chinese: [String: String] = [
        "NF4 screen": "NF4 画面", "Reading it": "怎么读", "next quantiser in the picture": "图中的下一个量化器", "previous quantiser": "上一个量化器",
        "how NF4 is built / the bins": "NF4 的构造 / 分箱", "data: Model u's tensor / N(0,1)": "数据：模型画面 u 选的张量 / N(0,1)",
        "normal density after absmax": "absmax 之后的正态密度", "a level; bands are its bin": "一个量化级；色带是它的分箱",
        "share of values per bin": "每个分箱的数值占比",
    ]
}
