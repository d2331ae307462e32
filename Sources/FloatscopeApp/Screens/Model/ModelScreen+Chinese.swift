import TUICore

extension ModelScreen {
    /// The Model screen's texts (help and labels) in Simplified Chinese, English to Chinese.
    public static let chinese: [String: String] = [
        "Model screen": "模型画面", "Reading it": "怎么读", "select a tensor": "选择张量", "a page of tensors up / down": "向上 / 向下翻一页张量",
        "first / last tensor": "第一个 / 最后一个张量", "sort: file, size, error (worst first), outliers": "排序：文件顺序、大小、误差（最差在前）、离群值",
        "next / previous format of the figures": "下一个 / 上一个统计格式",
        "heatmap of layer x tensor kind / histogram": "层 × 张量类型热图 / 直方图",
        "open a model file: type its path, Enter": "打开模型文件：输入路径，回车", "cancel the measurement": "取消测量",
        "use the tensor as data of Sweep and Blocks": "把该张量用作扫描和块画面的数据", "forget that data": "不再使用该数据",
        "10·log10(sum x^2 / sum (y-x)^2) dB in the format": "该格式下的 10·log10(sum x^2 / sum (y-x)^2) dB",
        "share of values beyond 6 std of the mean": "偏离均值超过 6 个标准差的数值占比",
        "values per binade: 2^k <= |x| < 2^(k+1)": "每个二进制量级的数值：2^k <= |x| < 2^(k+1)",
        "shade subnormal, line normal; | marks the": "阴影为次正规数，线为正规数；| 标出",
        "smallest subnormal, normal, largest finite": "最小次正规数、最小正规数、最大有限值",
        "a rounded figure; the rest are exact": "舍入过的数字；其余都是精确值",
        "floatscope FILE.gguf / .safetensors": "floatscope 文件.gguf / .safetensors",
        // The list's column titles.
        "tensor": "张量", "shape": "形状", "type": "类型", "params": "参数",
    ]
}
