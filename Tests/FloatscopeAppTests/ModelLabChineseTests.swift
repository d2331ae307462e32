import Measure
import Testing
import TUICore
@testable import FloatscopeApp

/// The Model and Lab screens drawn in Simplified Chinese: every state walked with keys at 80x24 and
/// 120x40 leaves no English word (names excepted), every row fits the width, and the key labels are
/// there in Chinese.
enum ModelLabChinese {
    static let sizes = [(80, 24), (120, 40)]

    /// Names a Model frame may show besides `ChineseCheck.names`: the words of the fixture's tensor
    /// names and file name (data read from the file, not the app's text).
    static let fileNames: Set<String> = {
        var names = Set(ModelFixtures.handle.file.tensors.flatMap { ChineseCheck.words($0.name) })
        names.formUnion(ModelFixtures.handle.file.paths.flatMap { ChineseCheck.words(String($0.split(separator: "/").last ?? "")) })
        return names
    }()

    /// CLI spellings and file names the screens show as they are typed (`tui --model`, `floatscope
    /// model FILE`, `model.safetensors.index.json`, cut to `index.js…` on a narrow status line; the
    /// Lab's scheme `bf16+fp32-master`); they are removed from a row before its words are read.
    static let spellings = ["tui --model", "--model", "floatscope model", "index.json", "index.js", "fp32-master"]

    /// The English words left in a frame: `ChineseCheck.englishWords`, less the file's names and the
    /// CLI spellings.
    static func englishWords(_ frame: CellBuffer) -> [String] {
        var found: [String] = []
        for y in 0..<frame.size.height {
            var row = frame.rowText(y)
            for spelling in spellings { row = row.replacingOccurrences(of: spelling, with: " ") }
            for word in ChineseCheck.words(row) where !ChineseCheck.names.contains(word) && !fileNames.contains(word)
                && !ChineseCheck.isDigitsOrField(word) && !found.contains(word) {
                found.append(word)
            }
        }
        return found
    }

    /// Checks a frame: no English left, every row within the width, the labels present.
    static func check(_ model: AppModel, _ state: String, labels: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) {
        let frame = App.view(model, context: .plain)
        let width = frame.size.width, size = "\(width)x\(frame.size.height)"
        let english = englishWords(frame)
        #expect(english.isEmpty, "\(state) \(size): English left: \(english)\n\(frame.plainText())", sourceLocation: sourceLocation)
        for y in 0..<frame.size.height where DisplayWidth.of(frame.rowText(y)) > width {
            Issue.record("\(state) \(size): row \(y) is \(DisplayWidth.of(frame.rowText(y))) columns wide", sourceLocation: sourceLocation)
        }
        let text = frame.plainText()
        for label in labels where !text.contains(label) {
            Issue.record("\(state) \(size): no \(label)\n\(text)", sourceLocation: sourceLocation)
        }
    }

    /// The app in Chinese on the Model screen, with the fixture or without a file.
    static func model(width: Int, height: Int, file: Bool = true) throws -> AppModel {
        try AppModel(configuration: AppConfiguration(screen: .model, model: file ? ModelFixtures.handle : nil, language: .zh),
                     size: Size(width: width, height: height))
    }

    /// The Chinese app after `.launched` and the reports of `tensors` posted (as `ModelFixtures.measuring`).
    static func measuring(_ tensors: [Int], width: Int, height: Int) throws -> AppModel {
        var messages: [Message] = [.launched]
        messages += tensors.map { .modelTensor(1, index: $0, ModelFixtures.reports[$0]) }
        messages.append(.modelProgress(1, done: UInt64(tensors.count) * 1000, total: 16_512 * 13, elapsed: 1.25))
        return TestSupport.play(try model(width: width, height: height), messages).0
    }

    /// The Chinese app after the whole measurement, ended as `problem` says.
    static func finished(width: Int, height: Int, problem: String? = nil) throws -> AppModel {
        let model = try measuring(problem == nil ? Array(ModelFixtures.reports.indices) : [0, 1], width: width, height: height)
        return TestSupport.play(model, [.modelFinished(1, problem: problem, elapsed: 0.5)]).0
    }
}

