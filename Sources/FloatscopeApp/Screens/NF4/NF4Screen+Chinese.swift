import TUICore

extension NF4Screen {
    /// The NF4 screen's texts (help and labels) in Simplified Chinese, English to Chinese.
    public static let chinese: [String: String] = [
        "NF4 screen": "NF4 画面", "Reading it": "怎么读", "next quantiser in the picture": "图中的下一个量化器", "previous quantiser": "上一个量化器",
        "how NF4 is built / the bins": "NF4 的构造 / 分箱", "data: Model u's tensor / N(0,1)": "数据：模型画面 u 选的张量 / N(0,1)",
        "normal density after absmax": "absmax 之后的正态密度", "a level; bands are its bin": "一个量化级；色带是它的分箱",
        "share of values per bin": "每个分箱的数值占比", "curve": "曲线", "bars": "柱条",
        // The quantisers' notes, the picture's labels, the status messages.
        "normal quantiles": "正态分位数", "bitsandbytes table": "bitsandbytes 的码表",
        "pdf": "密度", "share": "占比", "- fair": "- 均分",
        "no tensor data: on the Model screen (7), u takes the selected tensor": "无张量数据：在模型画面 (7) 按 u 取张量",
    ]

    /// `text` padded with spaces on the right to `width` display columns (as it is when wider).
    static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
