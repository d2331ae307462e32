import TUICore

extension RangeScreen {
    /// The Range screen's texts (help and labels) in Simplified Chinese, English to Chinese.
    public static let chinese: [String: String] = [
        "Range screen": "范围画面", "Reading it": "怎么读", "compare fp16 with bf16": "比较 fp16 与 bf16",
        "next / previous format group": "下一组 / 上一组格式", "the Bits screen's formats": "位画面的格式", "subnormal span": "次正规数区间",
        "normal span, up to max": "正规数区间，直到最大值", "the current value": "当前值", "decimal digits of precision": "精度的十进制位数",
        "formats of the Bits screen": "位画面的格式", "fp16 vs bf16": "fp16 对比 bf16", "IEEE & friends": "IEEE 及同类",
        "FP8 family": "FP8 家族", "integers": "整数",
        "(c fp16 vs bf16 · p groups · b Bits formats)": "（c fp16 对比 bf16 · p 分组 · b 位画面的格式）", "digits  value": "位数    数值",
        "fits": "可表示", "overflows": "上溢", "saturates": "饱和", "underflows to 0": "下溢为 0", "subnormal": "次正规数",
        "relative spacing ULP/|x| (lower = finer):": "相对间距 ULP/|x|（越低越细）：", "& shared": "& 重合",
    ]
}
