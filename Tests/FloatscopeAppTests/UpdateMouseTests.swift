import FormatCore
import Testing
import TUICore
@testable import FloatscopeApp

@Suite("update: mouse and picker")
struct UpdateMouseTests {
    @Test func clickOnABitFocusesTheRowAndTogglesIt() throws {
        let model = try TestSupport.model()
        let at = try #require(TestSupport.position(ofBit: 1, format: 3, in: model))
        // fp16's row is the 4th row under the title, input, info and header lines; its second bit
        // (first exponent bit) follows the sign and a separator.
        #expect(at.y == 1 + 3 + 3)
        #expect(at.x == 2 + 6 + 1 + 2)
        let (clicked, effects) = TestSupport.play(model, [TestSupport.click(at.x, at.y)])
        #expect(effects.isEmpty)
        #expect(clicked.session.focus == 3 && clicked.bits.bitIndex == 1)
        #expect(TestSupport.code(clicked, .fp16) == 0x2e66 ^ 0x4000)
        #expect(clicked.session.source.format == .fp16)
    }

    @Test func clickOnASeparatorOrNameOnlyFocuses() throws {
        let model = try TestSupport.model()
        let sign = try #require(TestSupport.position(ofBit: 0, format: 2, in: model))
        let (separator, _) = TestSupport.play(model, [TestSupport.click(sign.x + 1, sign.y)])
        #expect(separator.session.focus == 2)
        #expect(separator.session.source.text == "0.1")
        let (name, _) = TestSupport.play(model, [TestSupport.click(3, sign.y + 1)])
        #expect(name.session.focus == 3)
        #expect(name.session.source.text == "0.1")
        // Releases and clicks outside the rows change nothing.
        let (outside, _) = TestSupport.play(model, [.mouse(MouseEvent(kind: .release, button: 1, x: sign.x, y: sign.y)), TestSupport.click(5, 28)])
        #expect(outside == model)
    }

    @Test func wheelStepsTheRowUnderThePointer() throws {
        let model = try TestSupport.model()
        let at = try #require(TestSupport.position(ofBit: 0, format: 3, in: model))
        let (up, _) = TestSupport.play(model, [.mouse(MouseEvent(kind: .wheelUp, button: 4, x: at.x, y: at.y))])
        #expect(up.session.focus == 3)
        #expect(TestSupport.code(up, .fp16) == 0x2e67)
        let (down, _) = TestSupport.play(up, [.mouse(MouseEvent(kind: .wheelDown, button: 5, x: 0, y: 0)),
                                              .mouse(MouseEvent(kind: .wheelDown, button: 5, x: 0, y: 0))])
        #expect(TestSupport.code(down, .fp16) == 0x2e65)
    }

    @Test func clickOnTheInputLineStartsEditingAtThatColumn() throws {
        let model = try TestSupport.model("12345")
        let layout = BitsLayout(area: model.screenArea, screen: model.bits)
        let (clicked, _) = TestSupport.play(model, [TestSupport.click(layout.inputTextX + 2, layout.input.y), .key(.char("x"))])
        #expect(clicked.bits.isEditing)
        #expect(clicked.bits.editor.text == "12x345")
        #expect(App.cursor(clicked) == Position(x: layout.inputTextX + 3, y: layout.input.y))
        // Clicking a row while editing cancels the edit.
        let (cancelled, _) = TestSupport.play(clicked, [TestSupport.click(3, layout.rows.y + 1)])
        #expect(!cancelled.bits.isEditing && cancelled.bits.editor.text == "12345")
        #expect(App.cursor(cancelled) == nil)
    }

    @Test func pickerAddsAndRemovesFormats() throws {
        var (model, _) = try TestSupport.play(TestSupport.model(), script: "a")
        // It opens on the first format not shown after the focused one, so space adds (issue 13, defect 11).
        let firstNew = Format.catalog[(Format.catalog.firstIndex(of: .fp32)!)...].first { !BitsScreen.defaultFormats.contains($0) }
        #expect(model.bits.picker?.selected == firstNew)
        #expect(TestSupport.text(model).contains("[x] fp32"))
        let (added, _) = TestSupport.play(model, [.key(.char(" "))])
        #expect(added.session.formats.count == 10 && added.session.formats.last == firstNew)
        (model, _) = TestSupport.play(model, [.key(.home), .key(.down), .key(.up), .key(.up), .key(.char(" "))])
        #expect(model.session.formats.last == .fp64)
        #expect(model.session.formats.count == 10)
        #expect(model.bits.facts.rows.count == 10)
        (model, _) = TestSupport.play(model, [.key(.down), .key(.enter)])
        #expect(!model.session.formats.contains(.fp32))
        #expect(model.bits.picker != nil)
        let (closed, effects) = TestSupport.play(model, [.key(.escape)])
        #expect(effects.isEmpty)
        #expect(closed.bits.picker == nil)
        #expect(closed.session.formats.first == .tf32)
    }

    @Test func pickerListsEveryFormatAndScrolls() throws {
        var (model, _) = try TestSupport.play(TestSupport.model(width: 80, height: 24), script: "a end")
        #expect(model.bits.picker?.selected == Format.catalog.last)
        let text = TestSupport.text(model)
        #expect(text.contains("bnb-fp4"))
        #expect(!text.contains("[ ] fp64"))
        (model, _) = TestSupport.play(model, [.key(.home)])
        #expect(TestSupport.text(model).contains("[ ] fp64"))
    }

    @Test func pickerMouseTogglesEntriesAndClosesOutside() throws {
        var (model, _) = try TestSupport.play(TestSupport.model(), script: "a")
        let picker = try #require(model.bits.picker)
        let geometry = picker.geometry(in: model.screenArea)
        // The list starts with fp64 (not shown); clicking it adds it.
        (model, _) = TestSupport.play(model, [TestSupport.click(geometry.list.x + 4, geometry.list.y)])
        #expect(model.session.formats.last == .fp64)
        (model, _) = TestSupport.play(model, [TestSupport.click(0, geometry.box.maxY)])
        #expect(model.bits.picker == nil)
    }

    @Test func helpClosesOnClick() throws {
        let (model, _) = try TestSupport.play(TestSupport.model(), script: "? click:3,3")
        #expect(model.helpScroll == nil)
        #expect(model.session.focus == 0)
    }

    @Test func togglingACodebookIndex() throws {
        // nf4's code for 0.1 is 8 (0.0796); its top index bit clears to code 0, the level -1.
        let (model, _) = try TestSupport.play(TestSupport.model(), script: "up space")
        #expect(model.session.focusedFormat == .fp32)
        let (nf4, _) = try TestSupport.play(TestSupport.model(), script: "end down down down down down down down down home space")
        #expect(nf4.session.focusedFormat == .nf4)
        #expect(TestSupport.code(nf4, .nf4) == 0)
        #expect(nf4.session.source.value == ExactValue(-1.0))
        #expect(model.session.focus == 0)
    }

    @Test func resizeBelowTheMinimumShowsAMessageAndRecovers() throws {
        let model = try TestSupport.model(width: 100, height: 30)
        let (small, _) = TestSupport.play(model, [.resize(Size(width: 79, height: 24))])
        #expect(small.isTooSmall)
        #expect(TestSupport.text(small).contains("Terminal too small: need at least 80x24, have 79x24"))
        let (back, _) = TestSupport.play(small, [.resize(Size(width: 80, height: 24))])
        #expect(!back.isTooSmall)
        #expect(TestSupport.text(back).contains("floatscope"))
        #expect(TestSupport.text(back).contains("fp32"))
    }
}
