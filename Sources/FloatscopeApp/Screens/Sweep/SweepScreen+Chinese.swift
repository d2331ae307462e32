import Sweep
import FormatCore
import TUICore

extension SweepScreen {
    /// The Sweep screen's texts (help and labels) in Simplified Chinese, English to Chinese.
    public static let chinese: [String: String] = [
        "Sweep screen": "扫描画面", "Reading it": "怎么读",
        "next / previous source (last: Model u's tensor)": "下一个 / 上一个数据源（最后一个：模型画面 u 选的张量）", "next list of targets": "下一组目标格式",
        "rounding / saturation (scalar targets)": "舍入 / 饱和（标量目标）", "start the sweep in the background": "在后台开始扫描",
        "cancel the sweep": "取消扫描", "sort the table by the next column": "按下一列排序", "row whose histogram is shown": "显示其直方图的行",
        "|y - x| in target spacings at x": "|y - x| 以目标格式在 x 处的间距计", "mean relative error per 2^k": "每个 2^k 区间的平均相对误差",
        "partial figures (running/cancelled)": "部分结果（进行中 / 已取消）", "binades": "二进制量级",
        // Labels.
        "Enter start · c cancel · o sort · ↑↓ row · r s rounding · x export": "Enter 开始 · c 取消 · o 排序 · ↑↓ 行 · r s 舍入 · x 导出",
        "idle: no sweep yet": "空闲：尚未扫描",
        "mean relative error per binade 2^k (darker = larger; scale 1e-8 … 1)": "每个二进制量级 2^k 的平均相对误差（越深越大；范围 1e-8 … 1）",
        "Each target gets its error statistics, the ULP-error histogram and a per-binade error strip, live while it runs; "
            + "the table compares bits per value, RMSE, SQNR and overflows (o sorts it). Other screens keep working meanwhile.":
            "每个目标格式都有误差统计、ULP 误差直方图和按二进制量级的误差条，运行中实时更新；表格比较每个数值的位数、RMSE、SQNR 和上溢次数（o 排序）。"
            + "扫描期间其他画面照常可用。",
        "no sweep running (Enter starts one)": "没有正在运行的扫描（Enter 开始一次）", "cancelling the sweep…": "正在取消扫描…",
        "a sweep is running: c cancels it": "扫描正在运行：c 取消", "a sweep is already running: c cancels it": "已有扫描在运行：c 取消",
        "no targets": "没有目标格式",
    ]

    /// Why a format cannot be swept exhaustively, in a language (English: the library's text).
    static func exhaustiveProblem(_ problem: ExhaustiveProblem, _ language: Language) -> String {
        guard language == .zh else { return problem.description }
        switch problem {
        case .tooWide(let f): return "\(f.name) 的编码有 \(f.bitWidth) 位；遍历全部编码的扫描只接受不超过 32 位的格式"
        case .floatBeyondFloat32(let f): return "\(f.name) 的数值超出 float32 的表示"
        case .integerBeyondFloat32(let f): return "\(f.name) 超过 2^24 的数值超出 float32 的表示；请用 int24 或更窄的格式"
        }
    }
}
