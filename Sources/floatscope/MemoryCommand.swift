import ArgumentParser
import FormatCore
import Foundation
import Measure
import TensorFileIO
import TensorFiles

/// `floatscope memory`: how much memory a model takes in each format, for training and for its KV cache.
struct MemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memory",
        abstract: "Memory of a model: weights in each format, training with Adam, QLoRA, KV cache; every line with its formula.",
        discussion: """
            From a file (safetensors, GGUF, npy, npz): exact sizes tensor by tensor (a format that does not apply to a tensor, such as \
            a GGUF type on rows that are not whole blocks, counts that tensor at its stored size and says so); the architecture \
            from GGUF metadata or a config.json beside a safetensors file. From --params N: the weights at each format's bits \
            per value over whole blocks. Sizes in GB are 10^9 bytes; GiB 2^30. Activations, framework buffers and fragmentation \
            are not counted.
            """)

    @Argument(help: "Model file(s) (safetensors shards, index.json, GGUF, npy, npz).") var files: [String] = []
    @Option(name: .long, help: "Parameter count instead of a file (7B, 1.5B, 350M, 7e9).") var params: String?
    @Option(name: .long, help: "Weight formats, comma-separated (default: fp32, fp16, bf16, e4m3fn:tensor, int8:row, nf4:64+dq, mxfp4, nvfp4, q8_0, q6_k, q5_k, q4_k, q4_0, q3_k, q2_k).") var formats: [String] = []
    @Option(name: .long, help: "Context length for the KV cache (default: the file's).") var context: Int?
    @Option(name: .customLong("kv-type"), help: "KV cache element format: f16, bf16, f32, q8_0, q4_0 (llama.cpp's -ctk/-ctv).") var kvType: String = "f16"
    @Option(name: .long, help: "LoRA rank for the QLoRA line.") var rank: Int = 16
    @Flag(name: .long, help: "Print JSON.") var json = false

    static let defaultFormats = ["fp32", "fp16", "bf16", "e4m3fn:tensor", "int8:row", "nf4:64+dq", "mxfp4", "nvfp4", "q8_0", "q6_k", "q5_k", "q4_k",
                                 "q4_0", "q3_k", "q2_k"]

    func run() throws {
        try runReportingErrors {
            if files.isEmpty == (params == nil) { throw CLIError.usage("give a model file or --params N (e.g. --params 7B), not both") }
            if let context, context < 1 || context > 1 << 30 { throw CLIError.usage("--context takes 1 to 2^30 tokens") }
            if rank < 1 || rank > 65536 { throw CLIError.usage("--rank takes 1 to 65536") }
            let kvBits: Double
            switch kvType.lowercased() {
            case "f16", "fp16", "bf16": kvBits = 16
            case "f32", "fp32": kvBits = 32
            case "q8_0": kvBits = 8.5
            case "q4_0": kvBits = 4.5
            default: throw CLIError.usage("--kv-type takes f16, bf16, f32, q8_0 or q4_0, not '\(kvType)'")
            }
            let candidates = try ModelCommand.candidates(formats, defaults: Self.defaultFormats)
            var sections: [(String, [MemoryLine])] = []
            var header: String
            var shape: ModelShape?
            if let params {
                let n: Int
                do throws(TargetError) { n = try ParameterCount.parse(params) } catch { throw CLIError.usage("--params: \(error.description)") }
                header = "\(Self.grouped(n)) parameters (--params \(params))"
                sections.append(("Weights (whole blocks)", candidates.map { c in
                    MemoryEstimate.weights(parameters: n, candidate: c, bitsPerValue: Self.bitsPerValue(c))
                }))
                sections.append(("Training with Adam (weights, gradients, optimiser states)", MemoryEstimate.training(parameters: n)))
            } else {
                let file: ModelFile
                do throws(TensorFileError) { file = try ModelFiles.open(files) } catch { throw ModelCommand.cliError(error) }
                let n = file.tensors.reduce(0) { $0 + $1.elementCount }
                header = "\(file.paths.joined(separator: ", ")) (\(file.kind.rawValue)): \(file.tensors.count) tensors, \(Self.grouped(n)) parameters, \(ModelReport.size(file.tensors.reduce(0) { $0 + $1.byteCount })) stored"
                sections.append(("Weights (tensor by tensor)", candidates.map { Self.weights(file, $0) }))
                sections.append(("llama.cpp mixes (llama-quantize's type per tensor)", try Self.mixes.compactMap { try Self.mixWeights(file, $0) }))
                sections.append(("Training with Adam (weights, gradients, optimiser states)", MemoryEstimate.training(parameters: n)))
                let matrices = file.tensors.filter { $0.shape.count == 2 && !Self.isEmbeddingOrHead($0.name) }
                let adapted = matrices.map { MemoryEstimate.Matrix(name: $0.name, rows: $0.shape[0], columns: $0.shape[1]) }
                let base = matrices.reduce(0) { $0 + $1.elementCount }
                sections.append(("QLoRA (frozen NF4 base, trained bf16 adapters)", [MemoryEstimate.qlora(base: base, adapted: adapted, others: n - base, rank: rank)]))
                shape = Self.shape(file)
                if let shape, let kv = MemoryEstimate.kvCache(shape, bitsPerElement: kvBits, typeName: kvType, context: context ?? shape.contextLength) {
                    sections.append(("KV cache (from \(shape.source))", kv))
                }
            }
            if json {
                try JSONText.print(JSONMemory(model: header, sections: sections.map { JSONSection(title: $0.0, lines: $0.1.map(JSONLine.init)) }))
                return
            }
            var out = "model  \(header)\n"
            out += "Sizes in GB are 10^9 bytes, GiB 2^30; ≈ marks a rounded figure. Activations and buffers are not counted.\n"
            for (title, lines) in sections {
                var table = TextTable(header: [title, "bytes/value", "size", "GiB", "formula"], alignments: [.left, .right, .right, .right, .left])
                for l in lines {
                    table.rows.append([l.label, l.bytesPerParameter.map { SweepReport.g($0, 6) } ?? "",
                                       ModelReport.size(Int(l.bytes.rounded(.up))), SweepReport.fixed(l.bytes / 1_073_741_824, 2), l.formula])
                }
                out += "\n" + table.render()
            }
            if params != nil { out += "\nQLoRA and the KV cache need the model's shapes: give the file.\n" }
            else if shape == nil || sections.last?.0.hasPrefix("KV") != true {
                out += "\nKV cache: the file names no layer and head counts (GGUF metadata, or a config.json beside a safetensors file).\n"
            }
            try StandardStreams.writeOutput(out)
        }
    }

    /// A format's bits per value over whole blocks: the layout's, or the bit width of a scalar format.
    static func bitsPerValue(_ c: ModelCandidate) -> Double {
        switch c.target(rowLength: 4096, count: 4096 * 4096) {
        case .scalar(let t): return t.bitsPerValue
        case .scaled(let f): return f.bitsPerValue
        case .rows(let codec): return codec.layout.bitsPerValue
        case .notApplicable: return .nan
        }
    }

    /// The weights of a file in a format, tensor by tensor; tensors it does not apply to at their stored size.
    static func weights(_ file: ModelFile, _ c: ModelCandidate) -> MemoryLine {
        var bytes = 0, kept = 0, keptBytes = 0
        for t in file.tensors {
            if let b = c.target(rowLength: TensorReport.rowLength(t.shape), count: t.elementCount).bytes(count: t.elementCount) {
                bytes += b
            } else {
                kept += 1
                keptBytes += t.byteCount
            }
        }
        let n = file.tensors.reduce(0) { $0 + $1.elementCount }
        var formula = "Σ over \(file.tensors.count) tensors of the format's bytes for each"
        if kept > 0 { formula += "; \(kept) tensors it does not apply to at their stored \(ModelReport.size(keptBytes))" }
        return MemoryLine(label: c.name, bits: Double(bytes + keptBytes) * 8, bytesPerParameter: n == 0 ? nil : Double(bytes + keptBytes) / Double(n),
                          formula: formula)
    }

    /// The mixes a file's memory lists (Q2_K_S needs an importance matrix; the float mixes are the formats above).
    static let mixes = ["q2_k", "q3_k_s", "q3_k_m", "q3_k_l", "q4_0", "q4_1", "q4_k_s", "q4_k_m", "q5_0", "q5_1", "q5_k_s", "q5_k_m", "q6_k", "q8_0"]

    /// A mix's weights: each tensor in its type (tensors the converter drops count nothing).
    static func mixWeights(_ file: ModelFile, _ name: String) throws -> MemoryLine? {
        let plan = try ModelCommand.mixPlan(file, name)
        var bytes = 0, counted = 0
        var types: [String: Int] = [:]
        for t in file.tensors {
            guard let c = plan.choices[t.name], let b = c.type?.byteCount(elementCount: t.elementCount) else { continue }
            bytes += b
            counted += t.elementCount
            types[c.typeName, default: 0] += 1
        }
        let summary = types.sorted { $0.value > $1.value }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        return MemoryLine(label: plan.mix.name, bits: Double(bytes) * 8, bytesPerParameter: counted == 0 ? nil : Double(bytes) / Double(counted),
                          formula: "Σ over tensors of their type's bytes: \(summary)")
    }

    /// Embeddings and output heads, which QLoRA leaves unadapted (in bf16).
    static func isEmbeddingOrHead(_ name: String) -> Bool {
        ["embed", "token_embd", "lm_head", "wte", "wpe"].contains { name.contains($0) } || name == "output.weight"
    }

    /// The architecture: GGUF metadata, or the config.json beside the first safetensors file.
    static func shape(_ file: ModelFile) -> ModelShape? {
        if file.kind == .gguf {
            var ints: [String: Int] = [:]
            var arch: String?
            for e in file.metadata {
                if e.key == "general.architecture" { arch = e.value.stringValue }
                if let v = e.value.intValue { ints[e.key] = v }
            }
            return arch.map { ModelShape.gguf(ints, architecture: $0) }
        }
        return HuggingFaceConfig(besides: file.paths.first ?? "").map { ModelShape.huggingFace($0.integers) }
    }

    static func grouped(_ n: Int) -> String { ModelReport.grouped(n) }

    struct JSONLine: Encodable {
        let label: String, bytes: Double, bits: Double, bytes_per_value: Double?, formula: String
        init(_ l: MemoryLine) { label = l.label; bytes = l.bytes; bits = l.bits; bytes_per_value = l.bytesPerParameter; formula = l.formula }
    }
    struct JSONSection: Encodable { let title: String; let lines: [JSONLine] }
    struct JSONMemory: Encodable { let model: String; let sections: [JSONSection] }
}
