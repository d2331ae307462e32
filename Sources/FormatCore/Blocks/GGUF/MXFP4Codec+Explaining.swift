extension MXFP4Codec: BlockExplaining {
    /// `y = (2 * e2m1(q)) * 2^(e-128)`, as `dequantize_row_mxfp4` (doubled integer levels, half the scale).
    public func reconstruction(of index: Int, in bytes: UnsafeRawPointer, count: Int) -> BlockReconstruction {
        let p = bytes + index / 32 * 17, j = index % 32
        let e = p.load(as: UInt8.self)
        let q = GGUFTerms.nibble(p + 1, j)
        let level = Int(Self.doubledLevels[q]), half = Self.halfScale(e)
        return BlockReconstruction(formula: "y = L * 2^(e-128)",
                                   terms: [GGUFTerms.integer("L", level, "2 * e2m1 value of code \(q), " + GGUFTerms.nibbleSource(j, firstByte: 1)),
                                           .init(symbol: "2^(e-128)", value: BinaryValue(half).exact, source: "e8m0 e = \(e), halved")],
                                   order: "float32 product (exact: a power of two)", result: Float(level) * half)
    }

    /// The codes in element order.
    public func fieldItems(_ field: Int, ofBlockAt block: UnsafeRawPointer) -> [Int64]? {
        field == 1 ? GGUFTerms.nibbles(block + 1) : nil
    }
}
