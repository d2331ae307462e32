import FormatCore
import Lab
import Testing
import TUICore
@testable import FloatscopeApp

/// The Lab screen: snapshots of its four views at 80x24 and 120x40, and its figures against the
/// Lab library computed here.
@Suite struct LabScreenTests {
    static let sizes = [(80, 24), (120, 40)]

    func check(_ name: String, script: String) throws {
        for (width, height) in Self.sizes {
            let (model, _) = try TestSupport.play(TestSupport.model(width: width, height: height), script: script)
            Snapshot.check(TestSupport.text(model), named: "lab-\(name)-\(width)x\(height)")
        }
    }

    @Test func lossScaleAtOneAndAt2To16() throws {
        try check("loss-scale", script: "8")
        try check("loss-scale-s16", script: "8 + + + + + + + + + + + + + + + +")
        let (model, _) = try TestSupport.play(TestSupport.model(width: 80, height: 24), script: "8")
        Snapshot.check(TestSupport.text(model, context: .ascii), named: "lab-loss-scale-ascii-80x24")
    }

    @Test func scalerMasterAndAccumulationViews() throws {
        try check("scaler", script: "8 v")
        try check("master", script: "8 v v")
        try check("accumulate", script: "8 v v v")
    }

    @Test("+ and - move S by factors of 2 within -40...80; the counts are the Lab library's for that S")
    func scaleKeys() throws {
        var (model, _) = try TestSupport.play(TestSupport.model(), script: "8 + + + -")
        #expect(model.screens.lab.scaleLog2 == 2)
        let gradients = LabScreen.distribution.samples(count: LabScreen.count, seed: LabScreen.seed)
        let fp16 = try FormatArithmetic(.fp16)
        #expect(model.screens.lab.counts.first == LossScaling.counts(gradients, scale: 4, in: fp16))
        (model, _) = TestSupport.play(model, Array(repeating: Message.key(.character("-", modifiers: [])), count: 60))
        #expect(model.screens.lab.scaleLog2 == -40)
        // The shares line of fp16 shows the exact share, or ≈ with three digits.
        let c = model.screens.lab.counts[0]
        let text = TestSupport.text(model)
        #expect(text.contains(ValueText.rounded(Share.percent(c.underflow, of: c.total), digits: 3).text + "%"))
    }

    @Test("v and V cycle the views and V from the first goes to the last")
    func viewKeys() throws {
        let (model, _) = try TestSupport.play(TestSupport.model(), script: "8 V")
        #expect(model.screens.lab.view == .accumulate)
        #expect(model.screens.lab.accumulation?.count == 2)
        let (back, _) = TestSupport.play(model, [.key(.character("v", modifiers: []))])
        #expect(back.screens.lab.view == .lossScale)
    }
}

@Suite("Scaler plot")
struct ScalerPlotTests {
    @Test("the scale is drawn at its level over the steps, skipped steps marked under it")
    func plot() {
        var steps: [ScalerStep] = []
        for i in 0..<40 {
            let scale: Double = i < 20 ? 65536 : 32768
            steps.append(ScalerStep(step: i, scale: scale, skipped: i == 19, overflow: i == 19 ? 1 : 0, underflow: 0, count: 16))
        }
        let lines = ScalerPlot(steps: steps).lines(width: 27, rows: 6)
        #expect(lines == [
            "2^16  │" + String(repeating: "█", count: 10) + String(repeating: " ", count: 10),
            "2^15  │" + String(repeating: " ", count: 10) + String(repeating: "█", count: 10),
            "skips │" + String(repeating: " ", count: 9) + "x" + String(repeating: " ", count: 10),
            "       step 0" + String(repeating: " ", count: 12) + "39",
        ])
        #expect(ScalerPlot(steps: steps).lines(width: 10, rows: 6).isEmpty, "no room: no plot")
        // Four levels in three rows: a row holding two levels names both (before: labelled with one level
        // while showing steps at the other).
        let four = (0..<40).map { i in ScalerStep(step: i, scale: Double(sign: .plus, exponent: 16 - i / 10, significand: 1), skipped: false,
                                                   overflow: 0, underflow: 0, count: 16) }
        let squeezed = ScalerPlot(steps: four).lines(width: 27, rows: 5)
        #expect(squeezed.prefix(3).map { String($0.prefix(9)) } == ["2^16    │", "2^15-14 │", "2^13    │"], "\(squeezed)")
    }
}

@Suite("Trajectory plot")
struct TrajectoryPlotTests {
    @Test("the master-weights view plots the weights over the steps; series that coincide are one curve, named together")
    func masterView() throws {
        let (model, _) = try TestSupport.play(TestSupport.model(width: 80, height: 24), script: "8 v v")
        let text = TestSupport.text(model)
        #expect(text.contains("o fp32, bf16+fp32-master's master, exact\n"), "\(text)")
        #expect(text.contains("b fp16, bf16, bf16+fp32-master, bf16+kahan, bf16+sr"), "\(text)")
        let plotRows = text.split(separator: "\n").filter { $0.contains("│") }
        #expect(plotRows.first?.hasSuffix("ooooooooo") == true, "fp32 and the exact sum end at the top")
        #expect(plotRows.last?.hasPrefix(" 1        │") == true, "the bf16 weights stay at 1")
    }
}
