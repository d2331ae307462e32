import Testing
import TUICore
@testable import FloatscopeApp

/// The app in Simplified Chinese: titles and help translated, wide characters laid out.
@Suite("Chinese help and titles")
struct LanguageTests {
    @Test("every help text of every screen and every screen title has a Chinese translation")
    func everyHelpTextIsTranslated() {
        var missing: [String] = []
        for id in ScreenID.allCases {
            for section in ScreenStates.help(for: id) + [HelpOverlay.global] {
                if Translation.zh[section.title] == nil { missing.append(section.title) }
                for entry in section.entries where Translation.zh[entry.action] == nil { missing.append(entry.action) }
            }
            if Translation.zh[id.title] == nil { missing.append(id.title) }
        }
        for line in HelpOverlay.syntax where Translation.zh[line] == nil { missing.append(line) }
        #expect(missing.isEmpty, "untranslated: \(Set(missing).sorted())")
    }

    @Test("where two screens' tables (or a screen's and the shared one) translate the same text, they agree")
    func screenTablesAgree() {
        var seen = Translation.shared.mapValues { ($0, "shared") }
        var conflicts: [String] = []
        for id in ScreenID.allCases {
            for (english, chinese) in ScreenStates.type(of: id).chinese {
                if let (other, owner) = seen[english], other != chinese {
                    conflicts.append("\(english): \(owner) \(other), \(id.title) \(chinese)")
                } else if seen[english] == nil {
                    seen[english] = (chinese, id.title)
                }
            }
        }
        #expect(conflicts.isEmpty, "\(conflicts)")
        #expect(Translation.zh.count == seen.count)
    }

    @Test("the title bar and the help in Chinese fit 80 columns, and a click on a tab still finds its screen")
    func chineseLayout() throws {
        var configuration = AppConfiguration(language: .zh)
        configuration.screen = .range
        let model = try AppModel(configuration: configuration, size: Size(width: 80, height: 24))
        let frame = App.view(model, context: .plain)
        let top = frame.rowText(0)
        #expect(top.contains("3 范围") && top.contains("帮助"))
        #expect(DisplayWidth.of(top) <= 80)
        let tabs = TitleBar.tabs(active: .range, width: 80, language: .zh)
        let sweepTab = try #require(tabs.first { $0.screen == .sweep })
        let (clicked, _) = TestSupport.play(model, [TestSupport.click(sweepTab.x + 1, 0)])
        #expect(clicked.active == .sweep)
        let (help, _) = try TestSupport.play(model, script: "?")
        let text = App.view(help, context: .plain).plainText()
        #expect(text.contains("按键") && text.contains("范围画面") && text.contains("课程列表"))
        for y in 0..<24 { #expect(DisplayWidth.of(App.view(help, context: .plain).rowText(y)) <= 80) }
    }

    @Test("the Bits screen and the status line in Chinese: labels translated, the layout kept (80 columns, input at its column)")
    func bitsLabels() throws {
        var configuration = AppConfiguration(valueText: "0.1", language: .zh)
        configuration.screen = .bits
        let model = try AppModel(configuration: configuration, size: Size(width: 80, height: 24))
        let frame = App.view(model, context: .plain)
        let text = frame.plainText()
        for label in ["数值  0.1", "（精确输入）", "格式", "相对误差", "编码 0x3dcccccd", "十六进制浮点", "符号 0", "有效数", "下邻", "精确  0.1000000014", "舍入 nearest-even (r)  饱和 关 (s)"] {
            #expect(text.contains(label), "\(label)")
        }
        for y in 0..<24 { #expect(DisplayWidth.of(frame.rowText(y)) <= 80) }
        let english = try AppModel(configuration: AppConfiguration(valueText: "0.1"), size: Size(width: 80, height: 24))
        #expect(BitsLayout(area: model.screenArea, screen: model.bits).inputTextX == BitsLayout(area: english.screenArea, screen: english.bits).inputTextX)
    }

    @Test("the Range screen in Chinese: its labels and verdicts translated, within 80 columns")
    func rangeLabels() throws {
        var configuration = AppConfiguration(valueText: "72000", formats: [.fp16, .bf16], language: .zh)
        configuration.screen = .range
        let model = try AppModel(configuration: configuration, size: Size(width: 80, height: 24))
        let frame = App.view(model, context: .plain)
        let text = frame.plainText()
        for label in ["位画面的格式", "位数    数值", "上溢", "可表示", "相对间距 ULP/|x|", "数值 72000"] { #expect(text.contains(label), "\(label)") }
        for y in 0..<24 { #expect(DisplayWidth.of(frame.rowText(y)) <= 80) }
    }

    @Test("the Lab screen in Chinese: title, view and the shares table (columns by display width)")
    func labLabels() throws {
        var configuration = AppConfiguration(language: .zh)
        configuration.screen = .lab
        let model = try AppModel(configuration: configuration, size: Size(width: 80, height: 24))
        let frame = App.view(model, context: .plain)
        let text = frame.plainText()
        for label in ["实验 · 损失缩放", "v：视图", " 格式    下溢  次正规数  正规数  上溢", " fp16  ≈4.74%    ≈92.9%  ≈2.39%    0%"] {
            #expect(text.contains(label), "\(label)")
        }
        for y in 0..<24 { #expect(DisplayWidth.of(frame.rowText(y)) <= 80) }
    }

    @Test("the Lab's scaler and master-weights views in Chinese, within 80 columns")
    func labViews() throws {
        var configuration = AppConfiguration(language: .zh)
        configuration.screen = .lab
        let start = try AppModel(configuration: configuration, size: Size(width: 80, height: 24))
        let (scaler, _) = try TestSupport.play(start, script: "v")
        let scalerFrame = App.view(scaler, context: .plain)
        #expect(scalerFrame.plainText().contains("GradScaler：起始 2^16") && scalerFrame.plainText().contains("跳过"))
        let (master, _) = try TestSupport.play(scaler, script: "v")
        let masterFrame = App.view(master, context: .plain)
        #expect(masterFrame.plainText().contains("精确结果") && masterFrame.plainText().contains("（主权重 ≈1.00203013）"))
        for frame in [scalerFrame, masterFrame] { for y in 0..<24 { #expect(DisplayWidth.of(frame.rowText(y)) <= 80) } }
    }
}
