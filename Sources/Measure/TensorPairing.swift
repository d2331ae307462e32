import TensorFiles

/// Which tensor of an original file each tensor of a stored (quantised) file came from: the same
/// name, or for a GGUF file against a Hugging Face safetensors original, the name llama.cpp's
/// converter gives the original (`HFTensorNames`).
public struct TensorPairing: Sendable, Hashable {
    /// The stored tensor.
    public let stored: TensorInfo
    /// Its original, when one was found and can be compared value by value.
    public let original: TensorInfo?
    /// Why there is none (no such name, other shape, rows reordered by an unknown head count).
    public let problem: String?
    /// The converter's rope row order of a llama attn_q/attn_k stored from a Hugging Face original:
    /// the original is read in this order (nil: as it is).
    public let rowOrder: RopeRowOrder?

    /// A pairing.
    public init(stored: TensorInfo, original: TensorInfo?, problem: String?, rowOrder: RopeRowOrder? = nil) {
        self.stored = stored
        self.original = original
        self.problem = problem
        self.rowOrder = rowOrder
    }

    /// Pairs the tensors of `stored` (or those of them given as `tensors`) with those of `original`. GGUF against safetensors maps the
    /// original's names for `architecture` (llama's names when nil); attn_q and attn_k, whose rows the
    /// converter reorders for llama's rope layout, are read in that order when `architecture` is llama
    /// (`heads` for attn_q, `kvHeads` for attn_k, the heads when nil), and left unpaired with the reason
    /// when it is not known to be llama or the head count is unknown.
    public static func pair(stored: ModelFile, tensors: [TensorInfo]? = nil, original: ModelFile, architecture: HFArchitecture?,
                            heads: Int? = nil, kvHeads: Int? = nil) -> [TensorPairing] {
        var byName: [String: TensorInfo] = [:]
        let mapNames = stored.kind == .gguf && original.kind != .gguf
        let arch = architecture ?? .llama
        for t in original.tensors {
            if mapNames, let gguf = HFTensorNames.map(t.name, architecture: arch, layerCount: nil).ggufName {
                byName[gguf] = byName[gguf] ?? t
            } else {
                byName[t.name] = byName[t.name] ?? t
            }
        }
        return (tensors ?? stored.tensors).map { s in
            guard let o = byName[s.name] else {
                return TensorPairing(stored: s, original: nil, problem: "no tensor of this name in the original")
            }
            guard o.elementCount == s.elementCount, o.shape.reduce(1, *) == s.shape.reduce(1, *),
                  o.shape.filter({ $0 != 1 }) == s.shape.filter({ $0 != 1 }) else {
                return TensorPairing(stored: s, original: nil,
                                     problem: "shapes differ: \(s.shape.map(String.init).joined(separator: "×")) here, \(o.shape.map(String.init).joined(separator: "×")) in the original (\(o.name))")
            }
            let isQ = s.name.hasSuffix("attn_q.weight"), isK = s.name.hasSuffix("attn_k.weight")
            if mapNames && (isQ || isK) {
                // The rows are reordered for llama's rope layout; other architectures' converters may
                // not do it (or do it otherwise), so without knowing it is llama the pair is refused.
                guard architecture == .llama else {
                    return TensorPairing(stored: s, original: nil,
                                         problem: "llama.cpp's converter reorders the rows of attn_q and attn_k for llama's rope layout; the architecture is not known to be llama (no config.json naming it, and the GGUF file does not say llama), so they are not compared")
                }
                let n = isK ? (kvHeads ?? heads) : heads
                guard let n, o.shape.count == 2, let order = RopeRowOrder(heads: n, rows: o.shape[0], columns: o.shape[1]),
                      order.headRows * order.columns <= RopeRowOrder.maximumHeadValues else {
                    return TensorPairing(stored: s, original: nil,
                                         problem: "llama.cpp's converter reorders the rows of llama's attn_q and attn_k per head (rope layout), and the file does not give a head count that splits this tensor's \(o.shape.first ?? 0) rows into heads of an even size")
                }
                return TensorPairing(stored: s, original: o, problem: nil, rowOrder: order)
            }
            return TensorPairing(stored: s, original: o, problem: nil)
        }
    }
}
