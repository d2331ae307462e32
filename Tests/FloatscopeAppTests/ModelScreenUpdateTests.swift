import Measure
import Synchronization
import Testing
import TUICore
@testable import FloatscopeApp

/// The Model screen's update logic: starting the measurement, its messages, keys, sort orders and
/// format cycling, with the tiny llama fixture measured for real.
@Suite("Model screen updates")
struct ModelScreenUpdateTests {
    @Test func launchStartsOneMeasurementOfTheHandedInFile() throws {
        let start = try ModelFixtures.model()
        #expect(start.active == .model)
        let (model, effects) = TestSupport.play(start, [.launched, .tick, .key(.down)])
        #expect(effects == [.startModelMeasurement(ModelRequest(id: 1, model: ModelFixtures.handle, candidates: ModelCandidate.defaultNames))])
        #expect(model.screens.model.isMeasuring)
        #expect(model.screens.model.run?.total == 16_512 * 13)
    }

    @Test func enteringTheScreenStartsTheMeasurement() throws {
        var configuration = AppConfiguration(model: ModelFixtures.handle)
        configuration.screen = .bits
        let start = try AppModel(configuration: configuration, size: Size(width: 100, height: 30))
        let (idle, none) = TestSupport.play(start, [.launched, .key(.character("5", modifiers: []))])
        #expect(none.isEmpty)
        #expect(idle.screens.model.run == nil)
        let (_, effects) = TestSupport.play(idle, [.key(.character("7", modifiers: []))])
        #expect(effects.count == 1)
        guard case .startModelMeasurement(let request)? = effects.first else { Issue.record("no measurement started"); return }
        #expect(request.id == 1 && request.model == ModelFixtures.handle)
    }

    @Test func withoutAFileNothingStartsAndKeysSayHowToOpenOne() throws {
        let (model, effects) = TestSupport.play(try ModelFixtures.model(file: false), [.launched, .key(.character("s", modifiers: []))])
        #expect(effects.isEmpty)
        #expect(model.screens.model.run == nil)
        #expect(model.session.flash?.text.contains("floatscope FILE.gguf") == true)
        #expect(TestSupport.text(model).contains("No model file is open."))
    }

    @Test func progressTensorsAndTheEndAreFoldedIn() throws {
        var model = try ModelFixtures.measuring([0, 2])
        let screen = model.screens.model
        #expect(screen.reportedCount == 2)
        #expect(screen.reports[0] == ModelFixtures.reports[0] && screen.reports[2] == ModelFixtures.reports[2] && screen.reports[1] == nil)
        #expect(screen.run?.done == 2000 && screen.run?.elapsed == 1.25)
        // Messages of another job are ignored.
        model = TestSupport.play(model, [.modelTensor(9, index: 1, ModelFixtures.reports[1]), .modelFinished(9, problem: nil, elapsed: 1)]).0
        #expect(model.screens.model.reports[1] == nil && model.screens.model.isMeasuring)
        model = TestSupport.play(model, [.modelFinished(1, problem: "cancelled", elapsed: 2)]).0
        #expect(!model.screens.model.isMeasuring)
        #expect(model.session.flash?.text == "measurement cancelled after ≈2.0 s: 2 of 8 tensors")
        let finished = try ModelFixtures.finished()
        #expect(finished.session.flash?.text == "measured 8 tensors in ≈0.5 s")
        #expect(finished.session.flash?.tone == .ok)
    }

    @Test func cancelAsksTheRunnerToStopOnlyWhileMeasuring() throws {
        let running = try ModelFixtures.measuring([])
        let (_, effects) = TestSupport.play(running, [.key(.character("c", modifiers: []))])
        #expect(effects == [.cancelModelMeasurement(1)])
        let (done, none) = TestSupport.play(try ModelFixtures.finished(), [.key(.character("c", modifiers: []))])
        #expect(none.isEmpty)
        #expect(done.session.flash?.text == "no measurement running")
    }

