import ArgumentParser
import FormatCore
import Lab

/// `floatscope lab loss-scale`: gradients multiplied by a scale S and rounded once into each format;
/// what underflows, turns subnormal, stays normal or overflows, with the histogram of log2|g|.
struct LabLossScaleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loss-scale",
        abstract: "Loss scaling at a scale S: the share of gradients that underflow, turn subnormal or overflow in each format.",
        discussion: """
        Each gradient g (drawn from --grad, or the --values given) is multiplied by S exactly and rounded once
        into each format (nearest even). underflow: a non-zero g became 0; subnormal: g·S became subnormal
        (fewer significant bits); overflow: infinity or NaN. Shares are count/total, exact or ≈.
        """)

    @Option(name: .long, help: "Gradient distribution.") var grad = LabGradientArgument(.logNormal(LogNormal(centreLog2: -20, spreadLog2: 3)))
    @Option(name: .long, help: "Gradient values instead of --grad, comma-separated (e.g. 1e-8,3e-5,-0.002).") var values: String?
    @Option(name: .long, help: ArgumentHelp("Gradients from a tensor file instead of --grad (.npy, .npz, safetensors, GGUF; up to 2^22 values, as float32).", valueName: "file"))
    var valuesFrom: String?
    @Option(name: .long, help: ArgumentHelp("With --values-from: the tensor to take (needed when the file holds several).", valueName: "name"))
    var tensor: String?
    @Option(name: .long, help: "Number of gradients drawn from --grad (1 to 2^22).") var count = 65536
    @Option(name: .long, help: "The loss scale S: 2^K or a positive number.") var scale = LabScaleArgument(powerOfTwo: 16)
    @Option(name: .long, help: "Formats, comma-separated (signed floats with zero).") var formats = "fp16,bf16,e5m2"
    @Option(name: .long, help: "Seed of the draws.") var seed: UInt64 = 0
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        try runReportingErrors {
            let arithmetic = try Self.arithmetic(formats)
            let g: [Double]
            var fileSource: String?
            if values != nil && valuesFrom != nil { throw CLIError.usage("give --values or --values-from, not both") }
            if tensor != nil && valuesFrom == nil { throw CLIError.usage("--tensor goes with --values-from FILE") }
            if let values {
                g = try Self.parseValues(values)
            } else if let valuesFrom {
                (g, fileSource) = try LabTensorValues.read(path: valuesFrom, tensor: tensor).self
                guard !g.isEmpty else { throw CLIError.usage("--values-from: the tensor has no values") }
            } else {
                guard (1...(1 << 22)).contains(count) else { throw CLIError.usage("--count takes 1 to 4194304 (2^22); got \(count)") }
                g = grad.distribution.samples(count: count, seed: seed)
            }
            let counts = arithmetic.map { LossScaling.counts(g, scale: scale.value, in: $0) }
            let histogram = Log2Histogram(g)
            let source = fileSource ?? (values == nil ? grad.distribution.spelling : "values")
            if json {
                try JSONText.print(JSONReport(source: source, seed: seed, count: g.count, scale: scale.value, scale_text: LabJSON.scale(scale.value),
                                              histogram: JSONHistogram(histogram), formats: counts.map(JSONCounts.init)))
                return
            }
            try StandardStreams.writeOutput(text(counts: counts, histogram: histogram, arithmetic: arithmetic, source: source, n: g.count))
        }
    }

    /// The formats of a comma-separated list, each checked for the lab.
    static func arithmetic(_ list: String) throws -> [FormatArithmetic] {
        let formats = try resolveFormats([list])
        if formats.isEmpty { throw CLIError.usage("--formats names no format (e.g. --formats fp16,bf16,e5m2)") }
        return try formats.map { f throws(CLIError) in
            do throws(LabError) { return try FormatArithmetic(f) } catch { throw CLIError.usage(error.description) }
        }
    }

    /// Comma-separated finite numbers, at least one.
    static func parseValues(_ text: String) throws -> [Double] {
        let parts = text.split(separator: ",")
        if parts.isEmpty { throw CLIError.usage("--values takes comma-separated numbers (e.g. 1e-8,3e-5,-0.002)") }
        if parts.count > 1 << 22 { throw CLIError.usage("--values takes at most 2^22 numbers") }
        return try parts.map { p in
            guard let v = Double(p), v.isFinite else { throw CLIError.usage("--values: '\(p.prefix(30))' is not a finite number; give comma-separated numbers (e.g. 1e-8,3e-5,-0.002)") }
            return v
        }
    }

    /// The text report.
    func text(counts: [RangeCounts], histogram: Log2Histogram, arithmetic: [FormatArithmetic], source: String, n: Int) -> String {
        let s = scale.value
        var out = "gradients  \(n) from \(source)\(values == nil && valuesFrom == nil ? ", seed \(seed)" : "")\n"
        out += "scale S    \(LabJSON.scale(s))   (each g·S rounded once, nearest even)\n\n"
        var table = TextTable(header: ["format", "zero in", "underflow", "subnormal", "normal", "overflow", "underflow %", "subnormal %", "overflow %"],
                              alignments: [.left] + Array(repeating: .right, count: 8))
        for c in counts {
            func percent(_ k: Int) -> String {
                LabJSON.text(Share.percent(k, of: c.total), digits: 4)
            }
            table.rows.append([c.format, "\(c.zeroInputs)", "\(c.underflow)", "\(c.subnormal)", "\(c.normal)", "\(c.overflow)",
                               percent(c.underflow), percent(c.subnormal), percent(c.overflow)])
        }
        out += table.render()
        if let nonFinite = counts.first?.nonFiniteInputs, nonFinite > 0 {
            out += "\n\(nonFinite) of the \(n) gradients are not finite (inf or NaN as drawn or given): counted in no column above\n"
        }
        out += "\nlog2|g| histogram (binade e: 2^e <= |g| < 2^(e+1)); ranges for g at this S:\n"
        for f in arithmetic {
            let sem = f.semantics
            let shift = s.exponent
            let lowest = sem.minExponent - sem.mantissaBits
            out += "  \(f.format.name.padding(7)) subnormal from 2^\(Int(lowest) - Int(shift)), normal from 2^\(sem.minExponent - Int(shift)), largest below 2^\(sem.maxExponent + 1 - Int(shift))\(s.significandBitPattern == 0 ? "" : " (S not a power of two: binades approximate)")\n"
        }
        let peak = histogram.counts.max() ?? 0
        for (i, c) in histogram.counts.enumerated() where c > 0 {
            let e = histogram.lowestBinade + i
            let bar = String(repeating: "#", count: peak == 0 ? 0 : max(1, c * 40 / peak))
            let marks = arithmetic.map { Self.mark(binade: e + Int(s.exponent), $0) }.joined()
            out += "  2^\(e)".padding(9) + " \(marks) " + "\(c)".leftPadding(8) + "  " + bar + "\n"
        }
        if histogram.zeros > 0 { out += "  zero      \(histogram.zeros)\n" }
        out += "  marks per format (\(arithmetic.map(\.format.name).joined(separator: ", "))): . normal  s subnormal  0 below the smallest subnormal  ! beyond the largest binade\n"
        return out
    }

    /// Where binade e (of g·S) falls in a format: one character.
    static func mark(binade e: Int, _ f: FormatArithmetic) -> String {
        let sem = f.semantics
        if e > sem.maxExponent { return "!" }
        if e >= sem.minExponent { return "." }
        if e >= sem.minExponent - sem.mantissaBits { return "s" }
        return "0"
    }

    struct JSONReport: Encodable {
        let source: String
        let seed: UInt64
        let count: Int
        let scale: Double
        let scale_text: String
        let histogram: JSONHistogram
        let formats: [JSONCounts]
    }

    struct JSONHistogram: Encodable {
        let lowest_binade: Int
        let counts: [Int]
        let zeros, non_finite: Int
        init(_ h: Log2Histogram) { lowest_binade = h.lowestBinade; counts = h.counts; zeros = h.zeros; non_finite = h.nonFinite }
    }

    struct JSONCounts: Encodable {
        let format: String
        let total, zero_inputs, non_finite_inputs, underflow, subnormal, normal, overflow: Int
        let underflow_share, subnormal_share, normal_share, overflow_share: LabJSON.Exact
        init(_ c: RangeCounts) {
            format = c.format; total = c.total; zero_inputs = c.zeroInputs; non_finite_inputs = c.nonFiniteInputs
            underflow = c.underflow; subnormal = c.subnormal; normal = c.normal; overflow = c.overflow
            underflow_share = LabJSON.Exact(c.share(c.underflow)); subnormal_share = LabJSON.Exact(c.share(c.subnormal))
            normal_share = LabJSON.Exact(c.share(c.normal)); overflow_share = LabJSON.Exact(c.share(c.overflow))
        }
    }
}
