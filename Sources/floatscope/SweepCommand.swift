import ArgumentParser
import FormatCore
import Foundation
import Measure
import Sweep

/// `floatscope sweep`: how much a format loses, measured over many values.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Push many values through formats and back, and measure the error.",
        discussion: [
            "Sources (one): --all (every code of --from, up to 32 bits; all 2^32 fp32 patterns), --range LO:HI (codes of --from), --dist D --samples N [--seed S], or --input FILE ('-' = standard input; raw little-endian --input-format values, fp32 by default).",
            "Distributions: \(Distribution.spellings). Sample counts take K, M, G (powers of 1024): 16M = 2^24.",
            "Targets (--to, comma-separated): scalar formats (bf16, e4m3fn, int8, nf4...) and block formats (\(TargetParser.blockExamples)).",
            "Ctrl-C stops at once and prints the figures so far, marked partial (exit status 130).",
            "--verify computes every chunk both by the fast paths and by the plain definition of the figures; a difference stops the sweep with a message naming the chunk and the figure (exit status 3).",
            "",
            SweepStatistics.definitions,
        ].joined(separator: "\n"))

    @Option(name: .long, help: "Source format for --all / --range / --input-format default.") var from: String = "fp32"
    @Flag(name: .long, help: "Every code of --from.") var all = false
    @Option(name: .long, help: "Codes LO:HI of --from (hex 0x.. or decimal).") var range: String?
    @Option(name: .long, help: ArgumentHelp("Distribution to sample.", valueName: "dist")) var dist: DistributionArgument?
    @Option(name: .long, help: "Number of samples (K, M, G suffixes are powers of 1024).") var samples: String = "1M"
    @Option(name: .long, help: "Seed for sampling, and for stochastic rounding when --rounding stochastic names no seed of its own (stochastic:SEED).") var seed: UInt64 = 1
    @Option(name: .long, help: "Raw input file ('-' for standard input).") var input: String?
    @Option(name: .customLong("input-format"), help: "Format of --input values (default fp32).") var inputFormat: String?
    @Option(name: .long, help: "Targets, comma-separated.") var to: [String] = []
    @OptionGroup var roundingOptions: RoundingOptions
    @Option(name: .long, help: "Worker threads (default: every core).") var threads: Int?
    @Flag(name: .long, help: "Print every binade's figures.") var binades = false
    @Flag(name: .long, help: "Print JSON.") var json = false
    @Flag(name: .long, help: "Verify mode: compute every chunk also by the plain definition of the figures and stop with exit status 3 at the first difference (slower).") var verify = false

    func run() throws {
        try runReportingErrors {
            let mode = try roundingMode()
            let targets = try to.flatMap { $0.split(separator: ",") }.map { try Self.target(String($0), rounding: roundingOptions, mode: mode) }
            guard !targets.isEmpty else {
                throw CLIError.usage("name at least one target with --to (e.g. --to bf16 or --to nf4:64,int4:64,mxfp4)")
            }
            if let threads, threads < 1 || threads > 1024 { throw CLIError.usage("--threads takes 1 to 1024") }
            let plan = try SourcePlan(command: self)
            for target in targets { try Self.checkWholeBlocks(target, count: plan.fields.count) }
            let engine = SweepEngine(threads: threads, verify: verify)
            let interrupt = InterruptWatcher()
            var results: [SweepResult] = []
            for (index, target) in targets.enumerated() {
                let bar = ProgressBar(label: targets.count > 1 ? "\(target.name) (\(index + 1)/\(targets.count))" : target.name)
                let result = try plan.run(engine: engine, target: target, cancellation: interrupt.cancellation) { bar.show($0) }
                bar.clear()
                if let mismatch = result.mismatch {
                    interrupt.stop()
                    StandardStreams.writeError("floatscope: sweep \(mismatch) (a fast path disagrees with the definition of the figures: please report this)\n")
                    throw ExitCode(3)
                }
                results.append(result)
                if result.partial { break }
            }
            interrupt.stop()
            let report = SweepReport(source: plan, mode: mode, rounding: roundingOptions, verified: verify, results: results,
                                     targetsRequested: targets.count)
            if json { try JSONText.print(report.json()) } else { try StandardStreams.writeOutput(report.text(binades: binades)) }
            if results.contains(where: \.partial) { throw ExitCode(130) }
        }
    }

    /// The rounding mode of scalar targets: `--rounding`, with `--seed` as the seed of stochastic rounding
    /// unless the mode names its own (`stochastic:SEED`).
    func roundingMode() throws -> RoundingMode {
        roundingOptions.mode(seedingStochasticWith: seed)
    }
}

extension SweepCommand {
    /// A `--to` name as a round trip, through the library's `TargetParser`; errors are usage errors.
    static func target(_ name: String, rounding: RoundingOptions, mode: RoundingMode) throws -> any RoundTripper {
        do {
            return try TargetParser.parse(name, rounding: mode, overflow: rounding.policy,
                                          blockRulesOnly: mode != .nearestEven || rounding.saturate)
        } catch { throw CLIError.usage(error.description) }
    }

    /// `TargetParser.checkWholeBlocks` with its error as a usage error.
    static func checkWholeBlocks(_ target: any RoundTripper, count: UInt64?) throws {
        do { try TargetParser.checkWholeBlocks(target, count: count) } catch { throw CLIError.usage(error.description) }
    }
}
