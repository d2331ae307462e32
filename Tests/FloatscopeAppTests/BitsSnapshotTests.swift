import Testing
import TUICore
@testable import FloatscopeApp

/// Text snapshots of the Bits screen (Unicode glyphs, no colour). Re-record on purpose only:
/// `FLOATSCOPE_RECORD_SNAPSHOTS=1 swift test --filter FloatscopeAppTests`.
@Suite("Bits screen snapshots")
struct BitsSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]
    static let values = [("0.1", "0.1"), ("65504", "65504"), ("1e-8", "1e-8"), ("-0", "minus-zero"), ("nan", "nan")]

    @Test(arguments: values)
    func value(_ value: (text: String, name: String)) throws {
        for (width, height) in Self.sizes {
            let model = try TestSupport.model(value.text, width: width, height: height)
            Snapshot.check(TestSupport.text(model), named: "bits-\(value.name)-\(width)x\(height)")
        }
    }

    @Test func helpOverlay() throws {
        for (width, height) in Self.sizes {
            let (model, _) = try TestSupport.play(TestSupport.model(width: width, height: height), script: "?")
            Snapshot.check(TestSupport.text(model), named: "bits-help-\(width)x\(height)")
        }
    }

    @Test func toggledStepsPickerAndError() throws {
        let (toggled, _) = try TestSupport.play(TestSupport.model("65504", width: 80, height: 24), script: "down down down right space +")
        Snapshot.check(TestSupport.text(toggled), named: "bits-65504-toggled-80x24")
        let (picker, _) = try TestSupport.play(TestSupport.model(width: 80, height: 24), script: "a down")
        Snapshot.check(TestSupport.text(picker), named: "bits-picker-80x24")
        let (error, _) = try TestSupport.play(TestSupport.model(width: 80, height: 24), script: "/ type:fp16:0x1 bs type:zz enter")
        Snapshot.check(TestSupport.text(error), named: "bits-error-80x24")
    }

    @Test func asciiAndNoColourAtTheLimits() throws {
        let model = try TestSupport.model("1/3", formats: [.fp64, .fp32, .e8m0fnu, .bnbFP4, .uint(4)], width: 80, height: 24)
        Snapshot.check(TestSupport.text(model, context: .ascii), named: "bits-third-ascii-80x24")
        let wide = try TestSupport.model("2^-149", width: 240, height: 70)
        Snapshot.check(TestSupport.text(wide), named: "bits-min-subnormal-240x70")
    }
}
