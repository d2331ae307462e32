import TUICore

extension ValuesScreen {
    /// The Values screen's texts (help and labels) in Simplified Chinese, English to Chinese.
    public static let chinese: [String: String] = [
        "Values screen": "数值画面", "Grid (8 bits or fewer)": "网格（不超过 8 位）", "Number line (wider)": "数轴（更宽的格式）",
        "next / previous format": "下一个 / 上一个格式", "selected code = the value": "选中的编码成为当前值", "back to the shared value": "回到共享的数值",
        "previous / next code": "上一个 / 下一个编码", "row up / down": "上一行 / 下一行", "first / last code": "第一个 / 最后一个编码",
        "step one value": "移动一个值", "pan half a screen": "平移半屏", "zoom in / out": "放大 / 缩小",
    ]
}
