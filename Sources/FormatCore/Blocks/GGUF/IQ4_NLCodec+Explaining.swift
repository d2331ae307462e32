extension IQ4_NLCodec: BlockExplaining {
    /// `y = d * kvalues[q]`, as `dequantize_row_iq4_nl`.
    public func reconstruction(of index: Int, in bytes: UnsafeRawPointer, count: Int) -> BlockReconstruction {
        let p = bytes + index / 32 * 18, j = index % 32
        let (dTerm, d) = GGUFTerms.half("d", p, 0)
        let q = GGUFTerms.nibble(p + 2, j)
        let level = Int(IQ4NLCodebook.levels[q])
        return BlockReconstruction(formula: "y = d * kvalues[q]",
                                   terms: [dTerm, GGUFTerms.integer("kvalues[q]", level, "level of code \(q), " + GGUFTerms.nibbleSource(j, firstByte: 2))],
                                   order: "float32 product, rounded once", result: d * Float(level))
    }

    /// The codes in element order.
    public func fieldItems(_ field: Int, ofBlockAt block: UnsafeRawPointer) -> [Int64]? {
        field == 1 ? GGUFTerms.nibbles(block + 2) : nil
    }
}