    @Test func sortCyclesAndOrdersTheTensors() throws {
        var model = try ModelFixtures.finished()
        let names = ModelFixtures.handle.file.tensors.map(\.name)
        func order(_ m: AppModel) -> [String] { m.screens.model.sortedRows.map { names[$0] } }
        #expect(order(model) == names)
        model = TestSupport.play(model, [.key(.character("s", modifiers: []))]).0
        #expect(model.screens.model.sort == .size)
        #expect(order(model) == ["blk.0.attn_q.weight", "blk.1.attn_q.weight", "token_embd.weight", "blk.0.attn_v.weight",
                                 "blk.1.attn_v.weight", "output.weight", "blk.0.attn_norm.weight", "blk.1.attn_norm.weight"])
        model = TestSupport.play(model, [.key(.character("s", modifiers: []))]).0
        #expect(model.screens.model.sort == .error)
        let screen = model.screens.model
        let sqnrs = screen.sortedRows.map { screen.sqnr($0)! }
        #expect(sqnrs == sqnrs.sorted())
        #expect(screen.sqnr(screen.sortedRows.last!)! > 80, "the all-ones norms come out of q8_0 almost exact: last")
        model = TestSupport.play(model, [.key(.character("s", modifiers: []))]).0
        #expect(model.screens.model.sort == .outliers)
        let shares = model.screens.model.sortedRows.map { model.screens.model.outlierShare($0)! }
        #expect(shares == shares.sorted(by: >))
        model = TestSupport.play(model, [.key(.character("s", modifiers: []))]).0
        #expect(model.screens.model.sort == .file)
    }

    @Test func errorSortPutsUnmeasuredTensorsLast() throws {
        let model = TestSupport.play(try ModelFixtures.measuring([7, 1]), [.key(.character("s", modifiers: [])), .key(.character("s", modifiers: []))]).0
        let rows = model.screens.model.sortedRows
        #expect(Set(rows.prefix(2)) == [7, 1])
        #expect(Array(rows.dropFirst(2)) == [0, 2, 3, 4, 5, 6])
        #expect(rows[0] == 7, "output.weight (≈45 dB) is worse than the all-ones norm (≈84 dB)")
    }

    @Test func selectionFollowsTheTensorWhenTheOrderChanges() throws {
        var model = try ModelFixtures.finished()
        model = TestSupport.play(model, [.key(.down), .key(.down)]).0
        #expect(model.screens.model.selectedTensor == 2)
        model = TestSupport.play(model, [.key(.character("s", modifiers: []))]).0
        #expect(model.screens.model.selectedTensor == 2)
        #expect(model.screens.model.selected == 0, "attn_q of layer 0 is the largest")
    }

    @Test func formatKeysCycleTheCandidates() throws {
        var model = try ModelFixtures.finished()
        let names = ModelCandidate.defaultNames
        #expect(model.screens.model.chosenName == "q8_0")
        let q8 = model.screens.model.sqnr(0)
        model = TestSupport.play(model, [.key(.character("f", modifiers: []))]).0
        #expect(model.screens.model.chosenName == names[(names.firstIndex(of: "q8_0")! + 1) % names.count])
        #expect(model.session.flash?.text == "figures in \(model.screens.model.chosenName)")
        model = TestSupport.play(model, [.key(.character("F", modifiers: [])), .key(.character("F", modifiers: []))]).0
        #expect(model.screens.model.chosenName == names[names.firstIndex(of: "q8_0")! - 1])
        #expect(model.screens.model.sqnr(0) != q8)
        for _ in 0..<names.count { model = TestSupport.play(model, [.key(.character("f", modifiers: []))]).0 }
        #expect(model.screens.model.chosenName == names[names.firstIndex(of: "q8_0")! - 1], "a full turn comes back")
    }

    @Test func selectionKeysStayInTheList() throws {
        var model = try ModelFixtures.finished(width: 80, height: 24)
        model = TestSupport.play(model, [.key(.up)]).0
        #expect(model.screens.model.selected == 0)
        model = TestSupport.play(model, [.key(.pageDown)]).0
        #expect(model.screens.model.selected == 5, "a page is the 5 rows shown at 80x24")
        model = TestSupport.play(model, [.key(.pageDown), .key(.down)]).0
        #expect(model.screens.model.selected == 7)
        model = TestSupport.play(model, [.key(.home)]).0
        #expect(model.screens.model.selected == 0)
        model = TestSupport.play(model, [.key(.end), .key(.character("k", modifiers: []))]).0
        #expect(model.screens.model.selected == 6)
    }

    @Test func heatmapToggles() throws {
        var model = try ModelFixtures.finished()
        model = TestSupport.play(model, [.key(.character("h", modifiers: []))]).0
        #expect(model.screens.model.showsHeatmap)
        #expect(TestSupport.text(model).contains("SQNR in q8_0 by layer and tensor kind"))
        model = TestSupport.play(model, [.key(.character("h", modifiers: []))]).0
        #expect(!model.screens.model.showsHeatmap)
    }

    @Test func layerGridReadsBothNamings() {
        let grid = LayerGrid(names: ["token_embd.weight", "blk.0.attn_q.weight", "blk.1.attn_q.weight", "blk.1.ffn_up.weight",
                                     "model.layers.3.mlp.up_proj.weight", "blk.x.attn_q.weight"])
        #expect(grid.kinds == ["attn_q.weight", "ffn_up.weight", "mlp.up_proj.weight"])
        #expect(grid.layers == 4)
        #expect(grid.tensor(kind: 0, layer: 1) == 2 && grid.tensor(kind: 1, layer: 0) == nil && grid.tensor(kind: 2, layer: 3) == 4)
    }

    @Test func formatRangesAreTheFormatsBinades() {
        let ranges = Dictionary(uniqueKeysWithValues: FormatRange.drawn.map { ($0.name, [$0.smallestSubnormal, $0.smallestNormal, $0.largestFinite]) })
        #expect(ranges == ["fp16": [-24, -14, 15], "bf16": [-133, -126, 127], "e4m3fn": [-9, -6, 8], "e5m2": [-16, -14, 15]])
    }

    @Test func perTensorCallbackGivesEveryReportOnce() throws {
        let file = ModelFixtures.handle.file
        for threads in [1, 3] {
            let seen = Mutex<[Int: TensorReport]>([:])
            let all = try ModelMeasurement.run(file, tensors: file.tensors, candidates: ModelCandidate.defaults, threads: threads,
                                               finished: { index, report in
                seen.withLock { #expect($0.updateValue(report, forKey: index) == nil) }
            })
            let got = seen.withLock { $0 }
            #expect(got.count == file.tensors.count)
            #expect(file.tensors.indices.map { got[$0] } == all)
            #expect(all == ModelFixtures.reports)
        }
    }
}