@Suite("Model screen in Chinese")
struct ModelChineseTests {
    @Test("without a file: the text on opening one, the path prompt, the keys' warning")
    func noFile() throws {
        for (width, height) in ModelLabChinese.sizes {
            let model = try ModelLabChinese.model(width: width, height: height, file: false)
            ModelLabChinese.check(model, "no file", labels: ["没有打开模型文件", "floatscope 模型.gguf", "fp16、bf16、e4m3fn 和 e5m2"])
            let (typing, _) = try TestSupport.play(model, script: "o type:a.gguf")
            ModelLabChinese.check(typing, "path prompt", labels: ["打开模型文件：", "a.gguf", "输入模型文件路径"])
            for (script, label) in [("down", "没有模型文件：按 o 打开"), ("o esc", "已取消打开"), ("o enter", "没有输入文件路径"), ("o type:x.gguf enter", "正在打开 x.gguf")] {
                let (after, _) = try TestSupport.play(model, script: script)
                ModelLabChinese.check(after, script, labels: [label])
            }
        }
    }

    @Test("the path prompt is as wide in Chinese as in English, so the cursor stands after it")
    func promptWidth() throws {
        #expect(DisplayWidth.of(ModelScreen.openPrompt(.zh)) == DisplayWidth.of(ModelScreen.openPrompt))
        let (zh, _) = try TestSupport.play(ModelLabChinese.model(width: 80, height: 24, file: false), script: "o type:ab")
        let (en, _) = try TestSupport.play(ModelFixtures.model(width: 80, height: 24, file: false), script: "o type:ab")
        let cursor = try #require(zh.screens.model.cursor(in: zh.screenArea, session: zh.session))
        #expect(cursor == en.screens.model.cursor(in: en.screenArea, session: en.session))
        let frame = App.view(zh, context: .plain)
        let row = frame.rowText(cursor.y)
        // The path ends just before the cursor: its last character is in the cell left of it.
        #expect(DisplayWidth.of(String(row.prefix { $0 != "b" })) + 1 == cursor.x)
    }

    @Test("measuring and measured: header, progress, list headings, panel, histogram, status")
    func measured() throws {
        for (width, height) in ModelLabChinese.sizes {
            let measuring = try ModelLabChinese.measuring([0, 2, 3], width: width, height: height)
            ModelLabChinese.check(measuring, "measuring", labels: ["模型 ", "个张量", "个参数", "正在测量 3/8 个张量", "张量", "形状", "类型", "参数", "格式 q8_0 (f F)", "排序 文件顺序 (s)"])
            let finished = try ModelLabChinese.finished(width: width, height: height)
            ModelLabChinese.check(finished, "finished", labels: ["已用 ", "种格式测量 8/8 个张量", "已测量 8 个张量", "个数值，存储", "峰度", "零值", "fp16 上溢", "下溢",
                                                                 "位/数值", "个数", "(对数)", "次正规 正规 最大", "h 热图"])
            let scripts: [(String, [String])] = [
                ("s", ["排序 大小 (s)", "按大小排序", "参数↓"]), ("s s", ["误差（最差在前）", "（q8_0 格式）"]), ("s s s", ["离群值（超过 6σ）"]),
                ("f", ["显示 "]), ("F F F F F F s s down", ["格式 e4m3fn"]), ("end", []), ("c", ["没有正在进行的测量"]),
                ("u", ["数据：张量 "]), ("u U", ["不再使用张量 "]), ("U", ["没有可放下的张量数据"]),
                ("h", ["格式下各层、各类张量的 SQNR", "等待", "直方图", "层 0…1", "热图：层 × 张量类型"]), ("h down down", []), ("h h", ["所选张量的 log2|x| 直方图"]),
            ]
            for (script, labels) in scripts {
                ModelLabChinese.check(try TestSupport.play(finished, script: script).0, script, labels: labels)
            }
            for f in 0..<ModelCandidate.defaultNames.count {
                let script = Array(repeating: "f", count: f + 1).joined(separator: " ")
                ModelLabChinese.check(try TestSupport.play(finished, script: script).0, script)
            }
            let stopped = try ModelLabChinese.finished(width: width, height: height, problem: "cancelled")
            ModelLabChinese.check(stopped, "cancelled", labels: ["已停止（已取消）", "测量已取消"])
            ModelLabChinese.check(try TestSupport.play(stopped, script: "down down").0, "cancelled, a tensor not measured", labels: ["尚未测量"])
        }
    }

