import FormatCore
import Testing
import TUICore
@testable import FloatscopeApp

@Suite("update: Values, Range and NF4 keys")
struct ScreensUpdateTests {
    @Test func numberKeysTabAndShiftTabSwitchScreens() throws {
        let model = try TestSupport.model()
        #expect(TestSupport.play(model, try MessageScript.parse("2")).0.active == .values)
        #expect(TestSupport.play(model, try MessageScript.parse("tab tab")).0.active == .range)
        #expect(TestSupport.play(model, try MessageScript.parse("backtab")).0.active == .claims)
        let (none, effects) = TestSupport.play(model, try MessageScript.parse("0"))
        #expect(none.active == .bits && effects.isEmpty && none.session.flash != nil)
    }

    @Test func valuesFollowsTheBitsFocusAndTheSharedValue() throws {
        let (model, _) = try TestSupport.play(TestSupport.model("1.5"), script: "down down down down 2")
        #expect(model.screens.values.format == .e4m3fn)
        #expect(model.screens.values.cursor == 0x3c)
        #expect(model.screens.values.isGrid)
    }

    @Test func gridCursorMovesWrapsAndEnterSharesTheValue() throws {
        let base = try TestSupport.model("1", formats: [.e4m3fn])
        var (model, _) = TestSupport.play(base, try MessageScript.parse("2 right down"))
        // At 100 columns a row holds 8 codes: with 16, cells of 4 columns cannot tell 2^-9 from 2^-8.
        #expect(GridLayout(format: .e4m3fn, area: model.screenArea, cursor: 0).columns == 8)
        #expect(model.screens.values.cursor == 0x38 + 1 + 8)
        (model, _) = TestSupport.play(model, try MessageScript.parse("home left"))
        #expect(model.screens.values.cursor == 0xff)
        (model, _) = TestSupport.play(model, try MessageScript.parse("up enter"))
        #expect(model.session.source.format == .e4m3fn && model.session.source.code == 0xf7)
        // Back on the Bits screen the value is the chosen code.
        (model, _) = TestSupport.play(model, try MessageScript.parse("1"))
        #expect(TestSupport.code(model, .e4m3fn) == 0xf7)
    }

    @Test func numberLineStepsZoomsAndReturnsToTheValue() throws {
        let base = try TestSupport.model("1", formats: [.fp16])
        var (model, _) = TestSupport.play(base, try MessageScript.parse("2"))
        #expect(!model.screens.values.isGrid && model.screens.values.cursor == 0x3c00)
        (model, _) = TestSupport.play(model, try MessageScript.parse("left left pgdn + + -"))
        #expect(model.screens.values.cursor == 0x3bfe + 8)
        #expect(model.screens.values.ticks == 8)
        #expect(model.screens.values.visibleCodes().count == 9)
        (model, _) = TestSupport.play(model, try MessageScript.parse("v"))
        #expect(model.screens.values.cursor == 0x3c00)
    }

    @Test func valuesFormatKeysCycleTheList() throws {
        let (model, _) = try TestSupport.play(TestSupport.model(formats: [.fp16, .e5m2, .int(4)]), script: "2 f f")
        #expect(model.screens.values.format == .int(4))
        let (back, _) = TestSupport.play(model, try MessageScript.parse("F F F"))
        #expect(back.screens.values.format == .int(4))
    }

    @Test func rangeGroupsAndTheFP16Comparison() throws {
        var (model, _) = try TestSupport.play(TestSupport.model("70000"), script: "3 c")
        #expect(model.screens.range.group(model.session).formats == [.fp16, .bf16])
        let bars = model.screens.range.group(model.session).formats.compactMap { RangeBar($0, session: model.session) }
        #expect(bars.map(\.verdict) == ["overflows", "fits"])
        (model, _) = TestSupport.play(model, try MessageScript.parse("p p P"))
        #expect(model.screens.range.group(model.session).name == RangeGroup.presets[0].name)
        (model, _) = TestSupport.play(model, try MessageScript.parse("b"))
        #expect(model.screens.range.group(model.session).formats == BitsScreen.defaultFormats)
        let tiny = try TestSupport.model("2e-9")
        let verdicts = [Format.fp16, .bf16].compactMap { RangeBar($0, session: tiny.session)?.verdict }
        #expect(verdicts == ["underflows to 0", "fits"])
    }

    @Test func nf4KeysAndQuantiserFacts() throws {
        var (model, _) = try TestSupport.play(TestSupport.model(), script: "4 n n N i")
        #expect(model.screens.nf4.selected == 1 && model.screens.nf4.showsConstruction)
        (model, _) = TestSupport.play(model, try MessageScript.parse("i left left"))
        #expect(model.screens.nf4.selected == 3 && !model.screens.nf4.showsConstruction)
        let nf4 = Quantizer.all[0]
        #expect(nf4.levels.count == 16 && nf4.boundaries.count == 15)
        #expect(abs(nf4.shares.reduce(0, +) - 1) < 1e-12)
        // NF4's levels come back from the recipe: the quantiles normalised by the outermost one.
        let (positive, negative) = NF4Screen.quantiles()
        let rebuilt = (positive + negative + [0]).map { $0 / positive[0] }.sorted()
        for (a, b) in zip(rebuilt, nf4.levels) { #expect(abs(a - b) < 1e-6) }
        // NF4 beats INT4, E2M1 and bnb-fp4 on normal data.
        #expect(Quantizer.all.dropFirst().allSatisfy { $0.sqnr < nf4.sqnr })
    }

    @Test func compactNumbersFitTheirCells() {
        #expect(CompactNumber.text(448, width: 4) == "448")
        #expect(CompactNumber.text(0.001953125, width: 4) == "2m")
        #expect(CompactNumber.text(-57344, width: 5) == "-57k")
        #expect(CompactNumber.text(1.125, width: 5) == "1.125")
        #expect(CompactNumber.text(.infinity, width: 4) == "inf")
        for v in [1e-30, -3.4e38, 0.0625, -0.0009765625, 1.7976931348623157e308] {
            for w in 3...8 { #expect(CompactNumber.text(v, width: w).count <= max(w, 3)) }
        }
    }
}
