import Testing
import TUICore
@testable import FloatscopeApp

/// The Values and NF4 screens in Simplified Chinese: every state (grid, number line, its ends at
/// an infinity and NaN; each quantiser's bins, the construction, the status messages) with no
/// English word left, every row within the terminal's width, the key labels translated.
@Suite("Values and NF4 in Chinese")
struct ValuesNF4ChineseTests {
    /// The sizes every state is drawn at.
    static let sizes = [(80, 24), (120, 40)]

    /// True names these screens show that ChineseCheck does not list: the library a table comes
    /// from, the author of the paper NF4 comes from, the help's value syntax `tiny`, and
    /// `floatscope` of the title bar as the help box cuts it at 80 columns.
    static let names: Set<String> = ["bitsandbytes", "dettmers", "tiny", "floa"]

    /// Whether a word is the tail of a hexadecimal code such as `0xff` (ChineseCheck reads `xff` as a word).
    static func isHexCode(_ word: String) -> Bool {
        word.first == "x" && word.dropFirst().allSatisfy { "abcdef".contains($0) }
    }

    /// A screen after a script at both sizes in Chinese: no English word, rows within the width,
    /// each of `labels` somewhere in the frame.
    func check(_ screen: ScreenID, value: String = "0.1", script: String, labels: [String],
               sourceLocation: SourceLocation = #_sourceLocation) throws {
        try check(script: script, labels: labels, sourceLocation: sourceLocation) { width, height in
            try ChineseCheck.model(screen, value: value, width: width, height: height)
        }
    }

    /// A model made at both sizes after a script, checked as above; `names` are more words allowed
    /// (a tensor's name from the file).
    func check(script: String, labels: [String], names: Set<String> = [], sourceLocation: SourceLocation = #_sourceLocation,
               model make: (Int, Int) throws -> AppModel) throws {
        for (width, height) in Self.sizes {
            let model = try make(width, height)
            let (played, _) = try TestSupport.play(model, script: script)
            let frame = App.view(played, context: .plain)
            let english = ChineseCheck.englishWords(frame).filter { !Self.names.contains($0) && !names.contains($0) && !Self.isHexCode($0) }
            let where_ = "\(script) at \(width)x\(height)"
            #expect(english.isEmpty, "English left (\(where_)): \(english)\n\(frame.plainText())", sourceLocation: sourceLocation)
            for y in 0..<height {
                #expect(DisplayWidth.of(frame.rowText(y)) <= width, "row \(y) too wide (\(where_))", sourceLocation: sourceLocation)
            }
            let text = frame.plainText()
            for label in labels {
                #expect(text.contains(label), "missing \(label) (\(where_))\n\(text)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test("the number line of fp32 around 0.1: header, axis labels, spacing, binade table, selection, legend")
    func numberLine() throws {
        try check(.values, script: "2", labels: ["数轴：16 个数值", "缩放", "间距 (ULP)：", "二进制量级", "编码 ", "Enter：", "正规数", "最大有限值"])
        try check(.values, script: "2 + + pgdn", labels: ["数轴：4 个数值"])
        try check(.values, script: "2 - - - enter", labels: ["数轴：128 个数值", "数值："])
    }

    @Test("the number line in the subnormals, at an infinity and at NaN")
    func numberLineEnds() throws {
        try check(.values, value: "1e-40", script: "2", labels: ["次正规数", "二进制量级"])
        try check(.values, value: "inf", script: "2", labels: ["个有限值", "inf 旁边"])
        try check(.values, value: "nan", script: "2", labels: ["NaN 在数轴上没有位置", "回到共享的数值"])
    }

    @Test("the grid of every 8-bit-or-narrower format: header, column labels, cut note, selection, legend")
    func grids() throws {
        // fp32 tf32 bf16 fp16 e4m3fn e5m2 e2m1fn int8 nf4: f four times reaches e4m3fn.
        try check(.values, script: "2 f f f f", labels: ["网格：行 = 高位，列 = 低位", "编码 ", "次正规数", "零"])
        try check(.values, script: "2 f f f f f down down", labels: ["网格", "编码 "])
        try check(.values, script: "2 f f f f f f right enter", labels: ["网格", "数值：e2m1fn"])
        try check(.values, script: "2 f f f f f f f end", labels: ["网格", "编码 "])
        try check(.values, script: "2 f f f f f f f f", labels: ["网格", "编码 "])
    }

    @Test("the NF4 screen: the bins of each quantiser, the comparison table")
    func nf4Bins() throws {
        try check(.nf4, script: "4", labels: ["正态分位数", "每块 64 个", "量化器", "密度", "占比", "均分", "最空分箱", "最满分箱"])
        try check(.nf4, script: "4 n", labels: ["量化器"])
        try check(.nf4, script: "4 n n", labels: ["量化器"])
        try check(.nf4, script: "4 n n n", labels: ["量化器"])
    }

    @Test("the NF4 screen: how NF4 is built, and d without tensor data")
    func nf4Construction() throws {
        try check(.nf4, script: "4 i", labels: ["NF4 的构造", "偏移量", "个正分位数", "个负分位数", "双重量化"])
        try check(.nf4, script: "4 d", labels: ["无张量数据：在模型画面 (7) 按 u 取张量"])
    }

    @Test("the NF4 screen on a tensor's values (Model screen's u, then d): header and status message")
    func nf4OnTensorData() throws {
        let name = ModelFixtures.handle.file.tensors[0].name
        try check(script: "u 4 d", labels: ["\(name)（", "个数值）", "，每块 64 个"], names: Set(ChineseCheck.words(name))) { width, height in
            try AppModel(configuration: AppConfiguration(screen: .model, model: ModelFixtures.handle, language: .zh),
                         size: Size(width: width, height: height))
        }
        try check(script: "u 4 d d", labels: ["N(0,1) 样本的分箱（种子 5）"]) { width, height in
            try AppModel(configuration: AppConfiguration(screen: .model, model: ModelFixtures.handle, language: .zh),
                         size: Size(width: width, height: height))
        }
    }

    @Test("the help of each screen in Chinese, its key column included (NF4's curve and bars)")
    func help() throws {
        try check(.values, script: "2 ?", labels: ["数值画面", "网格（不超过 8 位）"])
        try check(.nf4, script: "4 ?", labels: ["NF4 画面", "怎么读", "曲线", "柱条"])
    }
}
