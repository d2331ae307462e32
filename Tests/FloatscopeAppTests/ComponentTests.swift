import FormatCore
import Testing
import TUICore
@testable import FloatscopeApp

@Suite("components")
struct ComponentTests {
    @Test func lineEditorSelectsAllThenEdits() {
        var editor = LineEditor(text: "0.1", selectAll: true)
        editor.insert("7")
        #expect(editor.text == "7" && editor.cursor == 1)
        for c in "5e3" { editor.insert(c) }
        editor.move(by: -2)
        editor.backspace()
        #expect(editor.text == "7e3" && editor.cursor == 1)
        editor.deleteForward()
        #expect(editor.text == "73")
        let home = editor.handle(.ctrl("a"))
        #expect(home && editor.cursor == 0)
        let kill = editor.handle(.ctrl("k"))
        #expect(kill && editor.text.isEmpty)
        let handledUp = editor.handle(.up)
        #expect(!handledUp)
        var selected = LineEditor(text: "abc", selectAll: true)
        selected.backspace()
        #expect(selected.text.isEmpty)
    }

    @Test func lineEditorScrollsToKeepTheCursorVisible() {
        let editor = LineEditor(text: "0123456789")
        let visible = editor.visible(width: 5)
        #expect(visible.text == "6789" && visible.cursorColumn == 4 && visible.firstIndex == 6)
        var start = editor
        start.move(to: 0)
        #expect(start.visible(width: 5).text == "01234")
    }

    @Test func bitFieldsOfEveryFamily() {
        let fp16 = BitFields(.fp16)
        #expect(fp16.letters == "S EEEEE MMMMMMMMMM")
        #expect(fp16.displayWidth == 18)
        #expect(fp16.bit(atColumn: 1) == nil && fp16.bit(atColumn: 2) == 1 && fp16.bit(atColumn: 8) == 6)
        #expect(fp16.toggling(0, in: 0x3c00) == 0xbc00)
        #expect(fp16.isSet(1, in: 0x3c00) == false && fp16.isSet(2, in: 0x3c00))
        #expect(BitFields(.e8m0fnu).letters == "EEEEEEEE")
        #expect(BitFields(.int(8)).letters == "IIIIIIII")
        #expect(BitFields(.nf4).letters == "XXXX")
        #expect(BitFields(.bnbFP4).letters == "S XXX")
        #expect(BitFields(.tf32).bitCount == 19)
    }

    @Test func togglingEveryBitTwiceRestoresEveryFormat() throws {
        for format in Format.catalog where format.bitWidth <= 32 {
            let start = try TestSupport.model("1.5", formats: [format])
            for bit in 0..<format.bitWidth {
                let moves = [Message](repeating: .key(.right), count: bit)
                let (once, _) = TestSupport.play(start, moves + [.key(.char(" "))])
                let (twice, _) = TestSupport.play(once, [.key(.char(" "))])
                #expect(TestSupport.code(twice, format) == TestSupport.code(start, format), "\(format.name) bit \(bit)")
                #expect(TestSupport.code(once, format) != TestSupport.code(start, format))
            }
        }
    }

    @Test func steppingUpThenDownReturns() throws {
        for format in Format.catalog {
            let start = try TestSupport.model("0.75", formats: [format])
            let (up, _) = TestSupport.play(start, [.key(.char("+"))])
            if TestSupport.code(up, format) == TestSupport.code(start, format) {
                // Already the largest value (uint2 and int2 at 1): a message, nothing else.
                #expect(up.session.flash?.text.hasPrefix("\(format.name): no value above") == true)
                continue
            }
            let (back, _) = TestSupport.play(up, [.key(.char("-"))])
            #expect(TestSupport.code(back, format) == TestSupport.code(start, format), "\(format.name)")
        }
    }

    @Test func messageScripts() throws {
        #expect(try MessageScript.parse("q") == [.key(.char("q"))])
        #expect(try MessageScript.parse(" up  space ^c ctrl-L") == [.key(.up), .key(.char(" ")), .key(.ctrl("c")), .key(.ctrl("l"))])
        #expect(try MessageScript.parse("type:1e3") == [.key(.char("1")), .key(.char("e")), .key(.char("3"))])
        #expect(try MessageScript.parse("click:3,4") == [.mouse(MouseEvent(kind: .press, button: 1, x: 3, y: 4)),
                                                         .mouse(MouseEvent(kind: .release, button: 1, x: 3, y: 4))])
        #expect(try MessageScript.parse("wheelup:1,2 resize:80x24 tick") == [.mouse(MouseEvent(kind: .wheelUp, button: 4, x: 1, y: 2)),
                                                                             .resize(Size(width: 80, height: 24)), .tick])
        #expect(throws: MessageScript.ParseError.self) { try MessageScript.parse("upp") }
    }

    @Test func detailFactsOfFloatsIntegersAndCodebooks() throws {
        let model = try TestSupport.model("0.1")
        let rows = model.bits.facts.rows
        let fp32 = DetailFacts(row: rows[0])
        let text = fp32.lines.map { $0.map(\.text).joined() }
        #expect(text.contains { $0.contains("exponent 01111011 = 123  → 2^(123-127) = 2^-4") })
        #expect(text.contains { $0.contains("significand 1.10011001100110011001101 = 1 + 5033165/8388608") })
        // Neighbours and figures that do not fit exactly are marked as rounded (issue 13, defect 5).
        #expect(text.contains { $0.contains("below ≈0.099999994 (0x3dcccccc)  above ≈0.10000001 (0x3dccccce)") })
        #expect(text.contains { $0.contains("ulp ≈7.45058e-09 = 2^-27") })
        #expect(text.contains { $0.contains("value ≈0.1  rounded") })
        #expect(fp32.exact == "0.100000001490116119384765625")
        let int8 = DetailFacts(row: rows[7]).lines.map { $0.map(\.text).joined() }
        #expect(int8.contains { $0.contains("two's complement, 8 bits: -128 … 127") })
        let nf4 = DetailFacts(row: rows[8]).lines.map { $0.map(\.text).joined() }
        #expect(nf4.contains { $0.hasPrefix("index 8 of 16") })
        #expect(nf4.contains { $0.hasPrefix("levels -1 ≈-0.696 ≈-0.525") })
        // The levels come in two lines of eight, so a narrow panel never wraps one alone (defect 10).
        #expect(nf4.contains { $0.hasPrefix("       ≈0.0796 ≈0.161") && $0.hasSuffix(" 1") })
    }

    @Test func inputInfoSaysHowExactTheInputIs() throws {
        func info(_ value: String) throws -> String { try TestSupport.model(value).bits.facts.inputInfo.map(\.text).joined() }
        #expect(try info("0.1") == "= 0.1   (exact input)")
        #expect(try info("1/3").hasPrefix("≈ 0.3333333333"))
        #expect(try info("1/3").hasSuffix("(no finite decimal expansion)"))
        #expect(try info("bf16:0x3f80") == "= 1   (bf16 code 0x3f80)")
        #expect(try info("1e-300").hasSuffix("(exact input)"))
        #expect(try info("1e-300").count > 300)
        #expect(try info("1e-500") == "≈ 1e-500   (too long to show)")
        #expect(try info("1e-1000") == "≈ 2^-3322 … 2^-3321   (the binade: beyond 2^±3000 decimals are not expanded)")
        // Far beyond the limit, errors are powers of two too (decimal text would take seconds).
        let huge = try TestSupport.model("2^-5000")
        #expect(huge.bits.facts.rows[0].absoluteError.widest == "≈2^-5000")
        #expect(huge.bits.facts.rows[0].relativeError.widest == "1")
    }
}
