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
    ]
}
