import FormatCore

/// How much memory a model takes: its weights in each format, training with Adam under the usual
/// recipes, QLoRA, and the KV cache. Every line carries its formula; activations, framework buffers
/// and fragmentation are not counted (the report says so).
public enum MemoryEstimate {
    /// A 2-D weight of a model: its name and shape (outermost first), for QLoRA adapters.
    public struct Matrix: Sendable, Hashable {
        public var name: String
        public var rows: Int, columns: Int
        public init(name: String, rows: Int, columns: Int) {
            self.name = name
            self.rows = rows
            self.columns = columns
        }
    }

    /// Weights of `parameters` values in a scalar or block format at its bits per value (whole
    /// blocks assumed; a file's exact per-tensor sizes come from `ModelCandidate.target`).
    public static func weights(parameters: Int, candidate: ModelCandidate, bitsPerValue: Double) -> MemoryLine {
        MemoryLine(label: candidate.name, bits: Double(parameters) * bitsPerValue, bytesPerParameter: bitsPerValue / 8,
                   formula: "\(grouped(parameters)) × \(text(bitsPerValue)) bits / 8")
    }

    /// Training recipes with Adam (weights, gradients, optimiser states) for `parameters` values.
    public static func training(parameters: Int) -> [MemoryLine] {
        let p = Double(parameters)
        // bitsandbytes' 8-bit Adam: both states in 8 bits, blockwise with one float32 absmax per 2048 values.
        let eightBitState = 1 + 4.0 / 2048
        let recipes: [(String, Double, String)] = [
            ("fp32", 16, "4 weights + 4 gradients + 4 Adam m + 4 Adam v"),
            ("mixed precision, fp32 master (ZeRO)", 16, "2 fp16/bf16 weights + 2 gradients + 4 fp32 master + 4 m + 4 v"),
            ("pure bf16", 8, "2 weights + 2 gradients + 2 m + 2 v"),
            ("mixed precision, 8-bit Adam", 8 + 2 * eightBitState,
             "2 weights + 2 gradients + 4 fp32 master + 2 × (1 + 4/2048) 8-bit states with a float32 absmax per 2048"),
        ]
        return recipes.map { MemoryLine(label: $0.0, bits: p * $0.1 * 8, bytesPerParameter: $0.1, formula: "\(grouped(parameters)) × (\($0.2)) B") }
    }

    /// QLoRA: the base weights in NF4 with double quantisation, LoRA adapters of `rank` on every
    /// 2-D weight in `adapted` (A: rank × columns, B: rows × rank) in bf16 with bf16 gradients and
    /// fp32 Adam states (2 + 2 + 4 + 4 = 12 bytes per adapter value); the other parameters in bf16.
    public static func qlora(base: Int, adapted: [Matrix], others: Int, rank: Int) -> MemoryLine {
        let nf4 = try! BlockFormat.parse("nf4:64+dq")
        let adapter = adapted.reduce(0) { $0 + rank * ($1.rows + $1.columns) }
        let bits = Double(base) * nf4.bitsPerValue + Double(adapter) * 12 * 8 + Double(others) * 16
        return MemoryLine(label: "QLoRA rank \(rank)", bits: bits, bytesPerParameter: nil,
                          formula: "\(grouped(base)) × \(text(nf4.bitsPerValue)) bits (nf4:64+dq) + \(grouped(adapter)) adapter values (rank × (rows + columns) on \(adapted.count) matrices) × 12 B (bf16 weight and gradient, fp32 Adam m and v) + \(grouped(others)) other values × 2 B (bf16)")
    }

    /// The KV cache per token, and for `context` tokens, with elements of `bitsPerElement` bits.
    public static func kvCache(_ shape: ModelShape, bitsPerElement: Double, typeName: String, context: Int?) -> [MemoryLine]? {
        guard let layers = shape.layers, let k = shape.keyWidth, let v = shape.valueWidth else { return nil }
        let perToken = Double(layers * (k + v)) * bitsPerElement
        var lines = [MemoryLine(label: "KV cache per token (\(typeName))", bits: perToken,
                                formula: "\(layers) layers × (\(k) + \(v)) key and value elements × \(text(bitsPerElement)) bits")]
        if let context {
            lines.append(MemoryLine(label: "KV cache for \(grouped(context)) tokens (\(typeName))", bits: perToken * Double(context),
                                    formula: "\(grouped(context)) × the line above"))
        }
        return lines
    }

    /// `1234567` as "1,234,567".
    static func grouped(_ n: Int) -> String { TargetParser.grouped(UInt64(max(n, 0))) }

    /// A bits-per-value figure: whole numbers without a point, others as their (exact, dyadic) decimal.
    static func text(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : ValueText.exact(ExactValue(v)).text
    }
}
