/// The per-vector step of a block codec: 16 input values to 16 codes and 16 dequantised values.
protocol BlockLaneMap {
    /// Codes and dequantised values of 16 lanes.
    func apply(_ x: BlockLanes.Floats) -> (codes: BlockLanes.Bits, values: BlockLanes.Floats)
    /// The dequantised values alone (round trips skip the codes).
    func values(_ x: BlockLanes.Floats) -> BlockLanes.Floats
}

extension BlockLaneMap {
    /// The dequantised values alone, when computing codes costs nothing extra.
    @inline(__always) func values(_ x: BlockLanes.Floats) -> BlockLanes.Floats { apply(x).values }
}
