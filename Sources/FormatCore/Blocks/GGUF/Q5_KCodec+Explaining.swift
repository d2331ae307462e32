extension Q5_KCodec: BlockExplaining {
    /// `y = (d * sc) * q - (dmin * m)` with q's bit 4 from `qh`, as `dequantize_row_q5_K`.
    public func reconstruction(of index: Int, in bytes: UnsafeRawPointer, count: Int) -> BlockReconstruction {
        let p = bytes + index / 256 * 176, e = index % 256
        let (dTerm, d) = GGUFTerms.half("d", p, 0), (mTerm, dmin) = GGUFTerms.half("dmin", p, 2)
        let (sc, m) = KScaleMinPacking.scaleMin(e / 32, (p + 4).assumingMemoryBound(to: UInt8.self))
        let q = Q4_KCodec.quant(p, e, first: 48) + 16 * Self.highBit(p, e)
        let result = (d * Float(sc)) * Float(q) - dmin * Float(m)
        return BlockReconstruction(formula: "y = d * sc * q - dmin * m",
                                   terms: [dTerm, GGUFTerms.integer("sc", Int(sc), "6-bit scale of sub-block \(e / 32)"),
                                           GGUFTerms.integer("q", q, Q4_KCodec.quantSource(e, first: 48) + " + 16 * qh bit \(e / 32) of byte \(16 + e % 32)"),
                                           mTerm, GGUFTerms.integer("m", Int(m), "6-bit min of sub-block \(e / 32)")],
                                   order: "float32: ((d * sc) * q) - (dmin * m), each rounded", result: result)
    }

    /// Bit 4 of the quant of element `e` of the block at `p`.
    static func highBit(_ p: UnsafeRawPointer, _ e: Int) -> Int {
        Int((p.load(fromByteOffset: 16 + e % 32, as: UInt8.self) >> UInt8(e / 32)) & 1)
    }

    /// The 8 scales then the 8 mins; high bits and low quant bits in element order.
    public func fieldItems(_ field: Int, ofBlockAt block: UnsafeRawPointer) -> [Int64]? {
        switch field {
        case 2:
            let pairs = (0..<8).map { KScaleMinPacking.scaleMin($0, (block + 4).assumingMemoryBound(to: UInt8.self)) }
            return pairs.map { Int64($0.scale) } + pairs.map { Int64($0.min) }
        case 3: return (0..<256).map { Int64(Self.highBit(block, $0)) }
        case 4: return (0..<256).map { Int64(Q4_KCodec.quant(block, $0, first: 48)) }
        default: return nil
        }
    }
}