/// Rendering details of the Model screen's list.
@Suite("Model screen list")
struct ModelListTests {
    @Test func aWideOutlierShareDoesNotRunIntoTheSQNR() throws {
        // A real SmolLM2 ffn_down: 81 of 884736 values beyond 6σ, 0.0091552734375% (shown ≈0.0092%).
        var measurement = try #require(ModelFixtures.reports[0].measurement)
        measurement.statistics.count = 884_736
        measurement.statistics.beyondSixSigma = 81
        let report = TensorReport(tensor: ModelFixtures.reports[0].tensor, measurement: measurement, problem: nil)
        let model = TestSupport.play(try ModelFixtures.model(width: 80, height: 24), [.launched, .modelTensor(1, index: 0, report)]).0
        let line = try #require(TestSupport.text(model).split(separator: "\n").first { $0.contains("token_embd.weight") && $0.contains("%") })
        #expect(line.contains(" ≈0.0092%"), "\(line)")
        #expect(!line.contains("6≈0"), "\(line)")
    }
}

/// The mouse on the Model screen.
@Suite("Model screen mouse")
struct ModelMouseTests {
    @Test func clickSelectsTheRowAndTheWheelMoves() throws {
        // At 100x30 the list starts on row 4 (title, three header rows) with its heading; tensors from row 5.
        var model = try ModelFixtures.finished()
        model = TestSupport.play(model, [TestSupport.click(10, 5 + 3)]).0
        #expect(model.screens.model.selectedTensor == 3)
        model = TestSupport.play(model, [.mouse(MouseEvent(kind: .wheelDown, button: 5, x: 10, y: 20)), .mouse(MouseEvent(kind: .wheelDown, button: 5, x: 10, y: 20))]).0
        #expect(model.screens.model.selectedTensor == 5)
        model = TestSupport.play(model, [.mouse(MouseEvent(kind: .wheelUp, button: 4, x: 10, y: 20))]).0
        #expect(model.screens.model.selectedTensor == 4)
        // A click on the heading or below the list changes nothing.
        model = TestSupport.play(model, [TestSupport.click(10, 4), TestSupport.click(10, 25)]).0
        #expect(model.screens.model.selectedTensor == 4)
        let line = try #require(TestSupport.text(model).split(separator: "\n").first { $0.contains("▶") })
        #expect(line.contains("blk.1.attn_norm.weight"))
    }
}
