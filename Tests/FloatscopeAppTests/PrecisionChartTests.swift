import FormatCore
import Testing
import TUICore
@testable import FloatscopeApp

/// The relative-spacing chart from each column's true range, not samples (issue 13, defect 9).
@Suite("Precision chart: true ranges per column")
struct PrecisionChartTests {
    static let session = Session(source: ValueSource(parsed: try! ValueParser.parse("1", context: nil), text: "1"))

    @Test func normalsGiveAFlatBandEveryColumn() throws {
        let bf16 = try #require(RangeBar(.bf16, session: Self.session))
        let e8m0 = try #require(RangeBar(.e8m0fnu, session: Self.session))
        // Spans of three binades (what a column covers at 80 columns) anywhere in the normals.
        for start in stride(from: -120.0, to: 120, by: 0.37) {
            let band = try #require(PrecisionChart.relativeSpacingRange(bf16, from: start, to: start + 3))
            #expect(band.low == -8 && band.high == -7)
            let flat = try #require(PrecisionChart.relativeSpacingRange(e8m0, from: start, to: start + 3))
            #expect(flat.low == -1 && flat.high == 0)
        }
        // Within one binade the ratio only falls.
        let narrow = try #require(PrecisionChart.relativeSpacingRange(bf16, from: 3.25, to: 3.5))
        #expect(narrow.high == -7.25 && narrow.low == -7.5)
    }

    @Test func sharedCellsShowBothFormats() throws {
        // fp16 and tf32 have the same 10 mantissa bits: their bands coincide and are marked shared.
        let (model, _) = try TestSupport.play(TestSupport.model("1", width: 120, height: 40), script: "3 p")
        let text = TestSupport.text(model)
        #expect(text.contains("& shared"))
        let lines = text.split(separator: "\n").map(String.init)
        let chart = lines.drop { !$0.contains("relative spacing") }.dropFirst()
        // bf16's band ('x' or '&') fills its two rows without gaps across the middle of the axis.
        let bandRows = chart.filter { $0.filter { $0 == "x" || $0 == "&" }.count > 40 }
        #expect(bandRows.count == 2)
    }
}
