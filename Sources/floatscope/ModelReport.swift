import FormatCore
import Foundation
import Measure
import TensorFiles

/// The report of `floatscope model`: text tables, JSON and CSV of the same figures.
struct ModelReport {
    let file: ModelFile
    let selected: Int
    let candidates: [ModelCandidate]
    /// The llama.cpp mixes measured (their candidates are among `candidates`).
    var plans: [MixPlan] = []
    /// The per-tensor plan within a budget (`--budget`, `--size`).
    var plan: QuantizationPlan? = nil
    let reports: [TensorReport]
    let worst: Int
    let seconds: Double

    /// Totals per candidate.
    var totals: [FormatTotals] { FormatTotals.of(reports, candidates: candidates) }

    /// The order of tensors in a report (`--sort`).
    enum Order {
        case file, name, size, outliers, sqnr(Int)

        init(_ text: String, candidates: [ModelCandidate]) throws {
            switch text {
            case "file": self = .file
            case "name": self = .name
            case "size": self = .size
            case "outliers": self = .outliers
            case "sqnr": self = .sqnr(0)
            default:
                if text.hasPrefix("sqnr:") {
                    let name = String(text.dropFirst(5))
                    if let i = candidates.firstIndex(where: { $0.name == name }) { self = .sqnr(i); return }
                    if let c = try? ModelCandidate.parse(name), let i = candidates.firstIndex(where: { $0.name == c.name }) {
                        self = .sqnr(i)
                        return
                    }
                    throw CLIError.usage("--sort \(text): '\(name)' is not one of the measured formats (\(candidates.map(\.name).joined(separator: ", ")))")
                }
                throw CLIError.usage("--sort takes file, name, size, outliers, sqnr or sqnr:FORMAT, not '\(text)'")
            }
        }

        /// The reports in this order (stable: ties keep file order).
        func sorted(_ reports: [TensorReport]) -> [TensorReport] {
            let indexed = Array(reports.enumerated())
            func key(_ r: TensorReport) -> Double? {
                switch self {
                case .file: return nil
                case .name: return nil
                case .size: return -Double(r.tensor.elementCount)
                case .outliers: return r.measurement.map { -$0.statistics.share($0.statistics.beyondSixSigma) }
                case .sqnr(let i): return r.measurement?.outcomes[i].figures?.sqnr
                }
            }
            if case .file = self { return reports }
            if case .name = self { return reports.sorted { $0.tensor.name < $1.tensor.name } }
            return indexed.sorted { a, b in
                let ka = key(a.element) ?? .infinity, kb = key(b.element) ?? .infinity
                return ka != kb ? ka < kb : a.offset < b.offset
            }.map(\.element)
        }
    }

    // MARK: Text

