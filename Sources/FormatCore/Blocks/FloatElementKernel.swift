/// A small float element (FP8, FP6, FP4): round to nearest even with saturation through the SIMD
/// narrowing kernel, and back through `FloatLaneDecoder`.
///
/// Holds only trivial values (no `Format`, whose strings and arrays are reference counted), so that
/// copying it into per-block steps costs nothing.
struct FloatElementKernel: AbsmaxElementKernel {
    /// fp32 bit patterns to codes, nearest-even, saturating.
    let narrowing: FP32Narrowing
    /// Codes to float32.
    let decoder: FloatLaneDecoder
    /// The largest finite value.
    let maxMagnitude: Float
    /// fp32 exponent field of the element's smallest normal binade (its subnormals share its quantum).
    let minField: UInt32
    /// fp32 exponent field just above the element's largest binade.
    let capField: UInt32
    /// Stored mantissa bits.
    let mantissaBits: UInt32

    /// Creates the kernel, or nil unless the format is a signed float of at most 8 bits with a zero.
    init?(_ format: Format) {
        guard case .float(let s) = format.kind, s.isSigned, s.hasZero, s.bitWidth <= 8,
              let narrowing = FP32Narrowing(to: format, rounding: .nearestEven, overflow: .saturate),
              let decoder = FloatLaneDecoder(s) else { return nil }
        self.narrowing = narrowing
        self.decoder = decoder
        self.maxMagnitude = Float(format.decode(s.maxFiniteMagnitudeCode).value.doubleValue)
        self.minField = UInt32(s.minExponent + 127)
        self.capField = UInt32(s.maxExponent + 128)
        self.mantissaBits = UInt32(s.mantissaBits)
    }

    /// Codes and values of lanes (any finite float32; beyond the range they saturate).
    @inline(__always) func quantize(_ y: BlockLanes.Floats) -> (codes: BlockLanes.Bits, values: BlockLanes.Floats) {
        (narrowing.convert(BlockLanes.bits(y)), rounded(y))
    }

    /// The element values of lanes (`decode(quantize(y).codes)`) without going through codes: |y| is
    /// rounded to a multiple of its quantum q by adding and subtracting 1.5 · 2^23 · q (float32
    /// addition rounds to nearest even, and that constant's significand is even), clamped to the
    /// largest value, and given y's sign back (small negatives give -0, as the codes do).
    /// Any float32 but NaN; subnormal inputs are exact but may be slow.
    @inline(__always) func rounded(_ y: BlockLanes.Floats) -> BlockLanes.Floats {
        typealias L = BlockLanes
        let magnitude = L.bits(y) & 0x7FFF_FFFF
        var field = magnitude &>> 23
        let low = L.Bits(repeating: minField), high = L.Bits(repeating: capField)
        field = L.select(L.greater(low, field), low, field)
        field = L.select(L.greater(field, high), high, field)
        let c = L.floats(((field &+ (23 &- mantissaBits)) &<< 23) | 0x40_0000)
        var r = (L.floats(magnitude) + c) - c
        let top = L.Floats(repeating: maxMagnitude)
        r = L.select(L.greater(r, top), top, r)
        return L.floats(L.bits(r) | (L.bits(y) & 0x8000_0000))
    }

    /// Values of codes.
    @inline(__always) func decode(_ codes: BlockLanes.Bits) -> BlockLanes.Floats { decoder.decode(codes) }

    /// Values of lanes, without the codes.
    @inline(__always) func values(_ y: BlockLanes.Floats) -> BlockLanes.Floats { rounded(y) }
}
