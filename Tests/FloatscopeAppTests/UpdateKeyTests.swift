import FormatCore
import Testing
import TUICore
@testable import FloatscopeApp

@Suite("update: keys")
struct UpdateKeyTests {
    @Test func startsWithTheDefaultsAndFocusOnTheFirstBitOfFP32() throws {
        let model = try TestSupport.model()
        #expect(model.session.formats.map(\.name) == ["fp32", "tf32", "bf16", "fp16", "e4m3fn", "e5m2", "e2m1fn", "int8", "nf4"])
        #expect(model.session.focus == 0 && model.bits.bitIndex == 0 && !model.bits.isEditing)
        #expect(TestSupport.code(model, .fp32) == 0x3dcc_cccd)
        #expect(TestSupport.code(model, .bf16) == 0x3dcd)
        #expect(TestSupport.code(model, .fp16) == 0x2e66)
        #expect(model.session.source.text == "0.1")
    }

    @Test func spaceTogglesTheSignBitAndTheFormatBecomesTheSource() throws {
        let (model, effects) = try TestSupport.play(TestSupport.model(), script: "space")
        #expect(effects.isEmpty)
        #expect(TestSupport.code(model, .fp32) == 0xbdcc_cccd)
        #expect(model.session.source.format == .fp32 && model.session.source.code == 0xbdcc_cccd)
        #expect(model.session.source.text == "fp32:0xbdcccccd")
        #expect(model.bits.editor.text == "fp32:0xbdcccccd")
        // Every other row shows the conversion of the new value.
        #expect(TestSupport.code(model, .bf16) == 0xbdcd)
        #expect(TestSupport.code(model, .fp16) == 0xae66)
        #expect(model.bits.facts.rows[0].badge == "source")
        #expect(model.bits.facts.rows[2].badge == "rounded")
    }

    @Test func arrowsMoveTheBitCursorWithinTheFocusedFormat() throws {
        var (model, _) = try TestSupport.play(TestSupport.model(), script: "right right space")
        // Bit 2 of fp32 is the second exponent bit (weight 2^6 of the field): 0x3dcccccd ^ 0x20000000.
        #expect(TestSupport.code(model, .fp32) == 0x1dcc_cccd)
        (model, _) = TestSupport.play(model, [.key(.end)])
        #expect(model.bits.bitIndex == 31)
        (model, _) = TestSupport.play(model, [.key(.right), .key(.right)])
        #expect(model.bits.bitIndex == 31)
        (model, _) = TestSupport.play(model, [.key(.home), .key(.left)])
        #expect(model.bits.bitIndex == 0)
    }

    @Test func theBitCursorReturnsToItsGoalInWiderFormats() throws {
        // From fp32's bit 12 through the 8- and 4-bit formats and back up to fp32.
        let twelve = [Message](repeating: .key(.right), count: 12)
        let (model, _) = try TestSupport.play(TestSupport.model(), twelve + Array(repeating: .key(.down), count: 6))
        #expect(model.session.focusedFormat == .e2m1fn && model.bits.bitIndex == 3)
        let (back, _) = TestSupport.play(model, Array(repeating: .key(.up), count: 4))
        #expect(back.session.focusedFormat == .bf16 && back.bits.bitIndex == 12)
    }

    @Test func focusMovesAndClampsTheBitCursor() throws {
        let (model, _) = try TestSupport.play(TestSupport.model(), script: "end down down down down")
        #expect(model.session.focusedFormat == .e4m3fn)
        #expect(model.bits.bitIndex == 7)
        let (bottom, _) = TestSupport.play(model, Array(repeating: .key(.down), count: 20))
        #expect(bottom.session.focus == 8)
        let (top, _) = TestSupport.play(bottom, Array(repeating: .key(.char("k")), count: 20))
        #expect(top.session.focus == 0)
    }

    @Test func plusAndMinusStepToNeighbours() throws {
        var (model, _) = try TestSupport.play(TestSupport.model(), script: "+")
        #expect(TestSupport.code(model, .fp32) == 0x3dcc_ccce)
        #expect(model.session.source.text == "fp32:0x3dccccce")
        (model, _) = TestSupport.play(model, [.key(.char("-")), .key(.char("-"))])
        #expect(TestSupport.code(model, .fp32) == 0x3dcc_cccc)
        // int8 at 0 steps down to -1.
        (model, _) = try TestSupport.play(TestSupport.model("0"), script: "down down down down down down down -")
        #expect(model.session.focusedFormat == .int(8))
        #expect(TestSupport.code(model, .int(8)) == 0xff)
        #expect(model.session.source.value == ExactValue(-1.0))
    }