    @Test("a file opened with o, and one that cannot be opened: the status line in Chinese")
    func openedMessages() throws {
        let model = try ModelLabChinese.model(width: 80, height: 24, file: false)
        let (opened, _) = TestSupport.play(model, [.modelOpened(ModelFixtures.handle, problem: nil)])
        ModelLabChinese.check(opened, "opened", labels: ["已打开 tiny-llama.gguf：8 个张量", "正在测量 0/8 个张量"])
        let (failed, _) = TestSupport.play(model, [.modelOpened(nil, problem: nil)])
        ModelLabChinese.check(failed, "cannot open", labels: ["无法打开模型：原因不明"])
    }

    @Test("why a format does not apply, said in Chinese with its names and numbers")
    func reasons() {
        let cases: [(NotApplicable, String, String)] = [
            (.rowsNotWholeBlocks(codec: "q4_k", blockSize: 256, rowLength: 64),
             "q4_k needs rows of whole blocks of 256 values; this tensor's rows hold 64", "q4_k 要求每行由整块组成（每块 256 个数值），此张量每行 64 个"),
            (.rowBeyondLargest(rowLength: 70000, largest: 65536),
             "rows of 70000 values are beyond the largest row length 65536", "每行 70000 个数值，超过最大行长 65536"),
            (.piecesBeyondStreaming(format: "nvfp4", alignment: 16, maximum: 8),
             "nvfp4 takes pieces of 16 values here, beyond the 8 a measurement streams", "nvfp4 在此按每段 16 个数值处理，超过测量逐段读取的上限 8"),
            (.noType(mix: "mix", tensor: ""), "mix gives this tensor no type", "mix 没有给此张量指定类型"),
            (.noType(mix: "mix", tensor: "w"), "mix gives w no type", "mix 没有给 w 指定类型"),
        ]
        for (reason, english, chinese) in cases {
            #expect(reason.description == english)
            #expect(ModelScreen.chineseReason(reason) == chinese)
        }
    }

    @Test("in ASCII the screen is drawn in English (Chinese has no ASCII stand-ins)")
    func asciiFallsBackToEnglish() throws {
        let model = try ModelLabChinese.finished(width: 80, height: 24)
        let text = TestSupport.text(model, context: .ascii)
        #expect(text.contains("model tiny-llama.gguf") && text.contains("kurtosis") && text.contains("  sub norm  max"))
    }
}

@Suite("Lab screen in Chinese")
struct LabChineseTests {
    @Test("the four views (and S moved): no English left, rows within the width, the seed and the accumulation table in Chinese")
    func views() throws {
        let views: [(String, [String])] = [
            ("", ["（种子 0）", "个 g ~"]), ("+ + + +", ["S = 2^4"]), ("v", ["GradScaler", "跳过  │", "步 0"]), ("v v", ["主权重", "步 32", "bf16+fp32-master 的主权重、精确值"]),
            ("v v v", ["累加", "个 uniform:0,1 数值在各格式中求和", "精确和", "同格式累加", "fp32 累加", "两两求和", "Kahan 求和"]),
        ]
        for (width, height) in ModelLabChinese.sizes {
            let model = try ChineseCheck.model(.lab, width: width, height: height)
            for (script, labels) in views {
                let shown = script.isEmpty ? model : try TestSupport.play(model, script: script).0
                ModelLabChinese.check(shown, "lab \(script)", labels: labels)
            }
        }
    }

    @Test("the accumulation table's columns line up in Chinese: each row as wide as the heading")
    func accumulationColumns() throws {
        var screen = LabScreen()
        screen.language = .zh
        screen.show(.accumulate)
        let lines = screen.accumulationLines()
        func isHeading(_ line: String) -> Bool { line.hasPrefix("fp16 ") || line.hasPrefix("bf16 ") }
        #expect(lines.filter(isHeading).count == 2 && lines.filter(isHeading).allSatisfy { $0.contains("精确和") })
        for (i, line) in lines.enumerated() where i > 0 && !line.isEmpty && !isHeading(line) {
            let heading = try #require(lines[..<i].last(where: isHeading))
            #expect(DisplayWidth.of(line) == DisplayWidth.of(heading), "\(line)")
        }
    }
}