    func text() -> String {
        let parameters = reports.reduce(0) { $0 + $1.tensor.elementCount }
        let stored = reports.reduce(0) { $0 + $1.tensor.byteCount }
        var out = "model     \(file.paths.joined(separator: ", ")) (\(file.kind.rawValue))\n"
        out += "tensors   \(selected) of \(file.tensors.count); \(Self.grouped(parameters)) parameters; \(Self.size(stored)) stored\n"
        out += "formats   \(candidates.map(\.name).joined(separator: ", "))\n"
        out += "time      \(String(format: "%.2f", seconds)) s\n"
        out += "Counts and bytes are exact; ≈ marks a rounded figure. SQNR = 10·log10(Σx²/Σ(y−x)²) dB over finite pairs; cosine = Σxy/√(Σx²Σy²).\n\n"

        var stats = TextTable(header: ["tensor", "shape", "stored", "params", "absmax", "std", "kurtosis", "zeros", ">6σ", "log2|x|", "fp16 ovf/uf", "bf16 ovf/uf"],
                              alignments: [.left, .left, .left] + Array(repeating: .right, count: 9))
        var unread: [String] = []
        for r in reports {
            var row = [r.tensor.name, r.tensor.shape.map(String.init).joined(separator: "×"), r.tensor.storedType, Self.grouped(r.tensor.elementCount)]
            if let s = r.measurement?.statistics {
                row += [SweepReport.g(Double(s.finiteAmax), 5), SweepReport.g(s.standardDeviation, 4),
                        s.kurtosis.map { SweepReport.g($0, 4) } ?? "-", Self.grouped(s.zeroCount), Self.grouped(s.beyondSixSigma),
                        s.smallestExponent.map { "\($0)…\(s.largestExponent!)" } ?? "-",
                        "\(Self.grouped(s.fp16Overflow))/\(Self.grouped(s.fp16Underflow))",
                        "\(Self.grouped(s.bf16Overflow))/\(Self.grouped(s.bf16Underflow))"]
                if s.nanCount + s.infinityCount > 0 { row[0] += " (\(s.nanCount) NaN, \(s.infinityCount) inf)" }
            } else {
                row += ["not read"]
                unread.append("  \(r.tensor.name) not read: \(r.problem ?? "")\n")
            }
            stats.rows.append(row)
        }
        out += "Tensors\n" + stats.render() + unread.joined() + "\n"

        var errors = TextTable(header: ["SQNR dB"] + candidates.map(\.name), alignments: [.left] + candidates.map { _ in .right })
        // Per format: how many tensors it does not apply to, and the first reason.
        var notApplicable = [(count: Int, first: String)?](repeating: nil, count: candidates.count)
        for r in reports {
            guard let m = r.measurement else { continue }
            errors.rows.append([r.tensor.name] + m.outcomes.enumerated().map { c, o in
                switch o {
                case .notApplicable(let why):
                    notApplicable[c] = (count: (notApplicable[c]?.count ?? 0) + 1, first: notApplicable[c]?.first ?? "\(r.tensor.name): \(why)")
                    return "n/a"
                case .measured(let f, _):
                    let s = f.sqnr.map { SweepReport.fixed($0, 1) } ?? "-"
                    return f.overflows > 0 ? s + " !\(f.overflows) ovf" : s
                }
            })
        }
        out += "SQNR per tensor and format (n/a: the format does not apply; !N ovf: N values overflowed, not in the SQNR)\n"
        out += errors.render()
        for (c, note) in notApplicable.enumerated() {
            guard let note else { continue }
            out += "  \(candidates[c].name) n/a on \(note.count) tensor\(note.count == 1 ? "" : "s"), e.g. \(note.first)\n"
        }
        out += "\n"

        for plan in plans { out += mixText(plan) }

        var totalsTable = TextTable(header: ["format", "bits/value", "size", "SQNR dB", "rel RMSE", "mean rel RMSE", "1 − cosine", "ovf", "worst SQNR dB", "worst max|err|/absmax", "n/a"],
                                    alignments: [.left] + Array(repeating: .right, count: 10))
        for t in totals {
            totalsTable.rows.append([
                t.format, t.bitsPerValue.map { SweepReport.g($0, 5) } ?? "-", t.parameters == 0 ? "-" : Self.size(t.bytes),
                t.figures.sqnr.map { SweepReport.fixed($0, 2) } ?? "-",
                t.figures.relativeRMSE.map { SweepReport.g($0, 4) } ?? "-",
                t.meanRelativeRMSE.map { SweepReport.g($0, 4) } ?? "-",
                t.figures.cosine.map { SweepReport.g(1 - $0, 4) } ?? "-",
                Self.grouped(t.figures.overflows),
                t.worstSQNR.map { SweepReport.fixed($0, 1) + " " + (t.worstSQNRTensor ?? "") } ?? "-",
                t.worstRelativeMaxError.map { SweepReport.g($0, 3) + " " + (t.worstRelativeMaxErrorTensor ?? "") } ?? "-",
                t.notApplicableTensors == 0 ? "-" : "\(t.notApplicableTensors) (\(Self.grouped(t.notApplicableParameters)) params)",
            ])
        }
        out += "Totals per format (measured tensors as one vector; mean rel RMSE weighted by parameters)\n" + totalsTable.render()
        if let plan { out += "\n" + planText(plan) }
        if worst > 0 {
            out += "\nWorst tensors per format (lowest SQNR)\n"
            for (c, candidate) in candidates.enumerated() {
                let ranked = reports.compactMap { r -> (String, Double)? in
                    guard let s = r.measurement?.outcomes[c].figures?.sqnr else { return nil }
                    return (r.tensor.name, s)
                }.sorted { $0.1 < $1.1 }.prefix(worst)
                guard !ranked.isEmpty else { continue }
                out += "  \(candidate.name): " + ranked.map { "\($0.0) \(SweepReport.fixed($0.1, 1)) dB" }.joined(separator: ", ") + "\n"
            }
        }
        return out
    }

