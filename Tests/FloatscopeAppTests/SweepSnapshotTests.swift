import Sweep
import Testing
import TUICore
@testable import FloatscopeApp

/// Text snapshots of the Sweep screen (idle, running, finished with fabricated figures) at the
/// smallest and a large size, with Unicode and ASCII glyphs. Re-record on purpose only:
/// `FLOATSCOPE_RECORD_SNAPSHOTS=1 swift test --filter FloatscopeAppTests`.
@Suite("Sweep screen snapshots")
struct SweepSnapshotTests {
    /// The screen after a script and then `messages`, in both glyph sets and both sizes.
    func check(_ name: String, script: String, then messages: [Message] = []) throws {
        for (width, height) in ScreensSnapshotTests.sizes {
            var (model, _) = try TestSupport.play(TestSupport.model(width: width, height: height), script: script)
            (model, _) = TestSupport.play(model, messages)
            Snapshot.check(TestSupport.text(model), named: "\(name)-\(width)x\(height)")
            Snapshot.check(TestSupport.text(model, context: .ascii), named: "\(name)-ascii-\(width)x\(height)")
        }
    }

    @Test func idle() throws {
        try check("sweep-idle", script: "5")
    }

    @Test func runningWithPartialFigures() throws {
        try check("sweep-running", script: "5 enter", then: [
            .sweepFigures(1, index: 0, SweepFixtures.finished[0]),
            .sweepFigures(1, index: 1, SweepFixtures.figures("fp16", bits: 16, error: 1e-4, partial: true)),
            .sweepProgress(1, SweepProgress(done: 98_304, total: 262_144, elapsed: 1.5)),
        ])
    }

    @Test func finishedAndSortedBySQNR() throws {
        try check("sweep-finished", script: "5 enter", then: [.sweepFinished(1, SweepFixtures.finished)] + (try MessageScript.parse("o o o down")))
    }

    @Test func help() throws {
        let (model, _) = try TestSupport.play(TestSupport.model(width: 80, height: 24), script: "5 ?")
        Snapshot.check(TestSupport.text(model), named: "help-screen5-80x24")
    }
}
