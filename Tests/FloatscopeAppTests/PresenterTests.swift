import FormatCore
import Testing
@testable import TUICore
@testable import FloatscopeApp

/// Presenter mode: `P`/F5/`--present`, no chrome, high contrast, the Bits screen's big view.
@Suite("Presenter mode")
struct PresenterTests {
    static func presenting(_ value: String = "0.1", formats: [Format] = BitsScreen.defaultFormats, width: Int = 80, height: Int = 24) throws -> AppModel {
        try AppModel(configuration: AppConfiguration(valueText: value, formats: formats, presenting: true), size: Size(width: width, height: height))
    }

    /// The big ≈ as it appears in a frame (its second row).
    static let bigApprox = BigFont.glyph("≈")!.rows[1]

    @Test func capitalPTogglesPresenterModeAndF5Too() throws {
        var (model, effects) = try TestSupport.play(TestSupport.model(width: 80, height: 24), script: "P")
        #expect(effects.isEmpty)
        #expect(model.presenting && model.bits.presenting)
        #expect(model.screenArea == Rect(x: 0, y: 0, width: 80, height: 24))
        #expect(model.session.flash?.text == "presenter mode: P or F5 leaves it")
        (model, _) = try TestSupport.play(model, script: "P")
        #expect(!model.presenting && !model.bits.presenting)
        #expect(model.screenArea == Rect(x: 0, y: 1, width: 80, height: 22))
        (model, _) = TestSupport.play(model, [.key(.function(5))])
        #expect(model.presenting)
        // Lower-case p is not the key.
        let (lower, _) = try TestSupport.play(TestSupport.model(width: 80, height: 24), script: "p")
        #expect(!lower.presenting)
    }

    @Test func pIsTypedWhileEditingAndIsTheRangeScreensKeyWhereF5StillWorks() throws {
        let (typing, _) = try TestSupport.play(TestSupport.model(width: 80, height: 24), script: "/ P")
        #expect(!typing.presenting && typing.bits.editor.text.hasSuffix("P"))
        let (range, _) = try TestSupport.play(TestSupport.model(width: 80, height: 24), script: "3 P")
        #expect(range.active == .range && !range.presenting)
        let (f5, _) = TestSupport.play(range, [.key(.function(5))])
        #expect(f5.presenting && f5.active == .range)
    }

    @Test func theHelpListsTheKey() throws {
        #expect(HelpOverlay.global.entries.contains { $0.keys == "P F5" })
        let (model, _) = try TestSupport.play(TestSupport.model(width: 120, height: 40), script: "?")
        #expect(TestSupport.text(model).contains("P F5          presenter mode"))
    }

    @Test func theChromeIsHiddenOnEveryScreen() throws {
        for screen in ScreenID.allCases {
            let normal = try TestSupport.play(TestSupport.model(width: 80, height: 24), script: "\(screen.rawValue)").0
            // F5: the Range screen keeps P for its previous group.
            let (model, _) = TestSupport.play(normal, [.key(.function(5)), .tick] + Array(repeating: .tick, count: Flash.defaultTicks))
            #expect(model.presenting)
            let text = TestSupport.text(model)
            #expect(TestSupport.text(normal).hasPrefix(" floatscope"))
            #expect(!text.contains("floatscope   1 Bits"), "title bar on \(screen)")
            #expect(!text.contains("rounding nearest-even (r)"), "status line on \(screen)")
        }
    }

    @Test func highContrastHasNoDimOrGreyAndEverythingBold() throws {
        for appearance in Appearance.allCases {
            let context = RenderContext(colorMode: .ansi256, theme: Theme.standard(for: .ansi256, appearance: appearance))
            let normal = App.view(try TestSupport.model(width: 80, height: 24), context: context)
            #expect(normal.cells.contains { $0.style.attributes.contains(.dim) || CellBuffer.isGrey($0.style.foreground) })
            for screen in [ScreenID.bits, .values, .range] {
                let model = try TestSupport.play(Self.presenting(), script: "\(screen.rawValue)").0
                let frame = App.view(model, context: context)
                #expect(!frame.cells.contains { $0.style.attributes.contains(.dim) }, "dim on \(screen)")
                #expect(!frame.cells.contains { CellBuffer.isGrey($0.style.foreground) }, "grey text on \(screen)")
                #expect(frame.cells.allSatisfy { $0.style.attributes.contains(.bold) })
            }
        }
    }

    @Test func theLightThemePaintsEveryCellOnALightPage() throws {
        let context = RenderContext(colorMode: .ansi256, theme: .light)
        for model in [try TestSupport.model(width: 80, height: 24), try Self.presenting()] {
            let frame = App.view(model, context: context)
            #expect(frame.cells.allSatisfy { $0.style.background != .default && $0.style.foreground != .default })
            #expect(frame.cells.filter { $0.style.background == Theme.lightPage.background }.count > frame.cells.count / 2)
        }
    }

