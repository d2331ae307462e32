/// bitsandbytes' FP4 exactly as its `dQuantizeFP4` does it: the sign from `x < 0`, then a three-step
/// search of `|x|` against bitsandbytes' own seven float32 pivots (larger magnitude only when strictly
/// above a pivot).
///
/// The pivots are bitsandbytes' literals, not the exact midpoints: `0.583333f` is 5 ulps below 7/12
/// and `0.00260417f` is not 1/384, so values within a few ulps of those midpoints round as
/// bitsandbytes rounds them. Codes: bit 3 is the sign, magnitudes 0, 1, 6, 7, 4, 5, 2, 3 in
/// increasing order ({0, 0.0625, 2, 3, 4, 6, 8, 12} / 12, the levels of `Format.bnbFP4`).
struct BnbFP4Kernel: AbsmaxElementKernel {
    /// bnb-fp4 levels are normalised to [-1, 1].
    var maxMagnitude: Float { 1 }

    /// bitsandbytes' pivot `i` (0...6) between magnitudes `i` and `i + 1` in increasing order.
    @inline(__always) static func pivot(_ i: Int) -> Float {
        switch i {
        case 0: return 0.00260417
        case 1: return 0.0859375
        case 2: return 0.20833333
        case 3: return 0.29166667
        case 4: return 0.4166667
        case 5: return 0.583333
        default: return 0.8333333
        }
    }

    /// Magnitude `j` (0...7) in increasing order: {0, 0.0625, 2, 3, 4, 6, 8, 12} / 12 in float32.
    @inline(__always) static func magnitude(_ j: Int) -> Float {
        switch j {
        case 0: return Float(bitPattern: 0x0000_0000)
        case 1: return Float(bitPattern: 0x3BAA_AAAB)
        case 2: return Float(bitPattern: 0x3E2A_AAAB)
        case 3: return Float(bitPattern: 0x3E80_0000)
        case 4: return Float(bitPattern: 0x3EAA_AAAB)
        case 5: return Float(bitPattern: 0x3F00_0000)
        case 6: return Float(bitPattern: 0x3F2A_AAAB)
        default: return Float(bitPattern: 0x3F80_0000)
        }
    }

    /// Codes and levels of normalised lanes.
    @inline(__always) func quantize(_ y: BlockLanes.Floats) -> (codes: BlockLanes.Bits, values: BlockLanes.Floats) {
        typealias L = BlockLanes
        @inline(__always) func p(_ i: Int) -> L.Floats { L.Floats(repeating: Self.pivot(i)) }
        let negative = L.greater(L.Floats(repeating: 0), y)
        let a = L.floats(L.bits(y) & 0x7FFF_FFFF)
        let s2 = L.greater(a, p(3))
        let s1 = L.greater(a, L.select(s2, p(5), p(1)))
        let s0 = L.greater(a, L.select(s2, L.select(s1, p(6), p(4)), L.select(s1, p(2), p(0))))
        let j = (s2 & 4) | (s1 & 2) | (s0 & 1)
        let codes = (negative & 8) | (j ^ ((j & 2) &<< 1))
        return (codes, Self.value(negative, s2, s1, s0))
    }

    /// Levels of codes.
    @inline(__always) func decode(_ codes: BlockLanes.Bits) -> BlockLanes.Floats {
        typealias L = BlockLanes
        let zero = L.Bits(repeating: 0)
        let j = (codes & 7) ^ ((codes & 2) &<< 1)
        @inline(__always) func set(_ x: L.Bits, _ b: UInt32) -> L.Bits { ~L.equal(x & b, zero) }
        return Self.value(set(codes, 8), set(j, 4), set(j, 2), set(j, 1))
    }

    /// The level with the given sign and sorted-magnitude bits (masks).
    @inline(__always) static func value(_ negative: BlockLanes.Bits, _ s2: BlockLanes.Bits, _ s1: BlockLanes.Bits,
                                        _ s0: BlockLanes.Bits) -> BlockLanes.Floats {
        typealias L = BlockLanes
        @inline(__always) func v(_ j: Int) -> L.Floats { L.Floats(repeating: magnitude(j)) }
        let m = L.select(s2, L.select(s1, L.select(s0, v(7), v(6)), L.select(s0, v(5), v(4))),
                         L.select(s1, L.select(s0, v(3), v(2)), L.select(s0, v(1), v(0))))
        return L.floats(L.bits(m) | (negative & 0x8000_0000))
    }
}