    @Test func steppingPastTheLastValueShowsAMessageAndKeepsTheValue() throws {
        let start = try TestSupport.model("65504", formats: [.fp16, .bf16])
        var (model, _) = TestSupport.play(start, [.key(.char("+"))])
        #expect(TestSupport.code(model, .fp16) == 0x7c00)
        #expect(model.session.source.value.isInfinite)
        let before = model.session.source
        (model, _) = TestSupport.play(model, [.key(.char("+"))])
        #expect(model.session.source == before)
        #expect(model.session.flash?.tone == .warning)
        #expect(model.session.flash?.text.contains("no value above inf") == true)
    }

    @Test func roundingCyclesAndSaturationToggles() throws {
        var (model, _) = try TestSupport.play(TestSupport.model(), script: "r")
        #expect(model.session.rounding == .nearestAway)
        (model, _) = TestSupport.play(model, [.key(.char("r"))])
        #expect(model.session.rounding == .towardZero)
        #expect(TestSupport.code(model, .fp32) == 0x3dcc_cccc)
        (model, _) = TestSupport.play(model, Array(repeating: .key(.char("r")), count: 3))
        #expect(model.session.rounding == .stochastic(seed: 0))
        (model, _) = TestSupport.play(model, [.key(.char("r"))])
        #expect(model.session.rounding == .nearestEven)

        var (big, _) = try TestSupport.play(TestSupport.model("1e6"), script: "")
        #expect(TestSupport.code(big, .e4m3fn) == 0x7f)
        (big, _) = TestSupport.play(big, [.key(.char("s"))])
        #expect(big.session.overflow == .saturate)
        #expect(TestSupport.code(big, .e4m3fn) == 0x7e)
        #expect(big.bits.facts.rows[4].badge == "saturated")
        #expect(TestSupport.text(big).contains("saturation on (s)"))
    }

    @Test func typingAValueReplacesTheSelectedText() throws {
        let (model, effects) = try TestSupport.play(TestSupport.model(), script: "/ type:2.5 enter")
        #expect(effects.isEmpty)
        #expect(!model.bits.isEditing)
        #expect(model.session.source.value == ExactValue(2.5))
        #expect(model.session.source.text == "2.5")
        #expect(TestSupport.code(model, .fp32) == 0x4020_0000)
    }

    @Test func editingKeysMoveAndDelete() throws {
        var (model, _) = try TestSupport.play(TestSupport.model(), script: "e right bs bs type:25")
        #expect(model.bits.editor.text == "025")
        (model, _) = TestSupport.play(model, [.key(.home), .key(.delete), .key(.end), .key(.char("0")), .key(.enter)])
        #expect(model.session.source.value == ExactValue(250.0))
        (model, _) = try TestSupport.play(model, script: "enter ^u type:-1/3 enter")
        #expect(model.session.source.value.isNegative)
        #expect(TestSupport.code(model, .fp32) == 0xbeaa_aaab)
    }

    @Test func invalidInputShowsAnErrorAndKeepsTheValue() throws {
        var (model, effects) = try TestSupport.play(TestSupport.model(), script: "/ type:abc enter")
        #expect(effects.isEmpty)
        #expect(model.bits.isEditing)
        #expect(model.bits.inputError == "cannot read 'abc': 'abc' is not a number")
        #expect(model.session.source.value == ExactValue.finite(Rational(1) / Rational(10)))
        #expect(TestSupport.code(model, .fp32) == 0x3dcc_cccd)
        #expect(TestSupport.text(model).contains("✗ cannot read 'abc': 'abc' is not a number"))
        // Esc cancels the edit (it does not quit) and restores the value's text.
        (model, effects) = TestSupport.play(model, [.key(.escape)])
        #expect(effects.isEmpty)
        #expect(!model.bits.isEditing && model.bits.inputError == nil)
        #expect(model.bits.editor.text == "0.1")
    }

    @Test func bareConstantsReferToTheFocusedFormat() throws {
        let (model, _) = try TestSupport.play(TestSupport.model(), script: "down down down / type:max enter")
        #expect(model.session.source.value == ExactValue(65504.0))
        let (raw, _) = try TestSupport.play(TestSupport.model(), script: "/ type:bf16:0x3f80 enter")
        #expect(raw.session.source.format == .bf16 && raw.session.source.code == 0x3f80)
        #expect(raw.bits.facts.rows[2].isSource)
        #expect(TestSupport.code(raw, .fp32) == 0x3f80_0000)
    }

