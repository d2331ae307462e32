extension Q4_KCodec: BlockExplaining {
    /// `y = (d * sc) * q - (dmin * m)`, as `dequantize_row_q4_K` (sc and m: the sub-block's 6-bit scale and min).
    public func reconstruction(of index: Int, in bytes: UnsafeRawPointer, count: Int) -> BlockReconstruction {
        let p = bytes + index / 256 * 144, e = index % 256
        let (dTerm, d) = GGUFTerms.half("d", p, 0), (mTerm, dmin) = GGUFTerms.half("dmin", p, 2)
        let (sc, m) = KScaleMinPacking.scaleMin(e / 32, (p + 4).assumingMemoryBound(to: UInt8.self))
        let q = Self.quant(p, e)
        let result = (d * Float(sc)) * Float(q) - dmin * Float(m)
        return BlockReconstruction(formula: "y = d * sc * q - dmin * m",
                                   terms: [dTerm, GGUFTerms.integer("sc", Int(sc), "6-bit scale of sub-block \(e / 32)"),
                                           GGUFTerms.integer("q", q, Self.quantSource(e, first: 16)), mTerm,
                                           GGUFTerms.integer("m", Int(m), "6-bit min of sub-block \(e / 32)")],
                                   order: "float32: ((d * sc) * q) - (dmin * m), each rounded", result: result)
    }

    /// The 4-bit quant of element `e` of the block at `p`.
    static func quant(_ p: UnsafeRawPointer, _ e: Int, first: Int = 16) -> Int {
        let byte = p.load(fromByteOffset: first + 32 * (e / 64) + e % 32, as: UInt8.self)
        return Int(e % 64 < 32 ? byte & 0xF : byte >> 4)
    }

    /// Where `quant` reads element `e`.
    static func quantSource(_ e: Int, first: Int) -> String {
        "\(e % 64 < 32 ? "low" : "high") nibble of byte \(first + 32 * (e / 64) + e % 32)"
    }

    /// The 8 scales then the 8 mins; the quants in element order.
    public func fieldItems(_ field: Int, ofBlockAt block: UnsafeRawPointer) -> [Int64]? {
        switch field {
        case 2:
            let pairs = (0..<8).map { KScaleMinPacking.scaleMin($0, (block + 4).assumingMemoryBound(to: UInt8.self)) }
            return pairs.map { Int64($0.scale) } + pairs.map { Int64($0.min) }
        case 3: return (0..<256).map { Int64(Self.quant(block, $0)) }
        default: return nil
        }
    }
}
