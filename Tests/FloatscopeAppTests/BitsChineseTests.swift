import FormatCore
import Testing
import TUICore
@testable import FloatscopeApp

/// The Bits and Range screens, the status messages and presenter mode in Simplified Chinese: no
/// English word left (names of formats, keys and units aside), within the terminal's width.
@Suite("Bits and Range in Chinese")
struct BitsChineseTests {
    /// The frame of a script played on a Chinese model.
    static func frame(_ screen: ScreenID, value: String, script: String = "", width: Int, height: Int) throws -> CellBuffer {
        let start = try ChineseCheck.model(screen, value: value, width: width, height: height)
        let (model, _) = try TestSupport.play(start, script: script)
        return App.view(model, context: .plain)
    }

    /// Expects a frame with no English word and no row wider than the terminal.
    static func expectChinese(_ frame: CellBuffer, _ what: String) {
        #expect(ChineseCheck.englishWords(frame).isEmpty, "\(what): \(ChineseCheck.englishWords(frame))")
        for y in 0..<frame.size.height { #expect(DisplayWidth.of(frame.rowText(y)) <= frame.size.width, "\(what) row \(y)") }
    }

    @Test("the Bits screen: badges, the detail panel of floats, integers and codebooks, stochastic odds, messages",
          arguments: [(80, 24), (120, 40)])
    func bits(size: (Int, Int)) throws {
        let (w, h) = size
        // Every row's status badge (rounded, underflow→0), a float's fields, then each kind of row focused.
        let cases: [(value: String, script: String)] = [
            ("0.1", ""), ("1e-40", ""), ("inf", ""), ("nan", ""), ("-0", ""), ("1e400", "j j j"), ("0.1", "j j j j j j j"),
            ("0.1", "j j j j j j j j"), ("3", "r r r r r"), ("0.1", "r"), ("0.1", "s"), ("0.1", "d"), ("0.1", "/"), ("1/3", ""), ("2^-1500", ""),
            ("65504", "j j j j j j j j j j j j j +"), ("0.1", "P"), ("0.1", "P P"), ("0.1", "P j j j j j j j j"), ("0.1", "P j j j j j j j"), ("0.1", "esc"), ("0.1", "0"),
            ("0.1", "r r r r r"),
        ]
        for c in cases {
            let frame = try Self.frame(.bits, value: c.value, script: c.script, width: w, height: h)
            Self.expectChinese(frame, "\(c.value) [\(c.script)] at \(w)x\(h)")
        }
        let text = try Self.frame(.bits, value: "1e-40", width: w, height: h).plainText()
        #expect(text.contains("下溢→0") && text.contains("舍入次正规"))
        #expect(text.contains("IEEE 754 binary32（单精度）：1 位符号，8 位指数，23 位尾数"))
        let nf4 = try Self.frame(.bits, value: "0.1", script: "j j j j j j j j", width: w, height: h).plainText()
        #expect(nf4.contains("索引 8 / 16") && nf4.contains("量化级"))
        let odds = try Self.frame(.bits, value: "0.1", script: "r r r r r", width: w, height: h).plainText()
        #expect(odds.contains("向上取") && odds.contains("的概率 P ="))
    }

    @Test("the Range screen with a codebook: its levels counted in Chinese, the side column aligned", arguments: [(80, 24), (120, 40)])
    func range(size: (Int, Int)) throws {
        let (w, h) = size
        var configuration = AppConfiguration(valueText: "0.1", formats: [.fp16, .nf4, .int(8)], language: .zh)
        configuration.screen = .range
        let start = try AppModel(configuration: configuration, size: Size(width: w, height: h))
        for script in ["", "b", "p", "c"] {
            let (model, _) = try TestSupport.play(start, script: script)
            Self.expectChinese(App.view(model, context: .plain), "range [\(script)] at \(w)x\(h)")
        }
        let (bitsFormats, _) = try TestSupport.play(start, script: "b")
        #expect(App.view(bitsFormats, context: .plain).plainText().contains("16 级"))
    }

    @Test("a value that cannot be read: the message in Chinese around the parser's reason")
    func inputError() throws {
        let text = try Self.frame(.bits, value: "0.1", script: "type:/zz enter", width: 80, height: 24).plainText()
        #expect(text.contains("无法读取 'zz'：") && text.contains("Enter 确定 · Esc 取消 · ? 帮助"))
    }

    @Test("every catalog format has a Chinese summary carrying the same numbers as the English one")
    func summaries() {
        func numbers(_ text: String) -> [String] {
            text.split { !(("0"..."9").contains($0) || $0 == ".") }.map(String.init).filter { $0.contains(where: \.isNumber) }.sorted()
        }
        for format in Format.catalog + [.int(3), .uint(16)] {
            let zh = format.summary(.zh)
            #expect(zh != format.summary, "\(format.name) has no Chinese summary")
            #expect(numbers(zh) == numbers(format.summary), "\(format.name): \(zh)")
        }
    }
}
