@testable import AppRuntime
import Foundation
import Testing
import TUICore
@testable import FloatscopeApp

/// The Model screen's measurement through the real runner: a background thread posting messages.
@Suite("AppRunner: background model measurement")
struct ModelRunnerTests {
    /// A runner on the Model screen with the fixture.
    func runner() throws -> AppRunner<MemoryBackend> {
        AppRunner(backend: MemoryBackend(width: 100, height: 30), model: try ModelFixtures.model(), context: .plain, jobs: SweepJobs(threads: 2))
    }

    /// Handles background messages until the measurement ends (at most `seconds`).
    func waitForTheEnd(_ r: inout AppRunner<MemoryBackend>, seconds: Double = 60) {
        let deadline = Date().addingTimeInterval(seconds)
        while (r.model.screens.model.run == nil || r.model.screens.model.isMeasuring) && Date() < deadline {
            _ = r.handleBackground()
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    @Test func theMeasurementRunsInTheBackgroundAndReportsEveryTensor() throws {
        var r = try runner()
        #expect(r.handle(.launched) == nil)
        #expect(r.model.screens.model.isMeasuring)
        // Keys work meanwhile.
        #expect(r.handle(.key(.character("s", modifiers: []))) == nil)
        #expect(r.model.screens.model.sort == .size)
        waitForTheEnd(&r)
        let screen = r.model.screens.model
        #expect(screen.run?.ended == true && screen.run?.problem == nil)
        #expect(screen.reports.compactMap { $0 } == ModelFixtures.reports)
        #expect(screen.run?.done == screen.run?.total)
        #expect(r.model.session.flash?.text.hasPrefix("measured 8 tensors in ≈") == true)
        #expect(!r.jobs.isBusy)
    }

    @Test func quittingCancelsTheMeasurement() throws {
        var r = try runner()
        _ = r.handle(.launched)
        let jobs = r.jobs
        #expect(jobs.isBusy)
        #expect(r.handle(.key(.character("q", modifiers: []))) == 0)
        _ = r.finish(0)
        // The job ends (cancelled or, on a fast machine, done) and leaves nothing running.
        let deadline = Date().addingTimeInterval(30)
        while jobs.isBusy && Date() < deadline {
            _ = jobs.drain()
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(!jobs.isBusy)
    }
}
