import FormatCore
import Sweep
import Testing
import TUICore
@testable import FloatscopeApp

@Suite("update: Sweep screen keys and sweep messages")
struct SweepUpdateTests {
    /// A model on the Sweep screen.
    func sweepModel() throws -> AppModel {
        try TestSupport.play(TestSupport.model(), script: "5").0
    }

    @Test func fiveShowsTheSweepScreen() throws {
        let model = try sweepModel()
        #expect(model.active == .sweep)
        #expect(!model.screens.sweep.isRunning)
        #expect(TestSupport.text(model).contains("idle: no sweep yet"))
    }

    @Test func presetsCycleAndEnterStartsARequestWithTheSessionRounding() throws {
        var (model, effects) = try TestSupport.play(sweepModel(), script: "f f t r s")
        #expect(effects.isEmpty)
        #expect(model.screens.sweep.source == .normal1M)
        #expect(model.screens.sweep.targets == .fourBitBlocks)
        (model, _) = try TestSupport.play(model, script: "F")
        #expect(model.screens.sweep.source == .fp32Codes)
        (model, effects) = try TestSupport.play(model, script: "enter")
        let expected = SweepRequest(id: 1, source: .fp32Codes, focused: .fp32, targets: ["nf4:64", "int4:64", "mxfp4", "nvfp4"],
                                    rounding: model.session.rounding, overflow: .saturate)
        #expect(model.session.rounding != .nearestEven)
        #expect(effects == [.startSweep(expected)])
        #expect(model.screens.sweep.run?.request == expected)
        #expect(model.screens.sweep.nextID == 2)
    }

    @Test func theFocusedFormatIsASourceWhenItCanBeSweptExhaustively() throws {
        var (model, effects) = try TestSupport.play(TestSupport.model(formats: [.e4m3fn, .fp16]), script: "5 F enter")
        #expect(model.screens.sweep.source == .focusedCodes)
        #expect(model.screens.sweep.sourceTitle(model.session) == "e4m3fn, all codes")
        guard case .startSweep(let request)? = effects.first else { Issue.record("no sweep started"); return }
        #expect(request.source == .focusedCodes && request.focused == .e4m3fn)
        (model, effects) = try TestSupport.play(TestSupport.model(formats: [.fp64, .fp16]), script: "5 F enter")
        #expect(effects.isEmpty && !model.screens.sweep.isRunning)
        #expect(model.session.flash?.tone == .error)
        #expect(model.session.flash?.text.contains("fp64") == true)
    }

    @Test func bitsFormatsPresetFollowsTheBitsScreen() throws {
        let model = try TestSupport.play(TestSupport.model(formats: [.fp32, .e4m3fn]), script: "5 t t").0
        #expect(model.screens.sweep.targetNames(model.session) == ["fp32", "e4m3fn"])
    }

    @Test func whileRunningSetupKeysAreRefusedAndCOrEscCancel() throws {
        var (model, effects) = try TestSupport.play(sweepModel(), script: "enter f enter")
        #expect(effects.count == 1)
        #expect(model.screens.sweep.source == .fp16Codes)
        #expect(model.session.flash?.text.contains("already running") == true)
        (model, effects) = TestSupport.play(model, try MessageScript.parse("c"))
        #expect(effects == [.cancelSweep(1)])
        #expect(model.screens.sweep.run?.cancelling == true)
        // A second cancel asks nothing more; Esc while cancelling does not quit.
        (model, effects) = TestSupport.play(model, [.key(.escape)])
        #expect(effects.isEmpty)
        // Esc cancels a fresh sweep too.
        (model, _) = TestSupport.play(model, [.sweepFinished(1, [])])
        (model, effects) = TestSupport.play(model, [.key(.enter), .key(.escape)])
        #expect(effects == [.startSweep(model.screens.sweep.run!.request), .cancelSweep(2)])
    }

    @Test func escWithoutASweepQuitsAndCSaysSo() throws {
        var (model, effects) = try TestSupport.play(sweepModel(), script: "c")
        #expect(effects.isEmpty && model.session.flash?.text.contains("no sweep running") == true)
        // Esc cancels or closes; with nothing to cancel it says how to quit (issue 13, defect 11).
        (model, effects) = TestSupport.play(model, [.key(.escape)])
        #expect(effects.isEmpty && model.session.flash?.text.contains("q quits") == true)
    }

    @Test func progressAndFiguresFoldIntoTheRunAndFinishedBecomesResults() throws {
        var (model, _) = try TestSupport.play(sweepModel(), script: "enter")
        let progress = SweepProgress(done: 1000, total: 4000, elapsed: 0.5)
        (model, _) = TestSupport.play(model, [.sweepProgress(1, progress), .sweepProgress(7, SweepProgress(done: 1, total: 2, elapsed: 1))])
        #expect(model.screens.sweep.run?.progress == progress)
        let partial = SweepFixtures.figures("bf16", bits: 16, error: 1e-3, partial: true)
        (model, _) = TestSupport.play(model, [.sweepFigures(1, index: 0, partial)])
        #expect(model.screens.sweep.run?.figures == [partial])
        #expect(model.screens.sweep.run?.currentTarget == 0)
        (model, _) = TestSupport.play(model, [.sweepFigures(1, index: 0, SweepFixtures.finished[0]), .sweepFigures(1, index: 5, partial)])
        #expect(model.screens.sweep.run?.figures == [SweepFixtures.finished[0]])
        #expect(model.screens.sweep.run?.currentTarget == 1)
        #expect(TestSupport.text(model).contains(" 25%"))
        (model, _) = TestSupport.play(model, [.sweepFinished(1, SweepFixtures.finished)])
        #expect(!model.screens.sweep.isRunning)
        #expect(model.screens.sweep.results == SweepFixtures.finished)
        #expect(model.session.flash?.text.hasPrefix("sweep done: 4 targets") == true)
        // Reports of a sweep that is over change nothing.
        let (after, _) = TestSupport.play(model, [.sweepProgress(1, progress), .sweepFigures(1, index: 0, partial)])
        #expect(after.screens.sweep == model.screens.sweep)
    }

