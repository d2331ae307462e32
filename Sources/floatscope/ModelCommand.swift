import ArgumentParser
import Foundation
import Measure
import Sweep
import TensorFileIO
import TensorFiles

/// `floatscope model`: a model file's tensors, what they hold and what each candidate format would
/// cost and lose.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Measure a model file's tensors against candidate formats: size and error per tensor and in total.",
        discussion: [
            "Files: safetensors (one file, several shards, or model.safetensors.index.json), GGUF (the first file of a split opens the rest), numpy .npy and .npz.",
            "Also: --mix gives each tensor llama-quantize's type for a mix, with the reason; --budget/--size plans a format per tensor and prints llama-quantize --tensor-type arguments; --against compares a quantised file with its original.",
            "Formats (--formats, comma-separated; default \(ModelCandidate.defaultNames.joined(separator: ","))): scalar formats, block formats (\(TargetParser.blockExamples)), ELEMENT:tensor for one scale per tensor, ELEMENT:row[+dq] for one scale per row of each tensor. Block formats run over each tensor flattened in C order; GGUF types need rows of whole blocks (else n/a with the reason).",
            "Per tensor: absmax, mean, std, Pearson kurtosis (normal 3), zeros, values beyond 6 std, the log2 range of nonzero |x|, how many values fp16 and bf16 would overflow or flush to zero. Per format: bytes, bits/value, SQNR = 10 log10(Σx²/Σ(y-x)²) dB, rel RMSE = sqrt(Σ(y-x)²/Σx²), max |y-x| / absmax, cosine Σxy/sqrt(Σx²Σy²), over the finite pairs (overflows counted apart).",
            "Totals per format: every measured tensor as one vector (SQNR, rel RMSE, cosine), the parameter-weighted mean rel RMSE, the worst tensor. Counts and bytes are exact; ≈ marks rounded figures; --json and --csv give every figure as the shortest decimal that parses back to the same double.",
        ].joined(separator: "\n"))

    @Argument(help: "Model file(s): .safetensors (shards allowed), model.safetensors.index.json, .gguf, .npy, .npz.") var files: [String] = []
    @Option(name: .long, help: "Candidate formats, comma-separated.") var formats: [String] = []
    @Option(name: .long, help: "llama.cpp mixes to measure besides the formats, comma-separated (q4_k_m, q5_k_s, q8_0, ...): each tensor in the type llama-quantize would give it.") var mix: [String] = []
    @Option(name: .long, help: "Compare with the original this file was made from (safetensors or GGUF, several shards allowed): the real error, tensor by tensor, names matched.") var against: [String] = []
    @Option(name: .long, help: "Plan per-tensor formats from the measured candidates within this many bits per value (e.g. 4.8).") var budget: Double?
    @Option(name: .long, help: "Plan within this size instead (4GB, 3.5GiB, 500MB, bytes).") var size: String?
    @Option(name: .long, help: "What the plan optimises: error (least total squared error) or worst (highest worst-tensor SQNR).") var objective: String = "error"
    @Option(name: .long, help: "Only tensors whose name matches this regular expression.") var tensors: String?
    @Option(name: .long, help: "Order of tensors: file, name, size, outliers (beyond 6 std), sqnr or sqnr:FORMAT (worst first).") var sort: String = "file"
    @Option(name: .long, help: "Worst tensors listed per format in the totals.") var worst: Int = 3
    @Option(name: .long, help: "Worker threads (default: every core).") var threads: Int?
    @Flag(name: .long, help: "Print JSON.") var json = false
    @Flag(name: .long, help: "Print CSV: one line per tensor and format.") var csv = false

    func run() throws {
        try runReportingErrors {
            guard !files.isEmpty else { throw CLIError.usage("name a model file (e.g. floatscope model model.safetensors)") }
            if json && csv { throw CLIError.usage("--json and --csv exclude each other") }
            if let threads, threads < 1 || threads > 1024 { throw CLIError.usage("--threads takes 1 to 1024") }
            if worst < 0 || worst > 1000 { throw CLIError.usage("--worst takes 0 to 1000") }
            var candidates = try Self.candidates(formats, defaults: ModelCandidate.defaultNames)
            if !mix.isEmpty && mix.allSatisfy({ $0.split(separator: ",").isEmpty }) {
                throw CLIError.usage("--mix names no mix (e.g. --mix q4_k_m)")
            }
            let file: ModelFile
            do throws(TensorFileError) { file = try ModelFiles.open(files) } catch { throw Self.cliError(error) }
            var plans: [MixPlan] = []
            for name in mix.flatMap({ $0.split(separator: ",").map(String.init) }) {
                let plan = try Self.mixPlan(file, name)
                plans.append(plan)
                do throws(TargetError) { candidates.append(try plan.candidate()) } catch { throw CLIError.usage(error.description) }
            }
            var selected = file.tensors
            if let pattern = tensors {
                let regex: Regex<AnyRegexOutput>
                do { regex = try Regex(pattern) } catch {
                    throw CLIError.usage("--tensors '\(pattern)' is not a regular expression: \(error)")
                }
                selected = selected.filter { $0.name.contains(regex) }
                if selected.isEmpty { throw CLIError.usage("--tensors '\(pattern)' matches none of the \(file.tensors.count) tensors") }
            }
            if !against.isEmpty {
                try compare(file, selected)
                return
            }
            let order = try ModelReport.Order(sort, candidates: candidates)
            if budget != nil && size != nil { throw CLIError.usage("give --budget or --size, not both") }
            if let budget, !(budget > 0 && budget <= 64) { throw CLIError.usage("--budget takes bits per value above 0 and up to 64 (e.g. 4.8)") }
            let sizeLimit = try size.map(Self.bytes)
            guard let planObjective = QuantizationPlan.Objective(rawValue: objective) else {
                throw CLIError.usage("--objective takes error or worst, not '\(objective)'")
            }
            let interrupt = InterruptWatcher()
            let bar = ProgressBar(label: "model, values read in all passes")
            let clock = ContinuousClock(), start = clock.now
            let reports: [TensorReport]
            do {
                reports = try ModelMeasurement.run(file, tensors: selected, candidates: candidates,
                                                   threads: threads ?? SweepEngine.coreCount,
                                                   cancellation: interrupt.cancellation) { bar.show($0) }
            } catch is MeasurementCancelled {
                bar.clear()
                interrupt.stop()
                StandardStreams.writeError("floatscope: model: stopped before the end; no figures printed\n")
                throw ExitCode(130)
            } catch let error as TensorFileError {
                bar.clear()
                interrupt.stop()
                throw Self.cliError(error)
            }
            bar.clear()
            interrupt.stop()
            let elapsed = clock.now - start
            var plan: QuantizationPlan?
            if budget != nil || sizeLimit != nil {
                let parameters = reports.reduce(0) { $0 + $1.tensor.elementCount }
                let limit = sizeLimit ?? Int((Double(parameters) * budget! / 8).rounded(.down))
                plan = QuantizationPlanner.plan(reports, candidates: candidates, budget: limit, objective: planObjective)
            }
            let report = ModelReport(file: file, selected: selected.count, candidates: candidates, plans: plans, plan: plan,
                                     reports: order.sorted(reports), worst: worst,
                                     seconds: SweepEngine.seconds(elapsed))
            if json { try JSONText.print(report.json()) } else if csv { try StandardStreams.writeOutput(report.csv()) }
            else { try StandardStreams.writeOutput(report.text()) }
        }
    }

    /// The plan of mix `name` for `file`: GGUF names and metadata, or Hugging Face names with the
    /// architecture of the config.json beside a safetensors file (llama when there is none).
    static func mixPlan(_ file: ModelFile, _ name: String) throws -> MixPlan {
        var architecture: HFArchitecture?
        let config = file.kind == .gguf ? nil : HuggingFaceConfig(besides: file.paths.first ?? "")
        if let className = config?.architecture {
            guard let a = HFArchitecture(hfClassName: className) else {
                throw CLIError.usage("--mix: config.json names the architecture \(className); the mixes know the tensor names of \(HFArchitecture.hfClassNames.joined(separator: ", "))")
            }
            architecture = a
        }
        do throws(MixError) {
            let mix = try LlamaMix.parse(name)
            return try MixPlan.plan(file, mix: mix, architecture: architecture, architectureSource: "config.json: \(config?.architecture ?? "")",
                                    config: config?.integers ?? [:])
        } catch {
            throw CLIError.usage("--mix \(name): \(error.description)")
        }
    }

    /// `--against`: every selected tensor against its original.
    func compare(_ file: ModelFile, _ selected: [TensorInfo]) throws {
        if json && csv { throw CLIError.usage("--json and --csv exclude each other") }
        if csv { throw CLIError.usage("--against prints text or --json") }
        let original: ModelFile
        do throws(TensorFileError) { original = try ModelFiles.open(against) } catch { throw Self.cliError(error) }
        var architecture: HFArchitecture?
        if let name = HuggingFaceConfig(besides: against[0])?.architecture { architecture = HFArchitecture(hfClassName: name) }
        // Without a config.json naming it, a GGUF file that says it is llama settles it.
        if architecture == nil, file.kind == .gguf, file.metadata.first(where: { $0.key == "general.architecture" })?.value.stringValue == "llama" {
            architecture = .llama
        }
        // Head counts for the converter's rope row order of attn_q/attn_k: the stored GGUF file's metadata, else the original's config.json.
        let shape = MemoryCommand.shape(file) ?? MemoryCommand.shape(original)
        let pairs = TensorPairing.pair(stored: file, tensors: selected, original: original, architecture: architecture,
                                       heads: shape?.heads, kvHeads: shape?.kvHeads)
        let interrupt = InterruptWatcher()
        let results: [TensorComparison?]
        do {
            results = try ModelComparison.run(stored: file, original: original, pairs: pairs, threads: threads ?? SweepEngine.coreCount,
                                              cancellation: interrupt.cancellation)
        } catch is MeasurementCancelled {
            interrupt.stop()
            StandardStreams.writeError("floatscope: model --against: stopped before the end; no figures printed\n")
            throw ExitCode(130)
        } catch let error as TensorFileError {
            interrupt.stop()
            throw Self.cliError(error)
        }
        interrupt.stop()
        let report = ComparisonReport(stored: file, original: original, pairs: pairs, results: results)
        if json { try JSONText.print(report.json()) } else { try StandardStreams.writeOutput(report.text()) }
    }

    /// A size such as `4GB`, `3.5GiB`, `500MB`, `1234567` in bytes (GB = 10^9, GiB = 2^30).
    static func bytes(_ text: String) throws -> Int {
        let t = text.replacingOccurrences(of: " ", with: "").lowercased()
        let units: [(String, Double)] = [("gib", 1_073_741_824), ("mib", 1_048_576), ("kib", 1024), ("gb", 1e9), ("mb", 1e6), ("kb", 1e3), ("b", 1)]
        var number = t, scale = 1.0
        if let (suffix, s) = units.first(where: { t.hasSuffix($0.0) }) { number = String(t.dropLast(suffix.count)); scale = s }
        guard let v = Double(number), v.isFinite, v > 0, v * scale < 1e18 else {
            throw CLIError.usage("--size takes a size such as 4GB, 3.5GiB, 500MB or a number of bytes, not '\(text)'")
        }
        return Int((v * scale).rounded(.down))
    }

    /// The candidates of `--formats` values (each a comma-separated list), `defaults` when none is
    /// given; a name that does not parse, or `--formats` naming nothing, is a usage error.
    static func candidates(_ options: [String], defaults: [String]) throws -> [ModelCandidate] {
        let names = options.flatMap { $0.split(separator: ",").map(String.init) }
        if !options.isEmpty && names.isEmpty { throw CLIError.usage("--formats names no format (e.g. --formats fp16,nf4:64,q4_k)") }
        var candidates: [ModelCandidate] = []
        for name in names.isEmpty ? defaults : names {
            do throws(TargetError) { candidates.append(try ModelCandidate.parse(name)) } catch { throw CLIError.usage(error.description) }
        }
        return candidates
    }

    /// A model-file error as a CLI error: I/O failures exit 1, malformed or unsupported files 2.
    static func cliError(_ error: TensorFileError) -> CLIError {
        error.category == .io ? .io(error.description) : .usage(error.description)
    }
}
