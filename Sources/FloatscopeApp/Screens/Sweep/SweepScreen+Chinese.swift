import TUICore

extension SweepScreen {
    /// The Sweep screen's texts (help and labels) in Simplified Chinese, English to Chinese.
    public static let chinese: [String: String] = [
        "Sweep screen": "扫描画面", "Reading it": "怎么读",
        "next / previous source (last: Model u's tensor)": "下一个 / 上一个数据源（最后一个：模型画面 u 选的张量）", "next list of targets": "下一组目标格式",
        "rounding / saturation (scalar targets)": "舍入 / 饱和（标量目标）", "start the sweep in the background": "在后台开始扫描",
        "cancel the sweep": "取消扫描", "sort the table by the next column": "按下一列排序", "row whose histogram is shown": "显示其直方图的行",
        "|y - x| in target spacings at x": "|y - x| 以目标格式在 x 处的间距计", "mean relative error per 2^k": "每个 2^k 区间的平均相对误差",
        "partial figures (running/cancelled)": "部分结果（进行中 / 已取消）",
    ]
}
