extension Q5_0Codec: BlockExplaining {
    /// `y = (q - 16) * d` with q's bit 4 from `qh`, as `dequantize_row_q5_0`.
    public func reconstruction(of index: Int, in bytes: UnsafeRawPointer, count: Int) -> BlockReconstruction {
        let p = bytes + index / 32 * 22, j = index % 32
        let (dTerm, d) = GGUFTerms.half("d", p, 0)
        let qh = UInt32(littleEndian: p.loadUnaligned(fromByteOffset: 2, as: UInt32.self))
        let q = GGUFTerms.nibble(p + 6, j) | Int((qh >> UInt32(j)) & 1) << 4
        return BlockReconstruction(formula: "y = (q - 16) * d",
                                   terms: [GGUFTerms.integer("q", q, GGUFTerms.nibbleSource(j, firstByte: 6) + " + 16 * qh bit \(j)"), dTerm],
                                   order: "float32: (q - 16) exact, times d", result: Float(q - 16) * d)
    }

    /// The low quant bits in element order.
    public func fieldItems(_ field: Int, ofBlockAt block: UnsafeRawPointer) -> [Int64]? {
        field == 2 ? GGUFTerms.nibbles(block + 6) : nil
    }
}
