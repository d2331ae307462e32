/// Symmetric signed integers of 2 to 8 bits: the absmax maps to `2^(bits-1) - 1`, values round to
/// nearest even and are clamped to `-qmax...qmax` (the most negative code, `-2^(bits-1)`, is not used).
struct SymmetricIntegerKernel: AbsmaxElementKernel {
    /// Width of a code.
    let bitWidth: Int
    /// The largest magnitude, `2^(bitWidth-1) - 1`.
    let maxMagnitude: Float

    /// Creates the kernel for `intN` (N in 2...8).
    init(bitWidth: Int) {
        self.bitWidth = bitWidth
        self.maxMagnitude = Float((1 << (bitWidth - 1)) - 1)
    }

    /// Codes (two's complement, low `bitWidth` bits) and integer values of normalised lanes.
    @inline(__always) func quantize(_ y: BlockLanes.Floats) -> (codes: BlockLanes.Bits, values: BlockLanes.Floats) {
        typealias L = BlockLanes
        let top = L.Floats(repeating: maxMagnitude), bottom = L.Floats(repeating: -maxMagnitude)
        var clamped = L.select(L.greater(y, top), top, y)
        clamped = L.select(L.greater(bottom, clamped), bottom, clamped)
        let values = L.roundedToEven(clamped)
        let mask = UInt32((1 << bitWidth) - 1)
        return (L.integerBits(values) & mask, values)
    }

    /// Integer values of codes.
    @inline(__always) func decode(_ codes: BlockLanes.Bits) -> BlockLanes.Floats {
        typealias L = BlockLanes
        let shift = UInt32(32 - bitWidth)
        let signed = unsafeBitCast(unsafeBitCast(codes &<< shift, to: SIMD16<Int32>.self) &>> Int32(shift), to: L.Bits.self)
        return L.floatsFromInteger(signed)
    }
}
