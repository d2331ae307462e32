import Measure
import TensorFiles
import Testing

/// llama.cpp's converter's rope row order for llama's attn_q/attn_k, and reading an original in it.
@Suite("Rope row order")
struct RopeRowOrderTests {
    @Test("stored row 2b + a of a head is original row a·(headRows/2) + b, head by head")
    func order() throws {
        let order = try #require(RopeRowOrder(heads: 2, rows: 8, columns: 3))
        #expect((0..<8).map(order.originalRow(ofStored:)) == [0, 2, 1, 3, 4, 6, 5, 7])
        let kv = try #require(RopeRowOrder(heads: 1, rows: 6, columns: 1))
        #expect((0..<6).map(kv.originalRow(ofStored:)) == [0, 3, 1, 4, 2, 5])
        #expect(RopeRowOrder(heads: 3, rows: 8, columns: 2) == nil, "8 rows are not 3 heads")
        #expect(RopeRowOrder(heads: 4, rows: 4, columns: 2) == nil, "heads of one row have no halves")
    }

    @Test("the reader hands out the original in the stored order, whatever the window sizes")
    func reader() throws {
        // numpy: w.reshape(heads, 2, rows/heads/2, cols).swapaxes(1, 2).reshape(rows, cols), the converter's permute.
        let heads = 2, rows = 8, columns = 3
        let original = (0..<(rows * columns)).map { Float($0) }
        var expected: [Float] = []
        for h in 0..<heads { for b in 0..<(rows / heads / 2) { for a in 0..<2 {
            let row = h * (rows / heads) + a * (rows / heads / 2) + b
            expected += original[(row * columns)..<(row * columns + columns)]
        } } }
        let order = try #require(RopeRowOrder(heads: heads, rows: rows, columns: columns))
        let reader = RowReorderingReader(base: ArrayValues(original, step: 5), order: order)
        var out: [Float] = []
        let buffer = UnsafeMutablePointer<UInt32>.allocate(capacity: 7)
        defer { buffer.deallocate() }
        while true {
            let n = try reader.read(into: buffer, maximum: 7)
            if n == 0 { break }
            out += (0..<n).map { Float(bitPattern: buffer[$0]) }
        }
        #expect(out == expected)
    }
}

/// Which attn_q/attn_k pairs are read in the rope order.
@Suite("Rope pairing")
struct RopePairingTests {
    /// A file of one F32 tensor per name (the bytes are never read here).
    static func file(_ kind: ContainerKind, _ tensors: [(String, [Int])]) -> ModelFile {
        let infos = tensors.map { name, shape in
            TensorInfo(name: name, shape: shape, storedType: "F32", encoding: .scalar(.fp32, bigEndian: false),
                       elementCount: shape.reduce(1, *), byteCount: 4 * shape.reduce(1, *), file: 0, byteOffset: 0)
        }
        return ModelFile(kind: kind, paths: ["x"], metadata: [], tensors: infos, regions: [], owner: nil)
    }

    @Test("reordered only when the architecture is known to be llama; refused with the reason otherwise (before: any unknown architecture was taken for llama)")
    func onlyForLlama() throws {
        let stored = Self.file(.gguf, [("blk.0.attn_q.weight", [8, 4]), ("blk.0.attn_k.weight", [4, 4]), ("blk.0.attn_v.weight", [4, 4])])
        let original = Self.file(.safetensors, [("model.layers.0.self_attn.q_proj.weight", [8, 4]), ("model.layers.0.self_attn.k_proj.weight", [4, 4]),
                                                 ("model.layers.0.self_attn.v_proj.weight", [4, 4])])
        let llama = TensorPairing.pair(stored: stored, original: original, architecture: .llama, heads: 2, kvHeads: 1)
        #expect(llama.map { $0.rowOrder?.heads } == [2, 1, nil])
        #expect(llama.allSatisfy { $0.original != nil })
        let unknown = TensorPairing.pair(stored: stored, original: original, architecture: nil, heads: 2, kvHeads: 1)
        #expect(unknown[0].original == nil && unknown[1].original == nil && unknown[2].original != nil)
        #expect(unknown[0].problem?.contains("not known to be llama") == true)
        #expect(unknown.allSatisfy { $0.rowOrder == nil })
    }
}
