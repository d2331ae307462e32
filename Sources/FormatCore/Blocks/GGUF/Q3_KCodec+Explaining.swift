extension Q3_KCodec: BlockExplaining {
    /// `y = (d * sc) * (q - 4 * (1 - h))`, as `dequantize_row_q3_K` (sc: the sub-block's signed 6-bit scale).
    public func reconstruction(of index: Int, in bytes: UnsafeRawPointer, count: Int) -> BlockReconstruction {
        let p = bytes + index / 256 * 110, e = index % 256
        let (dTerm, d) = GGUFTerms.half("d", p, 108)
        let (low, high) = Self.parts(p, e)
        let scale = Self.scale(e / 16, (p + 96).assumingMemoryBound(to: UInt8.self))
        let q = low - (high != 0 ? 0 : 4)
        return BlockReconstruction(formula: "y = d * sc * q,  q = low - (h ? 0 : 4)",
                                   terms: [dTerm, GGUFTerms.integer("sc", scale, "6-bit scale \(e / 16) minus 32"),
                                           GGUFTerms.integer("low", low, "2-bit quant \(e)"), GGUFTerms.integer("h", high, "hmask bit \(e / 32) of byte \(e % 32)"),
                                           GGUFTerms.integer("q", q, "low - (h ? 0 : 4)")],
                                   order: "float32: (d * sc) * q, each rounded", result: (d * Float(scale)) * Float(q))
    }

    /// The low two bits and the hmask bit of element `e` of the block at `p`.
    static func parts(_ p: UnsafeRawPointer, _ e: Int) -> (low: Int, high: Int) {
        let half = e / 128, s = (e % 128) / 32, l = e % 32
        let low = Int((p.load(fromByteOffset: 32 + 32 * half + l, as: UInt8.self) >> UInt8(2 * s)) & 3)
        return (low, Int((p.load(fromByteOffset: l, as: UInt8.self) >> UInt8(e / 32)) & 1))
    }

    /// hmask bits and quants in element order, the 16 scales signed (minus 32).
    public func fieldItems(_ field: Int, ofBlockAt block: UnsafeRawPointer) -> [Int64]? {
        switch field {
        case 0: return (0..<256).map { Int64(Self.parts(block, $0).high) }
        case 1: return (0..<256).map { Int64(Self.parts(block, $0).low) }
        case 2: return (0..<16).map { Int64(Self.scale($0, (block + 96).assumingMemoryBound(to: UInt8.self))) }
        default: return nil
        }
    }
}
