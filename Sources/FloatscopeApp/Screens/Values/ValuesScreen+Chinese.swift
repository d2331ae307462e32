import TUICore

extension ValuesScreen {
    /// The Values screen's texts (help and labels) in Simplified Chinese, English to Chinese.
    public static let chinese: [String: String] = [
        "Values screen": "数值画面", "Grid (8 bits or fewer)": "网格（不超过 8 位）", "Number line (wider)": "数轴（更宽的格式）",
        "next / previous format": "下一个 / 上一个格式", "selected code = the value": "选中的编码成为当前值", "back to the shared value": "回到共享的数值",
        "previous / next code": "上一个 / 下一个编码", "row up / down": "上一行 / 下一行", "first / last code": "第一个 / 最后一个编码",
        "step one value": "移动一个值", "pan half a screen": "平移半屏", "zoom in / out": "放大 / 缩小",
        // Labels of the selection line, the legend and the binade table.
        "code": "编码", "bits": "位", "Enter: use it · v: the shared value": "Enter：用作当前值 · v：回到共享的数值",
        "zero": "零", "subnormal": "次正规数", "normal": "正规数", "largest finite": "最大有限值",
        "binade": "二进制量级", "spacing": "间距", "subnormals": "次正规数",
        "NaN has no place on the number line (v: back to the shared value)": "NaN 在数轴上没有位置（v：回到共享的数值）",
    ]

    /// `text` padded with spaces on the right to `width` display columns (as it is when wider).
    static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
