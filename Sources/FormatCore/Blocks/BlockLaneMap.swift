/// The per-vector step of a block codec: 16 input values to 16 codes and 16 dequantised values.
protocol BlockLaneMap {
    /// Codes and dequantised values of 16 lanes.
    func apply(_ x: BlockLanes.Floats) -> (codes: BlockLanes.Bits, values: BlockLanes.Floats)
}