    @Test func keysWhileEditingGoToTheLine() throws {
        let (model, effects) = try TestSupport.play(TestSupport.model(), script: "/ q ? 1 + space")
        #expect(effects.isEmpty)
        #expect(model.bits.editor.text == "q?1+ ")
        #expect(model.helpScroll == nil)
        #expect(model.session.source.text == "0.1")
    }

    @Test func removingFormatsKeepsAtLeastOne() throws {
        var (model, _) = try TestSupport.play(TestSupport.model(formats: [.fp16, .bf16]), script: "down d")
        #expect(model.session.formats == [.fp16])
        #expect(model.session.focus == 0)
        (model, _) = TestSupport.play(model, [.key(.char("d"))])
        #expect(model.session.formats == [.fp16])
        #expect(model.session.flash?.tone == .warning)
    }

    @Test func quitKeysAndGlobalKeys() throws {
        let model = try TestSupport.model()
        #expect(App.update(model, .key(.char("q"))).1 == [.quit(status: 0)])
        // Esc does not quit from a main screen (issue 13, defect 11): q and Ctrl-C do.
        for screen in ["1", "2", "3", "4", "5"] {
            let (shown, _) = try TestSupport.play(model, script: screen)
            #expect(App.update(shown, .key(.escape)).1.isEmpty)
        }
        #expect(App.update(model, .key(.ctrl("c"))).1 == [.quit(status: 130)])
        #expect(App.update(model, .key(.ctrl("l"))).1 == [.repaint])
        let (editing, _) = TestSupport.play(model, [.key(.char("/"))])
        #expect(App.update(editing, .key(.ctrl("c"))).1 == [.quit(status: 130)])
        let (tabbed, _) = TestSupport.play(model, [.key(.tab)])
        #expect(tabbed.active == .values)
        let (numbered, _) = TestSupport.play(model, [.key(.char("0"))])
        #expect(numbered.session.flash?.tone == .warning)
        #expect(App.update(model, .key(.char("1"))).0.active == .bits)
    }

    @Test func helpOverlayOpensScrollsAndClosesWithoutQuitting() throws {
        var (model, _) = try TestSupport.play(TestSupport.model(width: 80, height: 24), script: "?")
        #expect(model.helpScroll == 0)
        #expect(TestSupport.text(model).contains("toggle bit; row = source"))
        var effects: [Effect]
        (model, effects) = TestSupport.play(model, [.key(.char("q"))])
        #expect(effects.isEmpty && model.helpScroll == nil)
        (model, _) = TestSupport.play(model, [.key(.char("?")), .key(.escape)])
        #expect(model.helpScroll == nil)
        (model, effects) = TestSupport.play(model, [.key(.char("?")), .key(.ctrl("c"))])
        #expect(effects == [.quit(status: 130)])
    }

    @Test func flashMessagesExpireAfterTicks() throws {
        var (model, _) = try TestSupport.play(TestSupport.model(), script: "r")
        #expect(model.wantsTicks)
        (model, _) = TestSupport.play(model, Array(repeating: .tick, count: Flash.defaultTicks - 1))
        #expect(model.session.flash != nil)
        (model, _) = TestSupport.play(model, [.tick])
        #expect(model.session.flash == nil && !model.wantsTicks)
    }

    @Test func exactDecimalScrollsOnlyAsFarAsThereIsText() throws {
        // fp64's smallest subnormal has a 751-character exact expansion.
        let start = try TestSupport.model("2^-1074", formats: [.fp64] + BitsScreen.defaultFormats, width: 80, height: 24)
        var (model, _) = TestSupport.play(start, [.key(.char("]"))])
        #expect(model.bits.exactScroll == 1)
        #expect(TestSupport.text(model).contains("exact: lines 2-"))
        (model, _) = TestSupport.play(model, Array(repeating: .key(.pageDown), count: 100))
        let last = model.bits.exactScroll
        #expect(last > 1 && last < 100)
        #expect(model.bits.exactScroll == model.bits.maxExactScroll(in: model.screenArea))
        (model, _) = TestSupport.play(model, Array(repeating: .key(.char("[")), count: last + 2))
        #expect(model.bits.exactScroll == 0)
    }
}
