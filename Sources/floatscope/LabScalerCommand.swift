import ArgumentParser
import FormatCore
import Lab

/// `floatscope lab scaler`: a dynamic loss scaler (PyTorch GradScaler's rule) run step by step on
/// gradients whose magnitude drifts.
struct LabScalerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scaler",
        abstract: "A dynamic loss scaler step by step: its scale, skipped steps, overflows and underflows.",
        discussion: """
        PyTorch's GradScaler rule: start at --init-scale (2^16); a step where any gradient times the scale,
        rounded once into --format, is infinite or NaN is skipped and the scale halved; after --growth-interval
        (2000) clean steps in a row the scale doubles. Step t's gradients are drawn from --grad with every
        magnitude multiplied by 2^(t·drift). The text shows the steps where something happened; --json has every step.
        """)

    @Option(name: .long, help: "Gradient distribution.") var grad = LabGradientArgument(.logNormal(LogNormal(centreLog2: -20, spreadLog2: 3)))
    @Option(name: .long, help: "Drift of log2|g| per step, in binades (e.g. 0.002; negative: gradients shrink).") var drift = 0.0
    @Option(name: .long, help: "Steps (1 to 100000).") var steps = 6000
    @Option(name: .customLong("per-step"), help: "Gradients per step (1 to 4096).") var perStep = 64
    @Option(name: .long, help: "Format the scaled gradients are rounded into.") var format = "fp16"
    @Option(name: .customLong("init-scale"), help: "First scale: 2^K or a positive number.") var initScale = LabScaleArgument(powerOfTwo: 16)
    @Option(name: .customLong("growth-interval"), help: "Clean steps in a row before the scale grows (1 to 10^6).") var growthInterval = 2000
    @Option(name: .long, help: "Seed of the draws.") var seed: UInt64 = 0
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        try runReportingErrors {
            guard (1...100_000).contains(steps) else { throw CLIError.usage("--steps takes 1 to 100000; got \(steps)") }
            guard (1...4096).contains(perStep) else { throw CLIError.usage("--per-step takes 1 to 4096; got \(perStep)") }
            guard steps * perStep <= 1 << 24 else {
                throw CLIError.usage("--steps × --per-step is at most 16777216 (2^24) gradients; got \(steps) × \(perStep)")
            }
            guard (1...1_000_000).contains(growthInterval) else { throw CLIError.usage("--growth-interval takes 1 to 1000000; got \(growthInterval)") }
            guard drift.isFinite, drift.magnitude <= 1 else { throw CLIError.usage("--drift takes a number of binades per step between -1 and 1; got \(drift)") }
            guard let arithmetic = try LabLossScaleCommand.arithmetic(format).first else { throw CLIError.usage("--format names no format") }
            var settings = ScalerSettings()
            guard Float(initScale.value).isFinite else {
                throw CLIError.usage("--init-scale must be finite in float32 (as PyTorch keeps the scale), at most 2^127; got \(LabJSON.scale(initScale.value))")
            }
            settings.initialScale = initScale.value
            settings.growthInterval = growthInterval
            let records = DynamicLossScaler.run(steps: steps, perStep: perStep, distribution: grad.distribution, driftLog2: drift, seed: seed,
                                                settings: settings, in: arithmetic)
            if json {
                try JSONText.print(JSONReport(format: arithmetic.format.name, source: grad.distribution.spelling, drift_log2_per_step: drift, seed: seed,
                                              per_step: perStep, init_scale: settings.initialScale, growth_factor: settings.growthFactor,
                                              backoff_factor: settings.backoffFactor, growth_interval: settings.growthInterval,
                                              skipped_steps: records.filter(\.skipped).count, final_scale: records.last?.scale ?? settings.initialScale,
                                              scale: records.map(\.scale), skipped: records.map(\.skipped), overflow: records.map(\.overflow),
                                              underflow: records.map(\.underflow)))
                return
            }
            try StandardStreams.writeOutput(text(records, arithmetic: arithmetic, settings: settings))
        }
    }

    /// Rows shown in the text: the first step, every step that was skipped or whose scale differs
    /// from the step before, and the last; at most `limit` (the rest counted).
    static func shownSteps(_ records: [ScalerStep], limit: Int = 40) -> (shown: [ScalerStep], more: Int) {
        var shown: [ScalerStep] = []
        for (i, r) in records.enumerated() where i == 0 || i == records.count - 1 || r.skipped || r.scale != records[i - 1].scale {
            shown.append(r)
        }
        return shown.count <= limit ? (shown, 0) : (Array(shown.prefix(limit - 1)) + [shown.last!], shown.count - limit)
    }

    func text(_ records: [ScalerStep], arithmetic: FormatArithmetic, settings: ScalerSettings) -> String {
        let skipped = records.filter(\.skipped).count
        let underflow = records.reduce(0) { $0 + $1.underflow }, total = records.reduce(0) { $0 + $1.count }
        var out = "format     \(arithmetic.format.name)   gradients \(perStep) per step from \(grad.distribution.spelling), drift \(drift) binades/step, seed \(seed)\n"
        out += "scaler     start \(LabJSON.scale(settings.initialScale)), x\(LabJSON.text(settings.growthFactor)) after \(settings.growthInterval) clean steps, x\(LabJSON.text(settings.backoffFactor)) and skip on inf/NaN\n"
        let underflowShare = LabJSON.text(Share.percent(underflow, of: total), digits: 4)
        out += "result     \(records.count) steps, \(skipped) skipped, final scale \(LabJSON.scale(records.last?.scale ?? settings.initialScale)), \(underflow) of \(total) gradients underflowed (\(underflowShare) %)\n\n"
        let (shown, more) = Self.shownSteps(records)
        var table = TextTable(header: ["step", "scale", "skipped", "overflow", "underflow"], alignments: [.right, .right, .left, .right, .right])
        for r in shown { table.rows.append(["\(r.step)", LabJSON.scale(r.scale), r.skipped ? "skipped" : "", "\(r.overflow)", "\(r.underflow)"]) }
        out += table.render()
        if more > 0 { out += "(\(more) more steps with a skip or a new scale: --json lists every step)\n" }
        return out
    }

    struct JSONReport: Encodable {
        let format, source: String
        let drift_log2_per_step: Double
        let seed: UInt64
        let per_step: Int
        let init_scale, growth_factor, backoff_factor: Double
        let growth_interval, skipped_steps: Int
        let final_scale: Double
        let scale: [Double]
        let skipped: [Bool]
        let overflow, underflow: [Int]
    }
}
