extension Q4_1Codec: BlockExplaining {
    /// `y = q * d + m`, as `dequantize_row_q4_1`.
    public func reconstruction(of index: Int, in bytes: UnsafeRawPointer, count: Int) -> BlockReconstruction {
        let p = bytes + index / 32 * 20, j = index % 32
        let (dTerm, d) = GGUFTerms.half("d", p, 0), (mTerm, m) = GGUFTerms.half("m", p, 2)
        let q = GGUFTerms.nibble(p + 4, j)
        return BlockReconstruction(formula: "y = q * d + m",
                                   terms: [GGUFTerms.integer("q", q, GGUFTerms.nibbleSource(j, firstByte: 4)), dTerm, mTerm],
                                   order: "float32: (q * d) + m, each rounded", result: Float(q) * d + m)
    }

    /// The quants in element order.
    public func fieldItems(_ field: Int, ofBlockAt block: UnsafeRawPointer) -> [Int64]? {
        field == 2 ? GGUFTerms.nibbles(block + 4) : nil
    }
}
