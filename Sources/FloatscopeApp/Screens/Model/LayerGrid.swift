/// Tensors arranged by layer and kind, from names `blk.N.KIND` (GGUF) or `model.layers.N.KIND`
/// (Hugging Face): kinds in order of first appearance, layers 0 to the largest seen.
struct LayerGrid: Sendable, Hashable {
    /// Tensor kinds (`attn_q.weight`, `self_attn.q_proj.weight`).
    var kinds: [String]
    /// One more than the largest layer number.
    var layers: Int
    /// The tensor index at each (kind, layer).
    var cells: [Int: Int]

    /// The grid of `names`; tensors outside layers are left out.
    init(names: [String]) {
        var kinds: [String] = [], kindIndex: [String: Int] = [:], cells: [Int: Int] = [:], layers = 0
        for (index, name) in names.enumerated() {
            guard let (layer, kind) = Self.split(name) else { continue }
            let k: Int
            if let known = kindIndex[kind] { k = known } else { k = kinds.count; kindIndex[kind] = k; kinds.append(kind) }
            layers = max(layers, layer + 1)
            cells[k * 1_000_000 + layer] = index
        }
        self.kinds = kinds
        self.layers = layers
        self.cells = cells
    }

    /// The tensor of a kind in a layer.
    func tensor(kind: Int, layer: Int) -> Int? { cells[kind * 1_000_000 + layer] }

    /// The layer and kind of a name, or nil when it names no layer.
    static func split(_ name: String) -> (Int, String)? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        for prefix in [["blk"], ["model", "layers"], ["layers"], ["transformer", "h"]] {
            let n = prefix.count
            guard parts.count > n + 1, parts.prefix(n).map(String.init) == prefix,
                  let layer = Int(parts[n]), layer >= 0, layer < 1_000_000 else { continue }
            return (layer, parts[(n + 1)...].joined(separator: "."))
        }
        return nil
    }
}
