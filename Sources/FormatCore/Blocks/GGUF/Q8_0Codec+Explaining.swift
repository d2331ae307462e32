extension Q8_0Codec: BlockExplaining {
    /// `y = q * d`, as `dequantize_row_q8_0`.
    public func reconstruction(of index: Int, in bytes: UnsafeRawPointer, count: Int) -> BlockReconstruction {
        let p = bytes + index / 32 * 34, j = index % 32
        let (dTerm, d) = GGUFTerms.half("d", p, 0)
        let q = Int(p.load(fromByteOffset: 2 + j, as: Int8.self))
        return BlockReconstruction(formula: "y = q * d", terms: [GGUFTerms.integer("q", q, "int8 byte \(2 + j)"), dTerm],
                                   order: "float32 product, rounded once", result: Float(q) * d)
    }

    /// The quants, signed.
    public func fieldItems(_ field: Int, ofBlockAt block: UnsafeRawPointer) -> [Int64]? {
        field == 1 ? (0..<32).map { Int64(block.load(fromByteOffset: 2 + $0, as: Int8.self)) } : nil
    }
}
