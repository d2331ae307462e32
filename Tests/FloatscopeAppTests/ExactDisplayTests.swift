import FormatCore
import Testing
import TUICore
@testable import FloatscopeApp

/// Values shown as stored (issue 13, defect 5): exact where they fit, otherwise marked ≈ with
/// enough digits to tell them from their neighbours; "=" only before exact text.
@Suite("Exact display of values and errors")
struct ExactDisplayTests {
    @Test func bitsRowsShowTheStoredValueAndExactErrors() throws {
        let model = try TestSupport.model("0.1", width: 120, height: 40)
        let text = TestSupport.text(model)
        #expect(text.contains("0.10009765625"))     // bf16(0.1), once shown as "0.1"
        let int8 = try TestSupport.model("70000", formats: [.fp32, .int(8)], width: 120, height: 40)
        #expect(int8.bits.facts.rows[1].absoluteError.widest == "69873")   // once "69900"
        #expect(TestSupport.text(int8).contains("69873"))
    }

    @Test func numberLineAndGridSelectionAreExact() throws {
        let (top, _) = try TestSupport.play(TestSupport.model("65504", formats: [.fp16], width: 100, height: 30), script: "2")
        #expect(TestSupport.text(top).contains("65504"))                  // once "65500"
        let (below, _) = try TestSupport.play(TestSupport.model("64992", formats: [.fp16], width: 100, height: 30), script: "2")
        #expect(below.screens.values.cursor == 0x7bef)
        #expect(TestSupport.text(below).contains("64992"))                // once "65000"
        let (grid, _) = try TestSupport.play(TestSupport.model("0.4375", formats: [.e4m3fn], width: 80, height: 24), script: "2")
        #expect(TestSupport.text(grid).contains("= 0.4375"))              // once "= 0.44"
    }

    @Test func everyGridCellTellsItsCodeApartAt80Columns() throws {
        for format in [Format.e4m3fn, .e5m2, .e4m3fnuz, .e3m4, .e8m0fnu, .e2m3fn, .nf4, .int(8)] {
            let area = Rect(x: 0, y: 1, width: 80, height: 22)
            let layout = GridLayout(format: format, area: area, cursor: 0)
            let texts = GridCellTexts.of(format, width: layout.textWidth).texts
            for (code, text) in texts.enumerated() where format.decode(UInt64(code)).isFinite {
                #expect(text.distinguishes && text.columns <= layout.textWidth, "\(format.name) code \(code): \(text.text)")
            }
        }
    }

    @Test func aRelativeErrorOfExactlyOneIsShownExact() throws {
        // 2^-1074 underflows to 0 in fp32: the relative error is |x - 0| / |x| = 1 exactly, once "≈1"
        // (the quotient is not in lowest terms, and a denominator with other factors was taken for
        // a value without a finite expansion).
        let model = try TestSupport.model("4.9e-324", formats: [.fp64, .fp32], width: 200, height: 40)
        let relative = model.bits.facts.rows[1].relativeError
        #expect(relative.widest == "1" && relative.isExact(width: 10))
        let third = try TestSupport.model("1/3", formats: [.fp32, .e4m3fn], width: 200, height: 40)
        #expect(third.bits.facts.rows[1].relativeError.widest == "0.03125")    // |0.34375 - 1/3| / (1/3), once "≈0.0312"
    }

    @Test func longValuesAreCutBeforeTheyAreExpandedAgainAndAgain() {
        // 2^-2990's error has about 2,090 significant digits; every width once expanded them all.
        let tiny = ExactValue(negative: false, significand: 3, exponent: -2990)
        let text = FittedText(tiny, maxWidth: 10, minWidth: 5, minimumDigits: 3)
        #expect(text.widest.hasPrefix("≈") && text.widest.hasSuffix("e-900"))
    }
}
