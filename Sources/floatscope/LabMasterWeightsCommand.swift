import ArgumentParser
import FormatCore
import Lab
import Sweep

/// `floatscope lab master-weights`: w ← w + lr·g in several schemes against the exact sum.
struct LabMasterWeightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "master-weights",
        abstract: "w += lr·g for many steps in fp32, fp16, bf16, bf16 with an fp32 master, Kahan or stochastic rounding, against the exact sum.",
        discussion: """
        Step t's gradient is element t of --dist (float32 samples, seeded). lr·g is formed exactly and each
        scheme rounds every operation once. vanished: updates with |lr·g| below half an ULP of the weight they
        are added to (for the master scheme, of the fp32 master); unchanged: steps after which the stored weight
        did not move. The bf16 weight of the master scheme is the master rounded to bf16. Schemes: a format
        (fp32, fp16, bf16...), F+fp32-master, F+kahan, F+sr.
        """)

    @Option(name: .long, help: "Initial weight w0.") var w0 = 1.0
    @Option(name: .long, help: "Learning rate.") var lr = 1e-3
    @Option(name: .long, help: ArgumentHelp("Gradient distribution: \(Distribution.spellings).", valueName: "dist"))
    var dist = DistributionArgument(argument: "normal:0.001,0.001")!
    @Option(name: .long, help: "Every gradient equal to this number instead of --dist.") var constant: Double?
    @Option(name: .long, help: "Steps (1 to 2^22).") var steps = 10_000
    @Option(name: .long, help: "Points of each trajectory shown.") var points = 10
    @Option(name: .long, help: "Schemes, comma-separated.") var schemes = "fp32,fp16,bf16,bf16+fp32-master,bf16+kahan,bf16+sr"
    @Option(name: .long, help: "Seed of the gradients and of stochastic rounding.") var seed: UInt64 = 0
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        try runReportingErrors {
            let chosen = try schemes.split(separator: ",").map { name throws(CLIError) in
                guard let s = WeightScheme.parse(String(name)) else {
                    throw CLIError.usage("--schemes: '\(name.prefix(30))' is not a scheme; give a format (fp32, bf16...), F+fp32-master, F+kahan or F+sr")
                }
                return s
            }
            if chosen.isEmpty { throw CLIError.usage("--schemes names no scheme (e.g. --schemes bf16,bf16+kahan)") }
            guard (1...100).contains(points) else { throw CLIError.usage("--points takes 1 to 100; got \(points)") }
            var m = MasterWeights()
            m.initialWeight = w0
            m.learningRate = lr
            m.gradients = dist.distribution
            m.constantGradient = constant
            m.steps = steps
            m.points = points
            m.seed = seed
            let result: MasterWeightsResult
            do throws(LabError) { result = try m.run(chosen) } catch { throw CLIError.usage(error.description) }
            if json {
                try JSONText.print(JSONReport(w0: w0, lr: lr, dist: source, steps: steps, seed: seed, sample_steps: result.sampleSteps,
                                              exact: result.exact.map(LabJSON.Exact.init), runs: result.runs.map { JSONRun($0, result) }))
                return
            }
            try StandardStreams.writeOutput(text(result))
        }
    }

    /// The gradients' source as reports name it.
    var source: String { constant.map { "constant \($0)" } ?? dist.distribution.spelling }

    func text(_ result: MasterWeightsResult) -> String {
        var out = "w0 \(LabJSON.text(w0, digits: 17))  lr \(LabJSON.text(lr, digits: 17))  gradients \(source), seed \(seed)  steps \(steps)\n"
        out += "each update lr·g formed exactly, every operation rounded once (nearest even; +sr stochastic)\n\n"
        var trajectory = TextTable(header: ["step", "exact"] + result.runs.map(\.scheme.name), alignments: Array(repeating: .right, count: result.runs.count + 2))
        for (i, step) in result.sampleSteps.enumerated() {
            trajectory.rows.append(["\(step)", LabJSON.text(result.exact[i], digits: 9)] + result.runs.map { LabJSON.text($0.trajectory[i], digits: 9) })
        }
        out += trajectory.render() + "\n"
        var summary = TextTable(header: ["scheme", "vanished", "vanished %", "unchanged", "final", "error", "rel error"],
                                alignments: [.left] + Array(repeating: .right, count: 6))
        for run in result.runs {
            let error = result.error(of: run).map { LabJSON.text($0, digits: 4) } ?? "n/a"
            let relative = result.relativeError(of: run).map { LabJSON.text($0, digits: 4) } ?? "n/a"
            summary.rows.append([run.scheme.name, "\(run.vanished)", LabJSON.text(Share.percent(run.vanished, of: result.steps), digits: 4), "\(run.unchanged)",
                                 LabJSON.text(run.final, digits: 9), error, relative])
            if let master = run.masterFinal {
                summary.rows.append(["  its master", "", "", "", LabJSON.text(master, digits: 9), "", ""])
            }
        }
        out += summary.render()
        out += "vanished: |lr·g| < half an ULP of the weight it is added to (for a master copy: of the master); final: the weight the model\n"
        out += "uses (for a master copy: the master rounded into the weights' format; its master on the next line); ≈ marks a rounded figure\n"
        return out
    }

    struct JSONReport: Encodable {
        let w0, lr: Double
        let dist: String
        let steps: Int
        let seed: UInt64
        let sample_steps: [Int]
        let exact: [LabJSON.Exact]
        let runs: [JSONRun]
    }

    struct JSONRun: Encodable {
        let scheme: String
        let trajectory: [LabJSON.Number]
        let vanished, unchanged: Int
        let vanished_share: LabJSON.Exact
        let final: LabJSON.Number
        let error: LabJSON.Exact?
        let relative_error: LabJSON.Exact?
        init(_ run: WeightRun, _ result: MasterWeightsResult) {
            scheme = run.scheme.name
            trajectory = run.trajectory.map(LabJSON.Number.init)
            vanished = run.vanished; unchanged = run.unchanged
            vanished_share = LabJSON.Exact(result.vanishedShare(of: run))
            final = LabJSON.Number(run.final)
            error = result.error(of: run).map(LabJSON.Exact.init)
            relative_error = result.relativeError(of: run).map(LabJSON.Exact.init)
        }
    }
}