    /// The plan: each tensor's choice, the totals, and the `llama-quantize` arguments when every choice is a GGUF type.
    func planText(_ plan: QuantizationPlan) -> String {
        let parameters = reports.reduce(0) { $0 + $1.tensor.elementCount }
        var out = "Plan within \(Self.size(plan.budget)) (\(SweepReport.g(8 * Double(plan.budget) / Double(max(parameters, 1)), 5)) bits/value); tensors of fewer than 2 dimensions kept in F32, unmeasured tensors at their stored size\n"
        var table = TextTable(header: ["tensor", "choice", "bytes", "SQNR dB"], alignments: [.left, .left, .right, .right])
        var counts: [String: Int] = [:]
        var args: [String] = []
        var allGGUF = true
        let fileNames = file.kind == .gguf
        for c in plan.choices {
            let name = c.candidate.map { candidates[$0].name } ?? "kept"
            counts[name, default: 0] += 1
            table.rows.append([c.tensor, name, Self.grouped(c.bytes), c.sqnr.map { SweepReport.fixed($0, 1) } ?? "-"])
            if let i = c.candidate {
                if let type = MixType(ggmlName: candidates[i].name.uppercased()) ?? Self.ggmlScalar(candidates[i].name) {
                    let gguf = fileNames ? c.tensor : (HFTensorNames.map(c.tensor, architecture: .llama).ggufName ?? c.tensor)
                    args.append("--tensor-type '^\(gguf.replacingOccurrences(of: ".", with: "\\."))$=\(type.ggmlName.lowercased())'")
                } else {
                    allGGUF = false
                }
            }
        }
        out += table.render()
        out += "plan      \(Self.size(plan.bytes)) = \(SweepReport.g(8 * Double(plan.bytes) / Double(max(parameters, 1)), 5)) bits/value\(plan.feasible ? "" : " (over the budget: the smallest candidate of every tensor does not fit)"); "
        out += "SQNR \(plan.sqnr.map { SweepReport.fixed($0, 2) } ?? "-") dB; worst \(plan.worst.map { "\($0.tensor) \(SweepReport.fixed($0.sqnr, 1)) dB" } ?? "-")\n"
        out += "choices   " + counts.sorted { $0.value > $1.value }.map { "\($0.value) \($0.key)" }.joined(separator: ", ") + "\n"
        if allGGUF && !args.isEmpty {
            out += "llama-quantize (GGUF names\(fileNames ? "" : ", mapped for llama-style checkpoints")):\n  llama-quantize " + args.joined(separator: " ") + " INPUT.gguf OUTPUT.gguf Q8_0\n"
        } else if !args.isEmpty {
            out += "llama-quantize: not every choice is a GGUF type, so there is no llama-quantize command for this plan\n"
        }
        return out
    }

    /// fp16/bf16/fp32 as the ggml types F16/BF16/F32.
    static func ggmlScalar(_ name: String) -> MixType? {
        switch name { case "fp16": .f16; case "bf16": .bf16; case "fp32": .f32; default: nil }
    }

    /// A mix's table: each tensor's type, why, its size and SQNR in that type.
    func mixText(_ plan: MixPlan) -> String {
        let c = candidates.firstIndex { $0.name == plan.mix.name.lowercased() }
        var table = TextTable(header: ["\(plan.mix.name) (llama-quantize)", "type", "stored", "bytes", "SQNR dB", "why"],
                              alignments: [.left, .left, .left, .right, .right, .left])
        var mismatches = 0
        for r in reports {
            guard let choice = plan.choices[r.tensor.name] else {
                table.rows.append([r.tensor.name, "-", r.tensor.storedType, "", "", "no type: dropped or unknown to the converter"])
                continue
            }
            let outcome = c.flatMap { r.measurement?.outcomes[$0] }
            if file.kind == .gguf && choice.typeName.uppercased() != r.tensor.storedType.uppercased() { mismatches += 1 }
            table.rows.append([r.tensor.name, choice.typeName, r.tensor.storedType, outcome?.bytes.map(Self.grouped) ?? "",
                               outcome?.figures?.sqnr.map { SweepReport.fixed($0, 1) } ?? "", choice.reason])
        }
        var out = "Mix \(plan.mix.name): the type llama-quantize gives each tensor (facts from \(plan.factsSource): \(plan.facts.layerCount.map { "\($0) layers" } ?? "layer count unknown"), \(plan.facts.headCount.map { "\($0) heads" } ?? "heads unknown"), \(plan.facts.kvHeadCount.map { "\($0) KV heads" } ?? "KV heads unknown"))\n"
        out += table.render()
        if file.kind == .gguf {
            out += mismatches == 0 ? "  every tensor's stored type is the type this mix gives it\n"
                                   : "  \(mismatches) tensors are stored in another type than this mix gives them\n"
        }
        return out + "\n"
    }

    /// `1234567` as "1,234,567".
    static func grouped(_ n: Int) -> String { SweepReport.grouped(UInt64(max(n, 0))) }

    /// Bytes as exact bytes below 1 MB, else in MB / GB (powers of 1000) marked ≈ when rounded.
    static func size(_ bytes: Int) -> String {
        if bytes < 1_000_000 { return "\(grouped(bytes)) B" }
        let units: [(Double, String)] = [(1e9, "GB"), (1e6, "MB"), (1e3, "kB")]
        let (scale, unit) = units.first { Double(bytes) >= $0.0 }!
        return SweepReport.fixed(Double(bytes) / scale, 2, suffix: " " + unit)
    }
}
