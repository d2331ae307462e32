@testable import AppRuntime
import Foundation
import Sweep
import Testing
import TUICore
@testable import FloatscopeApp

@Suite("AppRunner: background sweeps and export")
struct SweepRunnerTests {
    /// A runner on the Sweep screen.
    func runner() throws -> AppRunner<MemoryBackend> {
        let model = try TestSupport.play(TestSupport.model(width: 100, height: 30), script: "5").0
        return AppRunner(backend: MemoryBackend(width: 100, height: 30), model: model, context: .plain, jobs: SweepJobs(threads: 2))
    }

    /// Handles background messages until the sweep ends (at most `seconds`).
    func waitForTheEnd(_ r: inout AppRunner<MemoryBackend>, seconds: Double = 60) {
        let deadline = Date().addingTimeInterval(seconds)
        while r.model.screens.sweep.isRunning && Date() < deadline {
            _ = r.handleBackground()
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    @Test func aRealSweepRunsInTheBackgroundAndReportsEveryTarget() throws {
        var r = try runner()
        #expect(r.handle(.key(.enter)) == nil)
        #expect(r.model.screens.sweep.isRunning)
        // The app keeps answering while the sweep runs.
        #expect(r.handle(.key(.char("1"))) == nil)
        #expect(r.model.active == .bits)
        waitForTheEnd(&r)
        let results = r.model.screens.sweep.results
        #expect(results.map(\.target) == ["bf16", "fp16", "e4m3fn", "e5m2"])
        #expect(results.allSatisfy { !$0.partial && $0.statistics.elements == 65_536 })
        // fp16 holds every fp16 value; the 8-bit formats do not.
        #expect(results[1].statistics.exact == results[1].statistics.finitePairs)
        #expect(results[1].statistics.rmse == 0)
        #expect(results[2].statistics.rmse > 0 && results[2].overflows > 0)
        #expect(!r.jobs.isBusy)
    }

    @Test func cancellingStopsTheSweepWithPartialFigures() throws {
        var r = try runner()
        _ = r.handle(.key(.char("f")))  // fp32: far too long to finish
        _ = r.handle(.key(.enter))
        let deadline = Date().addingTimeInterval(20)
        while r.model.screens.sweep.run?.progress == nil && Date() < deadline {
            _ = r.handleBackground()
            Thread.sleep(forTimeInterval: 0.01)
        }
        _ = r.handle(.key(.char("c")))
        waitForTheEnd(&r)
        #expect(!r.model.screens.sweep.isRunning)
        #expect(r.model.screens.sweep.results.count <= 1)
        #expect(r.model.screens.sweep.results.allSatisfy { $0.partial })
        #expect(r.model.session.flash?.text.contains("cancelled") == true)
    }

    @Test func slicesAddUpToOneSweepOfTheWholeSourceEvenWithATensorScale() throws {
        let request = SweepRequest(id: 1, source: .fp16Codes, targets: ["e4m3fn", "nvfp4"], rounding: .nearestEven, overflow: .formatDefault)
        let figures = SweepJobs.sweep(request, threads: 2, cancellation: SweepCancellation()) { _ in }
        #expect(figures.map(\.target) == ["e4m3fn", "nvfp4"])
        let engine = SweepEngine(threads: 2)
        for (sliced, name) in zip(figures, request.targets) {
            let target = try #require(SweepJobs.target(name, request: request))
            let whole = engine.run(.allCodes(.fp16), through: target).statistics
            let s = sliced.statistics
            #expect(!sliced.partial)
            #expect(s.elements == whole.elements && s.exact == whole.exact && s.finitePairs == whole.finitePairs)
            #expect(s.overflowToNaN == whole.overflowToNaN && s.underflowToZero == whole.underflowToZero)
            #expect(s.histogram == whole.histogram)
            #expect(abs(s.rmse - whole.rmse) <= 1e-9 * whole.rmse)
            #expect(s.maxRelativeError == whole.maxRelativeError)
        }
    }

    @Test func aFormatWithSixteenCodesIsSweptWhole() {
        #expect(SweepSourcePreset.slices(count: 16, groupLength: 1 << 20) == [0..<16])
        #expect(SweepSourcePreset.slices(count: 1 << 24, groupLength: 1 << 20).count == 16)
        let m: UInt64 = 1 << 20
        let bounds: [UInt64] = [0, m, 2 * m, 3 * m, 4 * m, 5 * m, 5 * m + 3]
        let want: [Range<UInt64>] = (0..<6).map { bounds[$0]..<bounds[$0 + 1] }
        #expect(SweepSourcePreset.slices(count: 5 * m + 3, groupLength: m) == want)
        let request = SweepRequest(id: 1, source: .focusedCodes, focused: .e2m1fn, targets: ["fp16", "int4"], rounding: .nearestEven, overflow: .formatDefault)
        let figures = SweepJobs.sweep(request, threads: 1, cancellation: SweepCancellation()) { _ in }
        #expect(figures.map(\.statistics.elements) == [16, 16])
        #expect(figures[0].statistics.exact == 16 && figures[0].statistics.rmse == 0)
        #expect(figures[1].statistics.exact < 16 && figures[1].statistics.rmse > 0)
    }

    /// The app's "normal(0,1), 1M samples, seed 1" is the CLI's `sweep --dist normal --samples 1M` (seed 1 by default):
    /// the same figures, to the last bit (before, the app cut it into 16 slices with seeds of their own).
    @Test func sampleSourcesGiveTheFiguresOfTheCLI() throws {
        let request = SweepRequest(id: 1, source: .normal1M, targets: ["nf4:64"], rounding: .nearestEven, overflow: .formatDefault)
        #expect(request.source.title(focused: .fp16) == "normal(0,1), 1M samples, seed 1")
        let figures = SweepJobs.sweep(request, threads: 2, cancellation: SweepCancellation()) { _ in }
        for (app, name) in zip(figures, request.targets) {
            let target = try #require(SweepJobs.target(name, request: request))
            let cli = SweepEngine(threads: 2).run(.samples(.normal(mean: 0, sigma: 1), count: 1 << 20, seed: 1), through: target).statistics
            #expect(app.statistics == cli, "\(name)")
        }
    }

    @Test func unknownTargetsAreReportedNotSwept() {
        let request = SweepRequest(id: 1, source: .fp16Codes, targets: ["nope"], rounding: .nearestEven, overflow: .formatDefault)
        #expect(SweepJobs.target("nope", request: request) == nil)
        #expect(SweepJobs.target("nf4:64", request: request)?.bitsPerValue == 4.5)
        let figures = SweepJobs.sweep(request, threads: 1, cancellation: SweepCancellation()) { _ in }
        #expect(figures.map(\.target) == ["nope?"] && figures[0].partial)
    }

    @Test func exportWritesTheSVGAndTheText() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("floatscope-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = try TestSupport.play(TestSupport.model(width: 80, height: 24), script: "5").0
        let frame = App.view(model, context: .plain)
        let result = ScreenExport.write(frame, colorMode: .noColor, name: "sweep", directory: directory.path)
        #expect(!result.failed)
        #expect(result.message == "wrote \(directory.path)/floatscope-sweep.svg and .txt")
        let svg = try String(contentsOf: directory.appendingPathComponent("floatscope-sweep.svg"), encoding: .utf8)
        let text = try String(contentsOf: directory.appendingPathComponent("floatscope-sweep.txt"), encoding: .utf8)
        #expect(svg.hasPrefix("<svg") || svg.contains("<svg xmlns"))
        #expect(text == frame.plainText() + "\n")
        #expect(text.contains("5 Sweep"))
        // A second export never overwrites the first (issue 13, defect 11): it takes the next free name.
        let again = ScreenExport.write(App.view(try TestSupport.play(model, script: "1").0, context: .plain), colorMode: .noColor, name: "sweep", directory: directory.path)
        #expect(again.message == "wrote \(directory.path)/floatscope-sweep-2.svg and .txt")
        #expect(try String(contentsOf: directory.appendingPathComponent("floatscope-sweep.txt"), encoding: .utf8) == text)
        #expect(try String(contentsOf: directory.appendingPathComponent("floatscope-sweep-2.txt"), encoding: .utf8).contains("1 Bits"))
        let failed = ScreenExport.write(frame, colorMode: .noColor, name: "sweep", directory: directory.appendingPathComponent("missing").path)
        #expect(failed.failed)
        // In Chinese (the app's language): both messages.
        let zh = ScreenExport.write(frame, colorMode: .noColor, name: "sweep", directory: directory.path, language: .zh)
        #expect(zh.message == "已写入 \(directory.path)/floatscope-sweep-3.svg 和 .txt")
        let zhFailed = ScreenExport.write(frame, colorMode: .noColor, name: "sweep", directory: directory.appendingPathComponent("missing").path, language: .zh)
        #expect(zhFailed.failed && zhFailed.message.hasPrefix("无法在 "))
    }
}
