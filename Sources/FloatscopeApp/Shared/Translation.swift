import TUICore

/// The app's texts in Simplified Chinese: the help overlay, the title bar, the status line and the
/// Bits screen's labels, each English text mapped to its translation. A test checks that every
/// screen's help is covered, so a new key cannot be left untranslated.
public enum Translation {
    /// English to Simplified Chinese.
    public static let zh: [String: String] = [
        // Section titles.
        "Everywhere": "所有画面", "NF4 screen": "NF4 画面", "Reading it": "怎么读", "Sweep screen": "扫描画面",
        "Bits screen": "位画面", "Typing a value": "输入数值", "Format picker": "格式选择", "Mouse": "鼠标",
        "Model screen": "模型画面", "Blocks screen": "块画面", "Values screen": "数值画面",
        "Grid (8 bits or fewer)": "网格（不超过 8 位）", "Number line (wider)": "数轴（更宽的格式）", "Range screen": "范围画面",
        "Lesson": "课程", "Claims screen": "说法核查画面", "Lab screen": "训练精度实验画面",
        // Lab.
        "loss scale S times 2 / divided by 2": "损失缩放 S 乘 2 / 除以 2",
        "next / previous view: loss scaling, scaler, master weights, accumulation": "下一个 / 上一个视图：损失缩放、缩放器、主权重、累加",
        "gradients per binade of log2|g| (log-normal, centre 2^-20, spread 3 binades)": "按 log2|g| 的二进制量级统计的梯度（对数正态，中心 2^-20，分布宽 3 个量级）",
        "each format's range for g at this S: ░ subnormal, ━ normal, 0 flushed, x overflow": "在当前 S 下各格式对 g 的范围：░ 次正规数，━ 正规数，0 冲成零，x 上溢",
        "g·S rounded once into the format; exact, or ≈ when rounded": "g·S 一次舍入到该格式；精确，或舍入时标 ≈",
        // Claims.
        "next / previous claim": "下一条 / 上一条说法", "English / 中文": "English / 中文", "true, false, partly, backwards": "对、错、部分对、说反了",
        "a rounded figure": "舍入过的数字", "10^9 and 2^30 bytes": "10^9 和 2^30 字节",
        // Everywhere.
        "switch screen": "切换画面", "help (any key closes)": "帮助（任意键关闭）", "redraw · export .svg": "重绘 · 导出 .svg",
        "quit": "退出", "cancel / close": "取消 / 关闭", "presenter mode": "演示模式", "lessons: menu; → ← next / back, Esc leaves": "课程列表；→ ← 下一步 / 上一步，Esc 退出",
        // NF4.
        "next quantiser in the picture": "图中的下一个量化器", "previous quantiser": "上一个量化器",
        "how NF4 is built / the bins": "NF4 的构造 / 分箱", "data: Model u's tensor / N(0,1)": "数据：模型画面 u 选的张量 / N(0,1)",
        "normal density after absmax": "absmax 之后的正态密度", "a level; bands are its bin": "一个量化级；色带是它的分箱",
        "share of values per bin": "每个分箱的数值占比",
        // Sweep.
        "next / previous source (last: Model u's tensor)": "下一个 / 上一个数据源（最后一个：模型画面 u 选的张量）",
        "next list of targets": "下一组目标格式", "rounding / saturation (scalar targets)": "舍入 / 饱和（标量目标）",
        "start the sweep in the background": "在后台开始扫描", "cancel the sweep": "取消扫描",
        "sort the table by the next column": "按下一列排序", "row whose histogram is shown": "显示其直方图的行",
        "|y - x| in target spacings at x": "|y - x| 以目标格式在 x 处的间距计", "mean relative error per 2^k": "每个 2^k 区间的平均相对误差",
        "partial figures (running/cancelled)": "部分结果（进行中 / 已取消）",
        // Bits.
        "focus a format": "选中一个格式", "move over the bits": "在各位之间移动", "first / last bit": "第一位 / 最后一位",
        "toggle bit; row = source": "翻转该位；该行成为数据源", "next / previous value": "下一个 / 上一个值",
        "cycle rounding mode": "切换舍入方式", "saturation on / off": "饱和 开 / 关", "format picker": "格式选择",
        "remove focused format": "移除选中的格式", "type a value": "输入数值", "scroll exact decimal": "滚动精确十进制",
        "apply (bad input: error)": "确定（输入有误时报错）", "cancel": "取消", "move (Home End too)": "移动（Home End 也可）",
        "clear / clear to end": "清空 / 清到行尾", "move": "移动", "add or remove": "添加或移除", "close": "关闭",
        "toggle it": "翻转它", "focus it": "选中它", "step the value": "步进数值", "edit it": "编辑它",
        // Model.
        "select a tensor": "选择张量", "a page of tensors up / down": "向上 / 向下翻一页张量", "first / last tensor": "第一个 / 最后一个张量",
        "sort: file, size, error (worst first), outliers": "排序：文件顺序、大小、误差（最差在前）、离群值",
        "next / previous format of the figures": "下一个 / 上一个统计格式", "heatmap of layer x tensor kind / histogram": "层 × 张量类型热图 / 直方图",
        "open a model file: type its path, Enter": "打开模型文件：输入路径，回车", "cancel the measurement": "取消测量",
        "use the tensor as data of Sweep and Blocks": "把该张量用作扫描和块画面的数据", "forget that data": "不再使用该数据",
        "10·log10(sum x^2 / sum (y-x)^2) dB in the format": "该格式下的 10·log10(sum x^2 / sum (y-x)^2) dB",
        "share of values beyond 6 std of the mean": "偏离均值超过 6 个标准差的数值占比",
        "values per binade: 2^k <= |x| < 2^(k+1)": "每个二进制量级的数值：2^k <= |x| < 2^(k+1)",
        "shade subnormal, line normal; | marks the": "阴影为次正规数，线为正规数；| 标出",
        "smallest subnormal, normal, largest finite": "最小次正规数、最小正规数、最大有限值",
        "a rounded figure; the rest are exact": "舍入过的数字；其余都是精确值", "floatscope FILE.gguf / .safetensors": "floatscope 文件.gguf / .safetensors",
        // Blocks.
        "next / previous block format": "下一个 / 上一个块格式", "next / previous element": "下一个 / 上一个元素",
        "next / previous block": "下一个 / 上一个块", "next data (weights, N(0,1), outliers, Model u's tensor)": "下一组数据（权重、N(0,1)、离群值、模型画面 u 选的张量）",
        "the block as stored, coloured by field": "块的存储字节，按字段着色", "the dequantiser's formula, with this block's numbers": "反量化公式，代入本块的数值",
        "rounded for the column; no mark: exact": "为适应列宽而舍入；无标记：精确",
        // Values.
        "next / previous format": "下一个 / 上一个格式", "selected code = the value": "选中的编码成为当前值", "back to the shared value": "回到共享的数值",
        "previous / next code": "上一个 / 下一个编码", "row up / down": "上一行 / 下一行", "first / last code": "第一个 / 最后一个编码",
        "step one value": "移动一个值", "pan half a screen": "平移半屏", "zoom in / out": "放大 / 缩小",
        // Range.
        "compare fp16 with bf16": "比较 fp16 与 bf16", "next / previous format group": "下一组 / 上一组格式", "the Bits screen's formats": "位画面的格式",
        "subnormal span": "次正规数区间", "normal span, up to max": "正规数区间，直到最大值", "the current value": "当前值",
        "decimal digits of precision": "精度的十进制位数",
        // The overlay's own text and the screen titles.
        "Keys": "按键", "scroll": "滚动",
        "Values: 0.1  -6.5e4  1e-40  0x1.8p-3  1/3  2^-10  inf  nan  -0": "数值：0.1  -6.5e4  1e-40  0x1.8p-3  1/3  2^-10  inf  nan  -0",
        "        fp16:max  tiny (focused format)  bf16:0x3f80  e4m3fn:0b01111110": "      fp16:max  tiny（选中的格式）  bf16:0x3f80  e4m3fn:0b01111110",
        "Bits": "位", "Values": "数值", "Range": "范围", "NF4": "NF4", "Sweep": "扫描", "Blocks": "块", "Model": "模型", "Lab": "实验", "Claims": "说法",
        "help": "帮助",
        // The status line and the Bits screen's labels.
        "rounding": "舍入", "saturation": "饱和", "on": "开", "off": "关",
        "format": "格式", "code": "编码", "value": "数值", "abs err": "绝对误差", "rel err": "相对误差", "status": "状态",
        "exact": "精确", "hex float": "十六进制浮点", "error": "误差", "ulp": "ulp", "stochastic": "随机舍入", "sign": "符号",
        "exponent": "指数", "mantissa": "尾数", "significand": "有效数", "integer": "整数", "index": "索引", "below": "下邻",
        "above": "上邻", "(exact input)": "（精确输入）", "none: this row is the source": "无：此行即数据源",
        "/ or Enter: type a value · ? help": "/ 或 Enter：输入数值 · ? 帮助",
        // The Lab screen.
        "loss scaling": "损失缩放", "dynamic loss scaler": "动态损失缩放器", "master weights": "主权重", "accumulation": "累加",
        "v: view": "v：视图", "underflow": "下溢", "normal": "正规数", "overflow": "上溢", "count": "个数", "(log)": "（对数）",
        "g·S rounded once, nearest even": "g·S 一次舍入，就近取偶",
        // The Range screen.
        "formats of the Bits screen": "位画面的格式", "fp16 vs bf16": "fp16 对比 bf16", "IEEE & friends": "IEEE 及同类", "FP8 family": "FP8 家族",
        "integers": "整数", "(c fp16 vs bf16 · p groups · b Bits formats)": "（c fp16 对比 bf16 · p 分组 · b 位画面的格式）",
        "digits  value": "位数    数值", "fits": "可表示", "overflows": "上溢", "saturates": "饱和", "underflows to 0": "下溢为 0",
        "subnormal": "次正规数", "relative spacing ULP/|x| (lower = finer):": "相对间距 ULP/|x|（越低越细）：", "& shared": "& 重合",
    ]

