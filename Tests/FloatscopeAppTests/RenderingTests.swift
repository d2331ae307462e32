import FormatCore
import Testing
import TUICore
@testable import FloatscopeApp

@Suite("rendering")
struct RenderingTests {
    @Test(arguments: [(80, 24), (81, 25), (100, 30), (120, 40), (160, 50), (200, 60), (240, 70), (300, 90)])
    func everyLayoutFitsAndShowsEveryFormat(_ size: (Int, Int)) throws {
        for script in ["", "?", "a", "/ type:zz enter", "end space"] {
            let (model, _) = try TestSupport.play(TestSupport.model("0.1", width: size.0, height: size.1), script: script)
            let frame = App.view(model, context: RenderContext(glyphs: .unicode, colorMode: .ansi256))
            #expect(frame.width == size.0 && frame.height == size.1)
            let text = frame.plainText()
            #expect(text.contains(script == "?" ? "Keys" : "floatscope"))
            if script.isEmpty || script.hasPrefix("/") || script.hasPrefix("end") {
                for format in BitsScreen.defaultFormats { #expect(text.contains(format.name)) }
                #expect(text.contains("rounding nearest-even"))
            }
        }
    }

    @Test func asciiModeDrawsOnlyASCII() throws {
        for script in ["", "?", "a", "/ type:zz enter", "r s"] {
            let (model, _) = try TestSupport.play(TestSupport.model("-inf", width: 90, height: 30), script: script)
            let text = TestSupport.text(model, context: .ascii)
            let ascii = text.allSatisfy { $0.isASCII }
            #expect(ascii, "non-ASCII after '\(script)'")
        }
        let text = TestSupport.text(try TestSupport.model("65504"), context: .ascii)
        #expect(text.contains("overflow->inf"))
        #expect(text.contains("> fp32"))
    }

    @Test func withoutColourFieldsStayDistinctByAttributes() throws {
        let frame = App.view(try TestSupport.model(), context: .plain)
        let layout = BitsLayout(area: try TestSupport.model().screenArea, screen: try TestSupport.model().bits)
        let y = try #require(layout.y(ofFormat: 1))
        let x = layout.columns.bits.x
        let sign = frame[x: x, y: y].style, exponent = frame[x: x + 2, y: y].style, mantissa = frame[x: x + 11, y: y].style
        for style in [sign, exponent, mantissa] {
            #expect(style.foreground == .default && style.background == .default)
        }
        #expect(Set([sign, exponent, mantissa]).count == 3)
        // The field letters above the focused row's bits.
        #expect(frame.rowText(layout.header.y).contains("EEEEEEEE MMMMMMMMMMMMMMMMMMMMMMM"))
        let ansi = frame.ansiText(colorMode: .noColor)
        #expect(!ansi.contains("38;5") && !ansi.contains("[3") && ansi.contains("\u{1B}[0;1m"))
    }

    @Test func coloursFollowTheFields() throws {
        let model = try TestSupport.model()
        let context = RenderContext(glyphs: .unicode, colorMode: .ansi256)
        let frame = App.view(model, context: context)
        let layout = BitsLayout(area: model.screenArea, screen: model.bits)
        let y = try #require(layout.y(ofFormat: 2)), x = layout.columns.bits.x
        #expect(frame[x: x, y: y].style == context.theme.signBit)
        #expect(frame[x: x + 2, y: y].style == context.theme.exponentBit)
        #expect(frame[x: x + 11, y: y].style == context.theme.mantissaBit)
        let int8 = try #require(layout.y(ofFormat: 7)), nf4 = try #require(layout.y(ofFormat: 8))
        #expect(frame[x: x, y: int8].style == context.theme.integerBit)
        #expect(frame[x: x, y: nf4].style == context.theme.codebookIndexBit)
        // The cursor bit of the focused row.
        let focused = try #require(layout.y(ofFormat: 0))
        #expect(frame[x: x, y: focused].style == context.theme.signBit.patched(with: context.theme.cursor))
        #expect(frame.ansiText(colorMode: .ansi256).contains("\u{1B}["))
    }

    @Test func columnsDropInPriorityOrderAsTheTerminalNarrows() throws {
        let rows = try TestSupport.model().bits.facts.rows
        let narrow = BitsColumns(width: 80, rows: rows)
        #expect(narrow.relativeError != nil && narrow.hex == nil && narrow.absoluteError == nil)
        let wide = BitsColumns(width: 120, rows: rows)
        #expect(wide.relativeError != nil && wide.hex != nil && wide.absoluteError != nil)
        for width in 80...240 {
            let columns = BitsColumns(width: width, rows: rows)
            #expect(columns.status.x + columns.status.width <= width)
        }
    }
}
