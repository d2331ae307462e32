extension Q5_1Codec: BlockExplaining {
    /// `y = q * d + m` with q's bit 4 from `qh`, as `dequantize_row_q5_1`.
    public func reconstruction(of index: Int, in bytes: UnsafeRawPointer, count: Int) -> BlockReconstruction {
        let p = bytes + index / 32 * 24, j = index % 32
        let (dTerm, d) = GGUFTerms.half("d", p, 0), (mTerm, m) = GGUFTerms.half("m", p, 2)
        let qh = UInt32(littleEndian: p.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
        let q = GGUFTerms.nibble(p + 8, j) | Int((qh >> UInt32(j)) & 1) << 4
        return BlockReconstruction(formula: "y = q * d + m",
                                   terms: [GGUFTerms.integer("q", q, GGUFTerms.nibbleSource(j, firstByte: 8) + " + 16 * qh bit \(j)"), dTerm, mTerm],
                                   order: "float32: (q * d) + m, each rounded", result: Float(q) * d + m)
    }

    /// The low quant bits in element order.
    public func fieldItems(_ field: Int, ofBlockAt block: UnsafeRawPointer) -> [Int64]? {
        field == 3 ? GGUFTerms.nibbles(block + 8) : nil
    }
}
