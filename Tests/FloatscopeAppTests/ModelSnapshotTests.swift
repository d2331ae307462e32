import Testing
import TUICore
@testable import FloatscopeApp

/// Text snapshots of the Model screen with the tiny llama fixture at 80x24 and 100x30, Unicode and
/// ASCII. Re-record on purpose only: `FLOATSCOPE_RECORD_SNAPSHOTS=1 swift test --filter FloatscopeAppTests`.
@Suite("Model screen snapshots")
struct ModelSnapshotTests {
    static let sizes = [(80, 24), (100, 30)]

    /// The screen of `make(width, height)`, in both glyph sets and both sizes.
    func check(_ name: String, ascii: Bool = true, _ make: (Int, Int) throws -> AppModel) rethrows {
        for (width, height) in Self.sizes {
            let model = try make(width, height)
            Snapshot.check(TestSupport.text(model), named: "\(name)-\(width)x\(height)")
            if ascii { Snapshot.check(TestSupport.text(model, context: .ascii), named: "\(name)-ascii-\(width)x\(height)") }
        }
    }

    @Test func noFile() throws {
        try check("model-no-file", ascii: false) { try ModelFixtures.model(width: $0, height: $1, file: false) }
    }

    @Test func measuring() throws {
        try check("model-measuring", ascii: false) { try ModelFixtures.measuring([0, 2, 3], width: $0, height: $1) }
    }

    @Test func finished() throws {
        try check("model-finished") { try ModelFixtures.finished(width: $0, height: $1) }
    }

    @Test func sortedByErrorInAnotherFormat() throws {
        try check("model-e4m3fn-by-error", ascii: false) { width, height in
            try TestSupport.play(ModelFixtures.finished(width: width, height: height), script: "F F F F F F s s down").0
        }
    }

    @Test func heatmap() throws {
        try check("model-heatmap") { width, height in
            try TestSupport.play(ModelFixtures.finished(width: width, height: height), script: "h down down").0
        }
    }

    @Test func help() throws {
        let (model, _) = try TestSupport.play(ModelFixtures.finished(width: 80, height: 24), script: "?")
        Snapshot.check(TestSupport.text(model), named: "help-screen7-80x24")
    }

    @Test func tooSmall() throws {
        let model = try ModelFixtures.finished(width: 79, height: 23)
        #expect(TestSupport.text(model).contains("Terminal too small: need at least 80x24, have 79x23"))
    }
}
