import TUICore

extension BlocksScreen {
    /// The Blocks screen's texts (help and labels) in Simplified Chinese, English to Chinese.
    public static let chinese: [String: String] = [
        "Blocks screen": "块画面", "Reading it": "怎么读", "next / previous block format": "下一个 / 上一个块格式",
        "next / previous element": "下一个 / 上一个元素", "next / previous block": "下一个 / 上一个块",
        "next data (weights, N(0,1), outliers, Model u's tensor)": "下一组数据（权重、N(0,1)、离群值、模型画面 u 选的张量）",
        "the block as stored, coloured by field": "块的存储字节，按字段着色",
        "the dequantiser's formula, with this block's numbers": "反量化公式，代入本块的数值",
        "rounded for the column; no mark: exact": "为适应列宽而舍入；无标记：精确",
    ]
}
