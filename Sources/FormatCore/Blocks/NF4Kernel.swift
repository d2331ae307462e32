/// NormalFloat4 as bitsandbytes quantises it: the code is the number of the 15 float32 midpoints
/// strictly below the normalised value (larger level only when strictly above a midpoint).
///
/// The levels and midpoints are written as literals so that the optimiser folds them into broadcast
/// operands: a four-step search (four compares) picks the code, fifteen masked blends the level.
/// `BlockKernelTests` checks the literals against `Format.nf4`.
struct NF4Kernel: AbsmaxElementKernel {
    /// NF4 levels are normalised to [-1, 1].
    var maxMagnitude: Float { 1 }

    /// Level `i` (0...15), as a literal.
    @inline(__always) static func level(_ i: Int) -> Float {
        switch i {
        case 0: return Float(bitPattern: 0xBF80_0000)
        case 1: return Float(bitPattern: 0xBF32_39B1)
        case 2: return Float(bitPattern: 0xBF06_6B30)
        case 3: return Float(bitPattern: 0xBECA_32A0)
        case 4: return Float(bitPattern: 0xBE91_A24D)
        case 5: return Float(bitPattern: 0xBE3D_353F)
        case 6: return Float(bitPattern: 0xBDBA_7871)
        case 7: return Float(bitPattern: 0x0000_0000)
        case 8: return Float(bitPattern: 0x3DA2_FAFF)
        case 9: return Float(bitPattern: 0x3E24_CAE3)
        case 10: return Float(bitPattern: 0x3E7C_04DD)
        case 11: return Float(bitPattern: 0x3EAD_033A)
        case 12: return Float(bitPattern: 0x3EE1_A4B8)
        case 13: return Float(bitPattern: 0x3F10_07AB)
        case 14: return Float(bitPattern: 0x3F39_13B3)
        default: return Float(bitPattern: 0x3F80_0000)
        }
    }

    /// The float32 midpoint between levels `i` and `i + 1` (0...14), as a literal.
    @inline(__always) static func midpoint(_ i: Int) -> Float {
        switch i {
        case 0: return Float(bitPattern: 0xBF59_1CD8)
        case 1: return Float(bitPattern: 0xBF1C_5270)
        case 2: return Float(bitPattern: 0xBEEB_8480)
        case 3: return Float(bitPattern: 0xBEAD_EA76)
        case 4: return Float(bitPattern: 0xBE70_3CEC)
        case 5: return Float(bitPattern: 0xBE0D_38BC)
        case 6: return Float(bitPattern: 0xBD3A_7871)
        case 7: return Float(bitPattern: 0x3D22_FAFF)
        case 8: return Float(bitPattern: 0x3DF6_4862)
        case 9: return Float(bitPattern: 0x3E50_67E0)
        case 10: return Float(bitPattern: 0x3E95_82D4)
        case 11: return Float(bitPattern: 0x3EC7_53F9)
        case 12: return Float(bitPattern: 0x3F00_6D04)
        case 13: return Float(bitPattern: 0x3F24_8DAF)
        default: return Float(bitPattern: 0x3F5C_89DA)
        }
    }

    /// Codes and levels of normalised lanes.
    @inline(__always) func quantize(_ y: BlockLanes.Floats) -> (codes: BlockLanes.Bits, values: BlockLanes.Floats) {
        typealias L = BlockLanes
        @inline(__always) func m(_ i: Int) -> L.Floats { L.Floats(repeating: Self.midpoint(i)) }
        let s3 = L.greater(y, m(7))
        let s2 = L.greater(y, L.select(s3, m(11), m(3)))
        let s1 = L.greater(y, L.select(s3, L.select(s2, m(13), m(9)), L.select(s2, m(5), m(1))))
        let t0 = L.select(s3, L.select(s2, L.select(s1, m(14), m(12)), L.select(s1, m(10), m(8))),
                          L.select(s2, L.select(s1, m(6), m(4)), L.select(s1, m(2), m(0))))
        let s0 = L.greater(y, t0)
        let codes = (s3 & 8) | (s2 & 4) | (s1 & 2) | (s0 & 1)
        return (codes, Self.level(s3, s2, s1, s0))
    }

    /// Levels of codes.
    @inline(__always) func decode(_ codes: BlockLanes.Bits) -> BlockLanes.Floats {
        typealias L = BlockLanes
        let zero = L.Bits(repeating: 0)
        @inline(__always) func bit(_ b: UInt32) -> L.Bits { ~L.equal(codes & b, zero) }
        return Self.level(bit(8), bit(4), bit(2), bit(1))
    }

    /// The level whose code has the given bits (masks, most significant first).
    @inline(__always) static func level(_ s3: BlockLanes.Bits, _ s2: BlockLanes.Bits, _ s1: BlockLanes.Bits,
                                        _ s0: BlockLanes.Bits) -> BlockLanes.Floats {
        typealias L = BlockLanes
        @inline(__always) func l(_ i: Int) -> L.Floats { L.Floats(repeating: level(i)) }
        @inline(__always) func pick(_ base: Int) -> L.Floats {
            L.select(s2, L.select(s1, L.select(s0, l(base + 7), l(base + 6)), L.select(s0, l(base + 5), l(base + 4))),
                     L.select(s1, L.select(s0, l(base + 3), l(base + 2)), L.select(s0, l(base + 1), l(base))))
        }
        return L.select(s3, pick(8), pick(0))
    }
}
