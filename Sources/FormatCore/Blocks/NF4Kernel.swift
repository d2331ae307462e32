import _SIMDBuiltins

/// NormalFloat4 as bitsandbytes quantises it: the code is the number of the 15 float32 midpoints
/// strictly below the normalised value (larger level only when strictly above a midpoint).
///
/// The levels and midpoints are written as literals so that the optimiser folds them into constant
/// tables: the value's cell of [-1, 1] and one compare pick the code, one lookup the level.
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

    /// The 16 levels, lane i holding level i.
    @inline(__always) static var levels: BlockLanes.Floats {
        BlockLanes.Floats(level(0), level(1), level(2), level(3), level(4), level(5), level(6), level(7),
                          level(8), level(9), level(10), level(11), level(12), level(13), level(14), level(15))
    }

    /// The 15 midpoints, lane i holding the midpoint between levels i and i + 1; lane 15 holds +infinity,
    /// which no value is above.
    @inline(__always) static var midpoints: BlockLanes.Floats {
        BlockLanes.Floats(midpoint(0), midpoint(1), midpoint(2), midpoint(3), midpoint(4), midpoint(5), midpoint(6),
                          midpoint(7), midpoint(8), midpoint(9), midpoint(10), midpoint(11), midpoint(12), midpoint(13),
                          midpoint(14), .infinity)
    }

    /// For the 32 cells [k/16 - 1, (k+1)/16 - 1) of [-1, 1], the number of midpoints below cell k: cells 0...15.
    @inline(__always) static var cellCodesLow: BlockLanes.Bits { BlockLanes.Bits(0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 6) }
    /// Cells 16...31.
    @inline(__always) static var cellCodesHigh: BlockLanes.Bits { BlockLanes.Bits(7, 8, 9, 9, 10, 11, 11, 12, 12, 13, 13, 14, 14, 14, 15, 15) }

    /// Codes and levels of normalised lanes: the cell of y gives the number of midpoints below it, one
    /// compare with the next midpoint finishes the code, and one lookup gives the level.
    ///
    /// Each cell holds at most one midpoint, and every midpoint is at least 0.0016 from the cells' edges
    /// (`BlocksKernelTests` checks both), while the cell computed from y in float32 is wrong only within
    /// about 2^-23 of an edge: so the code is exactly the number of midpoints strictly below y.
    @inline(__always) func quantize(_ y: BlockLanes.Floats) -> (codes: BlockLanes.Bits, values: BlockLanes.Floats) {
        typealias L = BlockLanes
        // trunc((y + 1) · 16): y is within [-1, 1] up to rounding, so the cell is 0...32; 32 (y just above 1) is cell 31.
        let cell = SIMDBuiltins.min(unsafeBitCast(SIMDBuiltins.truncated((y + 1) * 16), to: L.Bits.self), L.Bits(repeating: 31))
        let below = L.select(L.greater(cell, L.Bits(repeating: 15)), SIMDBuiltins.permute(Self.cellCodesHigh, cell),
                             SIMDBuiltins.permute(Self.cellCodesLow, cell))
        let codes = below &+ (L.greater(y, SIMDBuiltins.permute(Self.midpoints, below)) & 1)
        return (codes, SIMDBuiltins.permute(Self.levels, codes))
    }

    /// Levels of codes.
    @inline(__always) func decode(_ codes: BlockLanes.Bits) -> BlockLanes.Floats {
        SIMDBuiltins.permute(Self.levels, codes)
    }
}
