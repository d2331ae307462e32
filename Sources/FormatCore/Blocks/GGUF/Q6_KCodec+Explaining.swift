extension Q6_KCodec: BlockExplaining {
    /// `y = (d * sc) * (q - 32)`, as `dequantize_row_q6_K` (sc: the sub-block's int8 scale).
    public func reconstruction(of index: Int, in bytes: UnsafeRawPointer, count: Int) -> BlockReconstruction {
        let p = bytes + index / 256 * 210, e = index % 256
        let (dTerm, d) = GGUFTerms.half("d", p, 208)
        let (low, high) = Self.parts(p, e)
        let scaleByte = 192 + 8 * (e / 128) + (e % 32) / 16 + 2 * ((e % 128) / 32)
        let sc = Int(p.load(fromByteOffset: scaleByte, as: Int8.self))
        let q = (low | high << 4) - 32
        return BlockReconstruction(formula: "y = d * sc * q,  q = ql + 16 * qh - 32",
                                   terms: [dTerm, GGUFTerms.integer("sc", sc, "int8 scales byte \(scaleByte)"),
                                           GGUFTerms.integer("ql", low, "low 4 bits of element \(e)"), GGUFTerms.integer("qh", high, "high 2 bits of element \(e)"),
                                           GGUFTerms.integer("q", q, "ql + 16 * qh - 32")],
                                   order: "float32: (d * sc) * q, each rounded", result: d * Float(sc) * Float(q))
    }

    /// The low four and high two bits of element `e`'s quant in the block at `p`.
    static func parts(_ p: UnsafeRawPointer, _ e: Int) -> (low: Int, high: Int) {
        let half = e / 128, group = (e % 128) / 32, l = e % 32
        let ql = p.load(fromByteOffset: 64 * half + l + (group & 1) * 32, as: UInt8.self)
        let qh = p.load(fromByteOffset: 128 + 32 * half + l, as: UInt8.self)
        return (Int(group < 2 ? ql & 0xF : ql >> 4), Int((qh >> UInt8(2 * group)) & 3))
    }

    /// Low and high quant bits in element order, the scales signed.
    public func fieldItems(_ field: Int, ofBlockAt block: UnsafeRawPointer) -> [Int64]? {
        switch field {
        case 0: return (0..<256).map { Int64(Self.parts(block, $0).low) }
        case 1: return (0..<256).map { Int64(Self.parts(block, $0).high) }
        case 2: return (0..<16).map { Int64(block.load(fromByteOffset: 192 + $0, as: Int8.self)) }
        default: return nil
        }
    }
}
