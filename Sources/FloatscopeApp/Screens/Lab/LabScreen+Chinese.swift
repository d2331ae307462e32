import TUICore

extension LabScreen {
    /// The Lab screen's texts (help and labels) in Simplified Chinese, English to Chinese.
    public static let chinese: [String: String] = [
        "Lab screen": "训练精度实验画面", "Reading it": "怎么读", "loss scale S times 2 / divided by 2": "损失缩放 S 乘 2 / 除以 2",
        "next / previous view: loss scaling, scaler, master weights, accumulation": "下一个 / 上一个视图：损失缩放、缩放器、主权重、累加",
        "gradients per binade of log2|g| (log-normal, centre 2^-20, spread 3 binades)": "按 log2|g| 的二进制量级统计的梯度（对数正态，中心 2^-20，分布宽 3 个量级）",
        "each format's range for g at this S: ░ subnormal, ━ normal, 0 flushed, x overflow": "在当前 S 下各格式对 g 的范围：░ 次正规数，━ 正规数，0 冲成零，x 上溢",
        "g·S rounded once into the format; exact, or ≈ when rounded": "g·S 一次舍入到该格式；精确，或舍入时标 ≈", "loss scaling": "损失缩放",
        "dynamic loss scaler": "动态损失缩放器", "master weights": "主权重", "accumulation": "累加", "v: view": "v：视图", "underflow": "下溢",
        "normal": "正规数", "overflow": "上溢", "count": "个数", "(log)": "（对数）", "g·S rounded once, nearest even": "g·S 一次舍入，就近取偶",
        "format": "格式", "subnormal": "次正规数",
    ]
}
