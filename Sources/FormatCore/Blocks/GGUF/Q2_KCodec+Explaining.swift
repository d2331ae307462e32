extension Q2_KCodec: BlockExplaining {
    /// `y = (d * sc) * q - dmin * m`, as `dequantize_row_q2_K` (sc and m: the sub-block's 4-bit scale and min).
    public func reconstruction(of index: Int, in bytes: UnsafeRawPointer, count: Int) -> BlockReconstruction {
        let p = bytes + index / 256 * 84, e = index % 256
        let (dTerm, d) = GGUFTerms.half("d", p, 80), (mTerm, dmin) = GGUFTerms.half("dmin", p, 82)
        let q = Self.quant(p, e)
        let sc = p.load(fromByteOffset: e / 16, as: UInt8.self)
        let scale = Int(sc & 0xF), min = Int(sc >> 4)
        let result = (d * Float(scale)) * Float(q) - dmin * Float(min)
        return BlockReconstruction(formula: "y = d * sc * q - dmin * m",
                                   terms: [dTerm, GGUFTerms.integer("sc", scale, "low nibble of scales byte \(e / 16)"),
                                           GGUFTerms.integer("q", q, "2-bit quant \(e)"), mTerm,
                                           GGUFTerms.integer("m", min, "high nibble of scales byte \(e / 16)")],
                                   order: "float32: ((d * sc) * q) - (dmin * m), each rounded", result: result)
    }

    /// The 2-bit quant of element `e` of the block at `p`.
    static func quant(_ p: UnsafeRawPointer, _ e: Int) -> Int {
        let half = e / 128, s = (e % 128) / 32, l = e % 32
        return Int((p.load(fromByteOffset: 16 + 32 * half + l, as: UInt8.self) >> UInt8(2 * s)) & 3)
    }

    /// The quants in element order.
    public func fieldItems(_ field: Int, ofBlockAt block: UnsafeRawPointer) -> [Int64]? {
        field == 1 ? (0..<256).map { Int64(Self.quant(block, $0)) } : nil
    }
}
