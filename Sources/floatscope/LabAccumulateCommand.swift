import ArgumentParser
import FormatCore
import Lab
import Sweep

/// `floatscope lab accumulate`: sums and dot products of N values by method, against the exact result.
struct LabAccumulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accumulate",
        abstract: "Sum and dot product of N values in each format: same-format and fp32 accumulators, pairwise, Kahan; error as N grows.",
        discussion: """
        Input i is element i of --dist (seeded; the dot product's second vector under seed + 1) rounded once into
        the format, so every method and the exact result add the same terms. same: a running sum in the format;
        fp32-acc: a running sum in fp32; pairwise and kahan in the format. Dot products add each exact product with
        one rounding (a fused multiply-add); pairwise's leaves are the products rounded into the format.
        Relative error |result - exact| / |exact|, exact or ≈, for N = 1, 2, 4 ... 2^max-log2.
        """)

    @Option(name: .long, help: "Formats, comma-separated.") var formats = "fp16,bf16"
    @Option(name: .long, help: "sum, dot or both.") var kind = "both"
    @Option(name: .long, help: ArgumentHelp("Value distribution: \(Distribution.spellings).", valueName: "dist"))
    var dist = DistributionArgument(argument: "uniform:0,1")!
    @Option(name: .long, help: "Every value equal to this number instead of --dist.") var constant: Double?
    @Option(name: .customLong("max-log2"), help: "The largest N is 2^this (0 to 20).") var maxLog2 = 12
    @Option(name: .long, help: "Seed of the values.") var seed: UInt64 = 0
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        try runReportingErrors {
            let kinds: [AccumulationKind]
            switch kind.lowercased() {
            case "sum": kinds = [.sum]
            case "dot": kinds = [.dot]
            case "both": kinds = [.sum, .dot]
            default: throw CLIError.usage("--kind takes sum, dot or both, not '\(kind.prefix(30))'")
            }
            guard (0...Accumulation.maxLog2Limit).contains(maxLog2) else {
                throw CLIError.usage("--max-log2 takes 0 to \(Accumulation.maxLog2Limit); got \(maxLog2)")
            }
            let arithmetic = try LabLossScaleCommand.arithmetic(formats)
            var acc = Accumulation()
            acc.values = dist.distribution
            acc.constant = constant
            acc.maxLog2 = maxLog2
            acc.seed = seed
            var all: [[AccumulationSeries]] = []
            for f in arithmetic {
                for k in kinds {
                    do throws(LabError) { all.append(try acc.run(f.format, kind: k)) } catch { throw CLIError.usage(error.description) }
                }
            }
            if json {
                try JSONText.print(JSONReport(dist: source, seed: seed, counts: acc.counts, series: all.flatMap { $0.map(JSONSeries.init) }))
                return
            }
            var out = "values \(source), seed \(seed), rounded once into each format; relative error |result - exact| / |exact|\n"
            for group in all {
                guard let first = group.first else { continue }
                out += "\n\(first.format) \(first.kind.rawValue)\n"
                var table = TextTable(header: ["N", "exact"] + group.map(\.method.rawValue), alignments: Array(repeating: .right, count: group.count + 2))
                for (i, n) in first.counts.enumerated() {
                    table.rows.append(["\(n)", LabJSON.text(first.exact[i], digits: 8)] + group.map { Self.relative($0, i) })
                }
                out += table.render()
            }
            out += "\n≈ marks a rounded figure; 0 is exact\n"
            try StandardStreams.writeOutput(out)
        }
    }

    /// The values' source as reports name it.
    var source: String { constant.map { "constant \($0)" } ?? dist.distribution.spelling }

    /// The relative error of point i as text (`n/a` for a non-finite result, the absolute error when the exact result is 0).
    static func relative(_ s: AccumulationSeries, _ i: Int) -> String {
        guard let e = s.error(at: i) else { return LabJSON.text(s.results[i]) }
        guard let r = relativeError(s, i) else { return "abs " + LabJSON.text(e, digits: 3) }
        return LabJSON.text(r, digits: 3)
    }

    /// |error| / |exact| exactly, nil when the exact result is zero or the result not finite.
    static func relativeError(_ s: AccumulationSeries, _ i: Int) -> ExactValue? {
        guard let e = s.error(at: i), !s.exact[i].isZero, let a = e.magnitude.exactValue.finiteMagnitude,
              let b = s.exact[i].magnitude.exactValue.finiteMagnitude else { return nil }
        return .finite(a / b)
    }

    struct JSONReport: Encodable {
        let dist: String
        let seed: UInt64
        let counts: [Int]
        let series: [JSONSeries]
    }

    struct JSONSeries: Encodable {
        let format, kind, method: String
        let results: [LabJSON.Number]
        let exact: [LabJSON.Exact]
        let relative_error: [LabJSON.Exact?]
        init(_ s: AccumulationSeries) {
            format = s.format; kind = s.kind.rawValue; method = s.method.rawValue
            results = s.results.map(LabJSON.Number.init)
            exact = s.exact.map(LabJSON.Exact.init)
            relative_error = s.counts.indices.map { i in LabAccumulateCommand.relativeError(s, i).map(LabJSON.Exact.init) }
        }
    }
}
