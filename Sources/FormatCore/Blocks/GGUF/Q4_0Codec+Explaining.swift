extension Q4_0Codec: BlockExplaining {
    /// `y = (q - 8) * d`, as `dequantize_row_q4_0`.
    public func reconstruction(of index: Int, in bytes: UnsafeRawPointer, count: Int) -> BlockReconstruction {
        let p = bytes + index / 32 * 18, j = index % 32
        let (dTerm, d) = GGUFTerms.half("d", p, 0)
        let q = GGUFTerms.nibble(p + 2, j)
        return BlockReconstruction(formula: "y = (q - 8) * d",
                                   terms: [GGUFTerms.integer("q", q, GGUFTerms.nibbleSource(j, firstByte: 2)), dTerm],
                                   order: "float32: (q - 8) exact, times d", result: Float(q - 8) * d)
    }

    /// The quants in element order.
    public func fieldItems(_ field: Int, ofBlockAt block: UnsafeRawPointer) -> [Int64]? {
        field == 1 ? GGUFTerms.nibbles(block + 2) : nil
    }
}
