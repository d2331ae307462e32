/// A lookup-table format: each code indexes one float32 level (NF4, bitsandbytes FP4).
public struct Codebook: Sendable, Hashable {
    /// The level of each code, indexed by code.
    public let levels: [Float]
    /// Codes ordered by increasing level (ties broken by code).
    public let codesByValue: [Int]
    /// Bits per code.
    public let bitWidth: Int
    /// Whether bit 3 of the code is a sign bit (bnb-fp4) rather than part of an index (nf4).
    public let hasSignBit: Bool

    /// Creates a codebook from its levels indexed by code.
    public init(levels: [Float], hasSignBit: Bool = false) {
        self.levels = levels
        self.hasSignBit = hasSignBit
        var width = 0
        while (1 << width) < levels.count { width += 1 }
        self.bitWidth = width
        self.codesByValue = levels.indices.sorted { (levels[$0], $0) < (levels[$1], $1) }
    }

    /// The float32 midpoint `(a + b) / 2` between sorted levels `index` and `index + 1`, computed in
    /// float32 as bitsandbytes does; for NF4, 9 of the 15 are not the exact midpoints.
    public func float32Midpoint(sortedIndex index: Int) -> Float {
        (levels[codesByValue[index]] + levels[codesByValue[index + 1]]) / 2
    }
}
