/// The per-vector step of dequantisation: 16 codes to 16 dequantised values.
protocol BlockCodeMap {
    /// Dequantised values of 16 codes.
    func apply(_ codes: BlockLanes.Bits) -> BlockLanes.Floats
}