    @Test func aRoundedValueAlwaysCarriesTheBigApproxMark() throws {
        // 1 + 2^-23 in fp32: exact 1.00000011920928955078125 (25 characters, 121 columns in big glyphs).
        let model = try Self.presenting("0x1.000002p0", formats: [.fp32, .fp16])
        let row = model.bits.facts.rows[0]
        #expect(row.value.widest == "1.00000011920928955078125" && row.value.isExact(width: 25))
        let narrow = try #require(BigValueText(row.value, maxWidth: RowFacts.valueWidth, room: 78))
        #expect(!narrow.isExact && narrow.text.hasPrefix("≈"))
        let wide = try #require(BigValueText(row.value, maxWidth: RowFacts.valueWidth, room: 121))
        #expect(wide.isExact && wide.text == "1.00000011920928955078125")
        #expect(BigValueText(row.value, maxWidth: RowFacts.valueWidth, room: 120)?.isExact == false)
        let text = TestSupport.text(model)
        #expect(text.contains(Self.bigApprox))
        #expect(text.contains("≈ rounded; exact 1.00000011920928955078125"))
        // At 120 columns it still does not fit (121 > 118): rounded again, never cut.
        let wider = try Self.presenting("0x1.000002p0", formats: [.fp32], width: 120, height: 40)
        #expect(TestSupport.text(wider).contains(Self.bigApprox))
        // An exact value has no mark anywhere in its big rows.
        let exact = TestSupport.text(try Self.presenting("65504"))
        #expect(!exact.contains(Self.bigApprox) && exact.contains("= the exact value of fp32 code 0x477fe000"))
    }

    @Test(arguments: ["0.1", "1/3", "65504", "-0", "inf", "nan", "1e-8", "2^-149", "1e400", "-6.5e4", "3.14159"])
    func theBigTextIsTheExactValueOrMarked(_ value: String) throws {
        for format in BitsScreen.defaultFormats + [.fp64, .e5m2fnuz, .bnbFP4, .uint(4)] {
            let model = try TestSupport.model(value, formats: [format], width: 80, height: 24)
            let row = model.bits.facts.rows[0]
            let exact = ValueText.exact(format.decode(row.code).exact)
            for room in [10, 30, 50, 78, 118, 200] {
                guard let big = BigValueText(row.value, maxWidth: RowFacts.valueWidth, room: room) else { continue }
                #expect((BigText.width(of: big.text) ?? .max) <= room)
                if big.isExact {
                    #expect(exact.isExact && big.text == exact.text, "\(value) in \(format.name): \(big.text) shown as exact")
                } else {
                    #expect(big.text.hasPrefix("≈"), "\(value) in \(format.name): rounded \(big.text) without ≈")
                }
            }
        }
    }

    @Test func theMouseOnlyEditsAndStepsInTheBigView() throws {
        let model = try Self.presenting("1", formats: [.fp16])
        let (clicked, _) = TestSupport.play(model, [TestSupport.click(20, 12)])
        #expect(clicked.session.source == model.session.source && !clicked.bits.isEditing)
        let (edit, _) = TestSupport.play(model, [TestSupport.click(12, 0)])
        #expect(edit.bits.isEditing)
        let (wheel, _) = TestSupport.play(model, [.mouse(MouseEvent(kind: .wheelUp, button: 0, x: 20, y: 12))])
        #expect(TestSupport.code(wheel, .fp16) == 0x3c01)
        // No title bar to click.
        let (top, _) = TestSupport.play(model, [TestSupport.click(14, 0)])
        #expect(top.active == .bits)
    }

    @Test func snapshots() throws {
        let cases: [(value: String, keys: String, name: String)] = [
            ("0.1", "", "0.1-fp32"), ("0.1", "down down down", "0.1-fp16"), ("1e400", "down down down", "1e400-fp16"),
            ("-6.5e4", "down down down down down", "minus-65000-e5m2"), ("0x1.000002p0", "", "one-plus-ulp-fp32"),
        ]
        for (width, height) in [(80, 24), (120, 40)] {
            for c in cases {
                let (model, _) = try TestSupport.play(Self.presenting(c.value, width: width, height: height), script: c.keys)
                let frame = App.view(model, context: .plain)
                #expect(frame.strayCells == 0)
                Snapshot.check(frame.plainText(), named: "bits-present-\(c.name)-\(width)x\(height)")
            }
        }
        let fp64 = try Self.presenting("0.1", formats: [.fp64, .int(8), .nf4], width: 80, height: 24)
        Snapshot.check(TestSupport.text(fp64), named: "bits-present-0.1-fp64-80x24")
        let ascii = try Self.presenting("0.1", formats: [.bf16], width: 80, height: 24)
        Snapshot.check(TestSupport.text(ascii, context: .ascii), named: "bits-present-0.1-bf16-ascii-80x24")
    }
}
