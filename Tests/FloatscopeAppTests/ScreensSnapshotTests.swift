import FormatCore
import Testing
import TUICore
@testable import FloatscopeApp

/// Text snapshots of the Values, Range and NF4 screens at the smallest and a large size, with
/// Unicode and with ASCII glyphs. Re-record on purpose only:
/// `FLOATSCOPE_RECORD_SNAPSHOTS=1 swift test --filter FloatscopeAppTests`.
@Suite("Values, Range and NF4 snapshots")
struct ScreensSnapshotTests {
    static let sizes = [(80, 24), (200, 60)]

    /// A screen after a script, in both glyph sets and both sizes.
    func check(_ name: String, value: String = "0.1", formats: [Format] = BitsScreen.defaultFormats, script: String) throws {
        for (width, height) in Self.sizes {
            let (model, _) = try TestSupport.play(TestSupport.model(value, formats: formats, width: width, height: height), script: script)
            Snapshot.check(TestSupport.text(model), named: "\(name)-\(width)x\(height)")
            Snapshot.check(TestSupport.text(model, context: .ascii), named: "\(name)-ascii-\(width)x\(height)")
        }
    }

    @Test func valuesGridOfE4M3() throws {
        try check("values-grid-e4m3fn", formats: [.e4m3fn, .fp16], script: "2 right down")
    }

    @Test func valuesGridOfE2M1AndNF4() throws {
        try check("values-grid-e2m1fn", value: "5", formats: [.e2m1fn, .nf4], script: "2")
        try check("values-grid-nf4", formats: [.e2m1fn, .nf4], script: "2 f")
    }

    @Test func valuesNumberLineAcrossABinadeEdge() throws {
        try check("values-line-fp16", value: "1", formats: [.fp16, .bf16], script: "2 - - left")
    }

    @Test func rangeOfTheBitsFormatsAndFP16VersusBF16() throws {
        try check("range-default", script: "3")
        try check("range-fp16-bf16-70000", value: "70000", script: "3 c")
        try check("range-fp16-bf16-2e-9", value: "2e-9", script: "3 c")
        try check("range-fp8", value: "300", script: "3 p p")
    }

    @Test func nf4BinsAndConstruction() throws {
        try check("nf4-bins", script: "4")
        try check("nf4-int4", script: "4 n")
        try check("nf4-construction", script: "4 i")
    }

    @Test func helpOfEachScreen() throws {
        for screen in ["2", "3", "4"] {
            let (model, _) = try TestSupport.play(TestSupport.model(width: 80, height: 24), script: "\(screen) ?")
            Snapshot.check(TestSupport.text(model), named: "help-screen\(screen)-80x24")
        }
    }
}