    @Test func aCancelledSweepKeepsItsPartialFigures() throws {
        var (model, _) = try TestSupport.play(sweepModel(), script: "enter c")
        let partial = SweepFixtures.figures("bf16", bits: 16, error: 1e-3, partial: true)
        (model, _) = TestSupport.play(model, [.sweepFinished(1, [partial])])
        #expect(model.screens.sweep.results == [partial])
        #expect(model.session.flash?.tone == .warning)
        #expect(TestSupport.text(model).contains("cancelled: fp16, all codes, 1 target"))
    }

    @Test func oCyclesTheSortColumnAndRowsFollowIt() throws {
        var (model, _) = try TestSupport.play(sweepModel(), script: "enter")
        (model, _) = TestSupport.play(model, [.sweepFinished(1, SweepFixtures.finished)])
        let names = { (m: AppModel) in m.screens.sweep.sortedRows.map { m.screens.sweep.shownFigures[$0].target } }
        #expect(names(model) == ["bf16", "fp16", "e4m3fn", "e5m2"])
        (model, _) = try TestSupport.play(model, script: "o")
        #expect(model.screens.sweep.sort == .bits)
        #expect(names(model) == ["e4m3fn", "e5m2", "bf16", "fp16"])
        (model, _) = try TestSupport.play(model, script: "o")
        #expect(names(model) == ["fp16", "bf16", "e4m3fn", "e5m2"])
        (model, _) = try TestSupport.play(model, script: "o")
        #expect(model.screens.sweep.sort == .sqnr)
        #expect(names(model) == ["fp16", "bf16", "e4m3fn", "e5m2"])
        (model, _) = try TestSupport.play(model, script: "o")
        #expect(names(model) == ["bf16", "fp16", "e5m2", "e4m3fn"])
        (model, _) = try TestSupport.play(model, script: "o")
        #expect(model.screens.sweep.sort == .target)
    }

    @Test func arrowsPickTheRowWhoseHistogramShows() throws {
        var (model, _) = try TestSupport.play(sweepModel(), script: "enter")
        (model, _) = TestSupport.play(model, [.sweepFinished(1, SweepFixtures.finished)])
        (model, _) = try TestSupport.play(model, script: "down down down down down")
        #expect(model.screens.sweep.selectedFigures?.target == "e5m2")
        (model, _) = try TestSupport.play(model, script: "up k")
        #expect(model.screens.sweep.selectedFigures?.target == "fp16")
        #expect(TestSupport.text(model).contains("ULP error of fp16"))
    }

    @Test func otherScreensWorkDuringASweep() throws {
        var (model, _) = try TestSupport.play(sweepModel(), script: "enter 1 space 2 3")
        #expect(model.active == .range)
        #expect(model.screens.sweep.isRunning)
        (model, _) = TestSupport.play(model, [.sweepProgress(1, SweepProgress(done: 1, total: 2, elapsed: 1))])
        #expect(model.screens.sweep.run?.progress?.done == 1)
        (model, _) = TestSupport.play(model, [.sweepFinished(1, SweepFixtures.finished)])
        #expect(model.screens.sweep.results.count == 4)
    }

    @Test func xAsksToExportTheScreenAndTheReportShows() throws {
        var (model, effects) = try TestSupport.play(sweepModel(), script: "x")
        #expect(effects == [.export(name: "sweep")])
        (model, effects) = try TestSupport.play(model, script: "1 x")
        #expect(effects == [.export(name: "bits")])
        (model, _) = TestSupport.play(model, [.exported("wrote floatscope-bits.svg + .txt", failed: false)])
        #expect(model.session.flash?.text == "wrote floatscope-bits.svg + .txt")
        #expect(model.session.flash?.tone == .ok)
    }
}

/// A sweep running in the background shows on every screen (issue 13, defect 11).
@Suite("Sweep: progress on the other screens")
struct SweepProgressEverywhereTests {
    @Test func theTitleBarShowsARunningSweep() throws {
        var (model, effects) = try TestSupport.play(TestSupport.model(), script: "5 enter 1")
        guard case .startSweep(let request)? = effects.first else { Issue.record("no sweep started"); return }
        #expect(model.active == .bits)
        #expect(TestSupport.text(model).split(separator: "\n")[0].contains("sweep 0% (5)"))
        (model, _) = TestSupport.play(model, [.sweepProgress(request.id, SweepProgress(done: 1, total: 4, elapsed: 1))])
        for screen in ["1", "2", "3", "4"] {
            let shown = try TestSupport.play(model, script: screen).0
            #expect(TestSupport.text(shown).split(separator: "\n")[0].contains("sweep 25% (5)"))
        }
        (model, _) = TestSupport.play(model, [.sweepFinished(request.id, [])])
        #expect(!TestSupport.text(model).split(separator: "\n")[0].contains("sweep"))
    }
}
