import TensorFiles

/// Which tensor of an original file each tensor of a stored (quantised) file came from: the same
/// name, or for a GGUF file against a Hugging Face safetensors original, the name llama.cpp's
/// converter gives the original (`HFTensorNames`).
public struct TensorPairing: Sendable, Hashable {
    /// The stored tensor.
    public let stored: TensorInfo
    /// Its original, when one was found and can be compared value by value.
    public let original: TensorInfo?
    /// Why there is none (no such name, other shape, rows the converter reorders).
    public let problem: String?

    /// Pairs the tensors of `stored` (or those of them given as `tensors`) with those of `original`. GGUF against safetensors maps the
    /// original's names for `architecture` (llama when nil); llama's attn_q and attn_k are not paired
    /// then, because the converter reorders their rows for its rope layout.
    public static func pair(stored: ModelFile, tensors: [TensorInfo]? = nil, original: ModelFile, architecture: HFArchitecture?) -> [TensorPairing] {
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
            if mapNames && arch == .llama && (s.name.hasSuffix("attn_q.weight") || s.name.hasSuffix("attn_k.weight")) {
                return TensorPairing(stored: s, original: nil,
                                     problem: "llama.cpp's converter reorders the rows of llama's attn_q and attn_k (rope layout); compare against the GGUF file llama-quantize read")
            }
            guard o.elementCount == s.elementCount, o.shape.reduce(1, *) == s.shape.reduce(1, *),
                  o.shape.filter({ $0 != 1 }) == s.shape.filter({ $0 != 1 }) else {
                return TensorPairing(stored: s, original: nil,
                                     problem: "shapes differ: \(s.shape.map(String.init).joined(separator: "×")) here, \(o.shape.map(String.init).joined(separator: "×")) in the original (\(o.name))")
            }
            return TensorPairing(stored: s, original: o, problem: nil)
        }
    }
}
