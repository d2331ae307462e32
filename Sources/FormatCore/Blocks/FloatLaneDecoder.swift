/// Decodes 16 codes of a small float format (every finite value a normal float32) to float32, with
/// integer lane arithmetic and one int-to-float step: value = significand · 2^exponent exactly.
///
/// Meant for codes that stand for finite values (the block kernels produce no others); NaN and
/// infinity codes decode to meaningless numbers. `BlockKernelTests` compares every code with `Format.decode`.
struct FloatLaneDecoder: Sendable {
    let magnitudeMask: UInt32
    let mantissaBits: UInt32
    let mantissaMask: UInt32
    let implicitBit: UInt32
    let exponentOffset: UInt32   // 127 - bias - mantissaBits: added to max(field, 1) gives the float32 field of one unit
    let signBit: UInt32
    let signShift: UInt32        // moves the sign bit to bit 31

    /// Creates the decoder, or nil when some value of the format is not a normal float32 significand step.
    init?(_ s: FloatSemantics) {
        let unitField = 127 - s.bias - s.mantissaBits
        guard s.bitWidth <= 16, s.hasZero, unitField + 1 >= 1, unitField + s.maxFiniteField <= 254 else { return nil }
        magnitudeMask = UInt32(s.magnitudeMask)
        mantissaBits = UInt32(s.mantissaBits)
        mantissaMask = (UInt32(1) << UInt32(s.mantissaBits)) - 1
        implicitBit = UInt32(1) << UInt32(s.mantissaBits)
        exponentOffset = UInt32(unitField)
        signBit = UInt32(s.signMask)
        signShift = s.isSigned ? UInt32(32 - s.bitWidth) : 0
    }

    /// The float32 values of 16 codes.
    @inline(__always) func decode(_ codes: BlockLanes.Bits) -> BlockLanes.Floats {
        typealias L = BlockLanes
        let magnitude = codes & magnitudeMask
        let field = magnitude &>> mantissaBits
        let subnormal = L.equal(field, L.Bits(repeating: 0))
        let significand = (magnitude & mantissaMask) | (~subnormal & implicitBit)
        let unitField = (field | (subnormal & 1)) &+ exponentOffset
        // significand < 2^23: or-ing it into the significand of 2^23 and subtracting 2^23 converts it exactly.
        let whole = L.floats(significand | 0x4B00_0000) - L.Floats(repeating: 8_388_608)
        let value = whole * L.floats(unitField &<< 23)
        if signShift == 0 { return value }
        return L.floats(L.bits(value) | ((codes & signBit) &<< signShift))
    }
}