    /// A text in a language (English as given; Chinese from the table, English when missing).
    public static func text(_ english: String, _ language: Language) -> String {
        language == .zh ? zh[english] ?? english : english
    }

    /// A label in a language padded to the English label's display width (for labels whose width
    /// the layout depends on); the English one when the translation is wider.
    public static func fixedWidth(_ english: String, _ language: Language) -> String {
        let translated = label(english, language)
        let gap = DisplayWidth.of(english) - DisplayWidth.of(translated)
        return gap >= 0 ? translated + String(repeating: " ", count: gap) : english
    }

    /// A label in a language, its surrounding spaces kept (`"  value "`).
    public static func label(_ english: String, _ language: Language) -> String {
        guard language == .zh else { return english }
        let leading = english.prefix { $0 == " " }, trailing = english.reversed().prefix { $0 == " " }
        let core = english.dropFirst(leading.count).dropLast(trailing.count)
        guard !core.isEmpty, let translated = zh[String(core)] else { return english }
        return leading + translated + String(trailing)
    }

    /// Help sections in a language.
    public static func sections(_ sections: [HelpSection], _ language: Language) -> [HelpSection] {
        guard language == .zh else { return sections }
        return sections.map { section in
            HelpSection(text(section.title, language), section.entries.map { HelpEntry($0.keys, text($0.action, language)) })
        }
    }
}
