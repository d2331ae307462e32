/// An element format that a block's absmax is mapped onto: lanes of normalised values to codes and back.
protocol AbsmaxElementKernel: Sendable {
    /// The magnitude the block absmax maps to (1 for NF4 and bnb-fp4, `2^(bits-1) - 1` for integers, the
    /// largest finite value for floats).
    var maxMagnitude: Float { get }
    /// Codes (low bits of each lane) and the values they stand for, for normalised lanes `y` (finite).
    func quantize(_ y: BlockLanes.Floats) -> (codes: BlockLanes.Bits, values: BlockLanes.Floats)
    /// The values codes stand for (bits above the element's width ignored).
    func decode(_ codes: BlockLanes.Bits) -> BlockLanes.Floats
    /// `quantize(y).values` alone.
    func values(_ y: BlockLanes.Floats) -> BlockLanes.Floats
}

extension AbsmaxElementKernel {
    /// `quantize(y).values`, for kernels whose codes come for free.
    @inline(__always) func values(_ y: BlockLanes.Floats) -> BlockLanes.Floats { quantize(y).values }
}
