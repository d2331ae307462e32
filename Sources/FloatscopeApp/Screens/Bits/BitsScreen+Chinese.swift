import TUICore

extension BitsScreen {
    /// The Bits screen's texts (help and labels) in Simplified Chinese, English to Chinese.
    public static let chinese: [String: String] = [
        "Bits screen": "位画面", "Typing a value": "输入数值", "Format picker": "格式选择", "Mouse": "鼠标", "focus a format": "选中一个格式",
        "move over the bits": "在各位之间移动", "first / last bit": "第一位 / 最后一位", "toggle bit; row = source": "翻转该位；该行成为数据源",
        "next / previous value": "下一个 / 上一个值", "cycle rounding mode": "切换舍入方式", "saturation on / off": "饱和 开 / 关",
        "format picker": "格式选择", "remove focused format": "移除选中的格式", "type a value": "输入数值", "scroll exact decimal": "滚动精确十进制",
        "apply (bad input: error)": "确定（输入有误时报错）", "cancel": "取消", "move (Home End too)": "移动（Home End 也可）",
        "clear / clear to end": "清空 / 清到行尾", "move": "移动", "add or remove": "添加或移除", "close": "关闭", "toggle it": "翻转它",
        "focus it": "选中它", "step the value": "步进数值", "edit it": "编辑它", "format": "格式", "code": "编码", "value": "数值",
        "abs err": "绝对误差", "rel err": "相对误差", "status": "状态", "exact": "精确", "hex float": "十六进制浮点", "error": "误差", "ulp": "ulp",
        "stochastic": "随机舍入", "sign": "符号", "exponent": "指数", "mantissa": "尾数", "significand": "有效数", "integer": "整数",
        "index": "索引", "below": "下邻", "above": "上邻", "(exact input)": "（精确输入）", "none: this row is the source": "无：此行即数据源",
        "/ or Enter: type a value · ? help": "/ 或 Enter：输入数值 · ? 帮助",
        // Status badges (`ConversionStatus.description`) and the source row's.
        "rounded": "已舍入", "rounded subnormal": "舍入次正规", "subnormal": "次正规数", "saturated": "饱和", "overflow→inf": "上溢→inf",
        "overflow→NaN": "上溢→NaN", "overflow": "上溢", "underflow→0": "下溢→0", "underflow→smallest": "下溢→最小值",
        "NaN→no NaN code": "NaN→无 NaN 编码", "invalid→NaN": "无效→NaN", "source": "数据源",
        // The detail panel's notes.
        "up to": "向上取", "with P =": "的概率 P =", ", down to": "；向下取", "(bits show one draw)": "（各位显示其中一次抽样）",
        "NaN encoding": "NaN 编码", "all ones: infinity": "全 1：无穷大", "(subnormal: no implicit 1)": "（次正规数：没有隐含的 1）",
        "(NaN payload)": "（NaN 载荷）", "(zero: infinity)": "（为零：无穷大）", "none": "无",
        "(no mantissa bits: powers of two only)": "（没有尾数位：只有 2 的幂）", "two's complement": "二进制补码", "unsigned": "无符号",
"bits:": "位：", "; round, then clamp": "；先舍入再截断", "of": "/", "float32 level": "float32 量化级", "levels": "量化级",
        "the binade: beyond 2^±": "该二进制量级：超出 2^±", "decimals are not expanded": "不展开十进制", "no finite decimal expansion": "没有有限的十进制展开",
        "too long to show": "太长，不显示",
    ]
}
