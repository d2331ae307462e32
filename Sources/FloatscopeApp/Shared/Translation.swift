import TUICore

/// The app's texts in Simplified Chinese, each English text mapped to its translation: the shared
/// ones here, each screen's in its own folder (`Screen.chinese`). A test checks that every
/// screen's help is covered, so a new key cannot be left untranslated.
public enum Translation {
    /// The texts every screen shares (the help's global keys and its own text, the title bar,
    /// the status line), English to Simplified Chinese.
    static let shared: [String: String] = [
        "Everywhere": "所有画面", "Lesson": "课程", "switch screen": "切换画面", "help (any key closes)": "帮助（任意键关闭）",
        "redraw · export .svg": "重绘 · 导出 .svg", "quit": "退出", "cancel / close": "取消 / 关闭", "presenter mode": "演示模式",
        "lessons: menu; → ← next / back, Esc leaves": "课程列表；→ ← 下一步 / 上一步，Esc 退出",
        "Keys": "按键", "scroll": "滚动",
        "Values: 0.1  -6.5e4  1e-40  0x1.8p-3  1/3  2^-10  inf  nan  -0": "数值：0.1  -6.5e4  1e-40  0x1.8p-3  1/3  2^-10  inf  nan  -0",
        "        fp16:max  tiny (focused format)  bf16:0x3f80  e4m3fn:0b01111110": "      fp16:max  tiny（选中的格式）  bf16:0x3f80  e4m3fn:0b01111110",
        "Bits": "位", "Values": "数值", "Range": "范围", "NF4": "NF4", "Sweep": "扫描", "Blocks": "块", "Model": "模型", "Lab": "实验", "Claims": "说法",
        "help": "帮助", "rounding": "舍入", "saturation": "饱和", "on": "开", "off": "关",
    ]

    /// English to Simplified Chinese: the shared texts and every screen's own table
    /// (`Screen.chinese`, kept in the screen's folder). Where two tables translate the same text,
    /// the shared one, then the earlier screen, wins; a test requires them to agree.
    public static let zh: [String: String] = ScreenID.allCases.reduce(into: shared) { table, id in
        table.merge(ScreenStates.type(of: id).chinese) { first, _ in first }
    }

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

    /// Help sections in a language (keys that are words, such as `bytes`, too).
    public static func sections(_ sections: [HelpSection], _ language: Language) -> [HelpSection] {
        guard language == .zh else { return sections }
        return sections.map { section in
            HelpSection(text(section.title, language), section.entries.map { HelpEntry(text($0.keys, language), text($0.action, language)) })
        }
    }
}
