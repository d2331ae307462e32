/// Asymmetric (affine) integer blocks: a float32 step and an integer zero point per block.
///
/// Per block, in float32: the range is widened to hold zero, `lo = min(min x, 0)`, `hi = max(max x, 0)`,
/// so zero is exact and the zero point fits the code range; `scale = (hi - lo) / (2^bits - 1)` (when
/// `hi - lo` overflows, `hi / levels - lo / levels`); `inverse = 1 / scale`; zero point
/// `zp = clamp(RNE(-lo · inverse), 0, levels)`; code `q = clamp(RNE(x · inverse) + zp, 0, levels)`;
/// dequantised value `(q - zp) · scale`. An all-zero block has scale 0 and dequantises to 0. When
/// `1 / scale` overflows, `x`, `lo` and `scale` are first scaled by 2^64. A block holding a NaN or an
/// infinity has scale NaN, codes 0 and dequantises to NaN.
struct MinMaxBlockCodec: Sendable {
    /// Width of a code (2...8).
    let bitWidth: Int
    /// Elements per block (positive).
    let blockSize: Int

    /// `2^bitWidth - 1`.
    var levels: Float { Float((1 << bitWidth) - 1) }

    /// Quantises `count` values block by block; `codes`, `output`, `scales` and `zeroPoints` are filled when given.
    func run(_ input: UnsafePointer<Float>, count: Int, codes: UnsafeMutablePointer<UInt8>?,
             output: UnsafeMutablePointer<Float>?, scales: UnsafeMutablePointer<Float>?,
             zeroPoints: UnsafeMutablePointer<UInt8>?) {
        typealias L = BlockLanes
        let top = L.Floats(repeating: levels)
        var start = 0, block = 0
        while start < count {
            let n = min(blockSize, count - start)
            let x = input + start
            // min(min x, 0) and max(max x, 0) by their bit patterns: among negative floats (and -0) the
            // most negative has the largest pattern, among positive ones the largest value does.
            var negative = L.Bits(repeating: 0x8000_0000), positive = L.Bits(repeating: 0), special = L.Bits(repeating: 0)
            var i = 0
            while i + 16 <= n {
                let b = L.bits(UnsafeRawPointer(x + i).loadUnaligned(as: L.Floats.self))
                let sign = L.greater(b, L.Bits(repeating: 0x7FFF_FFFF))
                negative = L.max(negative, L.select(sign, b, L.Bits(repeating: 0x8000_0000)))
                positive = L.max(positive, L.select(sign, L.Bits(repeating: 0), b))
                special = L.max(special, b & 0x7FFF_FFFF)
                i += 16
            }
            var low = -Float(bitPattern: L.maxLane(negative) & 0x7FFF_FFFF), high = Float(bitPattern: L.maxLane(positive))
            var specialBits = L.maxLane(special)
            while i < n {
                specialBits = max(specialBits, x[i].bitPattern & 0x7FFF_FFFF)
                if x[i] < low { low = x[i] }
                if x[i] > high { high = x[i] }
                i += 1
            }
            if specialBits >= 0x7F80_0000 {
                scales?[block] = .nan
                zeroPoints?[block] = 0
                codes?.advanced(by: start).update(repeating: 0, count: n)
                output?.advanced(by: start).update(repeating: .nan, count: n)
            } else {
                let width = high - low
                let scale = width.isFinite ? width / levels : high / levels - low / levels
                var prescale: Float = 1
                var inverse: Float = scale == 0 ? 0 : 1 / scale
                if inverse.isInfinite {
                    prescale = 0x1p64
                    inverse = 1 / (scale * prescale)
                }
                let zp = min(max((-low * prescale * inverse).rounded(.toNearestOrEven), 0), levels)
                scales?[block] = scale
                zeroPoints?[block] = UInt8(zp)
                let inv = L.Floats(repeating: inverse), pre = L.Floats(repeating: prescale)
                let zv = L.Floats(repeating: zp), sv = L.Floats(repeating: scale)
                L.map(x, count: n, codes: codes.map { $0 + start }, output: output.map { $0 + start },
                      LaneStep(prescale: pre, inverse: inv, zeroPoint: zv, scale: sv, top: top))
            }
            start += n
            block += 1
        }
    }

    /// Dequantises codes with one step and zero point per block.
    func dequantize(codes: UnsafePointer<UInt8>, count: Int, scales: UnsafePointer<Float>, zeroPoints: UnsafePointer<UInt8>,
                    output: UnsafeMutablePointer<Float>) {
        typealias L = BlockLanes
        var start = 0, block = 0
        while start < count {
            let n = min(blockSize, count - start)
            let zv = L.Floats(repeating: Float(zeroPoints[block])), sv = L.Floats(repeating: scales[block])
            L.mapCodes(codes + start, count: n, output: output + start, DecodeStep(zeroPoint: zv, scale: sv))
            start += n
            block += 1
        }
    }

    /// One block's step: `q = clamp(RNE((x · prescale) · inverse) + zp, 0, levels)`, values `(q - zp) · scale`.
    struct LaneStep: BlockLaneMap {
        let prescale: BlockLanes.Floats
        let inverse: BlockLanes.Floats
        let zeroPoint: BlockLanes.Floats
        let scale: BlockLanes.Floats
        let top: BlockLanes.Floats
        @inline(__always) func apply(_ x: BlockLanes.Floats) -> (codes: BlockLanes.Bits, values: BlockLanes.Floats) {
            typealias L = BlockLanes
            let zero = L.Floats(repeating: 0)
            var q = L.roundedToEven(x * prescale * inverse) + zeroPoint
            q = L.select(L.greater(q, top), top, q)
            q = L.select(L.greater(zero, q), zero, q)
            return (L.integerBits(q), (q - zeroPoint) * scale)
        }
    }

    /// One block's dequantisation: `(q - zp) · scale`.
    struct DecodeStep: BlockCodeMap {
        let zeroPoint: BlockLanes.Floats
        let scale: BlockLanes.Floats
        @inline(__always) func apply(_ codes: BlockLanes.Bits) -> BlockLanes.Floats {
            (BlockLanes.floatsFromInteger(codes) - zeroPoint) * scale
        }
    }
}
