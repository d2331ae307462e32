/// A small float element (FP8, FP6, FP4): round to nearest even with saturation through the SIMD
/// narrowing kernel, and back through `FloatLaneDecoder`.
struct FloatElementKernel: AbsmaxElementKernel {
    /// The element format.
    let format: Format
    /// fp32 bit patterns to codes, nearest-even, saturating.
    let narrowing: FP32Narrowing
    /// Codes to float32.
    let decoder: FloatLaneDecoder
    /// The largest finite value.
    let maxMagnitude: Float

    /// Creates the kernel, or nil unless the format is a signed float of at most 8 bits with a zero.
    init?(_ format: Format) {
        guard case .float(let s) = format.kind, s.isSigned, s.hasZero, s.bitWidth <= 8,
              let narrowing = FP32Narrowing(to: format, rounding: .nearestEven, overflow: .saturate),
              let decoder = FloatLaneDecoder(s) else { return nil }
        self.format = format
        self.narrowing = narrowing
        self.decoder = decoder
        self.maxMagnitude = Float(format.decode(s.maxFiniteMagnitudeCode).value.doubleValue)
    }

    /// Codes and values of lanes (any finite float32; beyond the range they saturate).
    @inline(__always) func quantize(_ y: BlockLanes.Floats) -> (codes: BlockLanes.Bits, values: BlockLanes.Floats) {
        let codes = narrowing.convert(BlockLanes.bits(y))
        return (codes, decoder.decode(codes))
    }

    /// Values of codes.
    @inline(__always) func decode(_ codes: BlockLanes.Bits) -> BlockLanes.Floats { decoder.decode(codes) }
}
