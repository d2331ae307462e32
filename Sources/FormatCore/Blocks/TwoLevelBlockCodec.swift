/// NVFP4-style two-level scaling: a float32 per-tensor scale and an E4M3 scale per block.
///
/// With `emax` the element's largest value (6 for E2M1), in float32, in this order:
/// `s_t = tensorAmax / (448 · emax)`; block scale code `e4m3fn(RNE, saturating)((blockAmax / emax) / s_t)`
/// with value `s`; `d = s · s_t`; element code `element(RNE, saturating)(x / d)` (when `d` is 0, of `x · 0`:
/// a signed zero); dequantised value `(element · s) · s_t` (the first product is exact, so this is the
/// correctly rounded product of the three). A block holding a NaN or an infinity, and every block when
/// `tensorAmax` is not finite, gets scale code 0x7F (NaN), codes 0 and NaN values. `tensorAmax` is used
/// as given (its magnitude): a value below a block's amax makes that block saturate.
struct TwoLevelBlockCodec: Sendable {
    /// The element kernel (nearest-even, saturating).
    let element: FloatElementKernel
    /// Elements per block (positive).
    let blockSize: Int

    /// The largest E4M3 value.
    static let scaleMax: Float = 448

    /// The per-tensor float32 scale for a tensor amax: `|tensorAmax| / (448 · emax)`.
    func tensorScale(tensorAmax: Float) -> Float { abs(tensorAmax) / (Self.scaleMax * element.maxMagnitude) }

    /// The E4M3FN code of a non-negative float32 (or +infinity), rounding to nearest even and saturating at 448.
    static func scaleCode(_ v: Float) -> UInt8 {
        if !(v < 448) { return 0x7E }
        let e = v == 0 ? -6 : max(v.exponent, -6)
        let q = (v * Float(sign: .plus, exponent: 3 - e, significand: 1)).rounded(.toNearestOrEven) // exact scaling
        return UInt8(Int(q) + (e + 6) * 8)
    }

    /// The value of an E4M3FN code (sign ignored; NaN for 0x7F).
    static func scaleValue(_ code: UInt8) -> Float {
        let c = code & 0x7F
        if c == 0x7F { return .nan }
        let field = Int(c >> 3), mantissa = Float(c & 7)
        return field == 0 ? mantissa * 0x1p-9 : (8 + mantissa) * Float(sign: .plus, exponent: field - 10, significand: 1)
    }

    /// Quantises `count` values block by block; `codes`, `output` and `scaleCodes` are filled when given.
    func run(_ input: UnsafePointer<Float>, count: Int, tensorAmax: Float, codes: UnsafeMutablePointer<UInt8>?,
             output: UnsafeMutablePointer<Float>?, scaleCodes: UnsafeMutablePointer<UInt8>?) {
        typealias L = BlockLanes
        let st = tensorScale(tensorAmax: tensorAmax)
        var start = 0, block = 0
        while start < count {
            let n = min(blockSize, count - start)
            let x = input + start
            let amaxBits = L.absMaxBits(x, count: n)
            if amaxBits >= 0x7F80_0000 || !st.isFinite {
                scaleCodes?[block] = 0x7F
                codes?.advanced(by: start).update(repeating: 0, count: n)
                output?.advanced(by: start).update(repeating: .nan, count: n)
            } else {
                let amax = Float(bitPattern: amaxBits)
                let code = st == 0 ? 0 : Self.scaleCode((amax / element.maxMagnitude) / st)
                scaleCodes?[block] = code
                let s = Self.scaleValue(code)
                let d = s * st
                let sv = L.Floats(repeating: s), tv = L.Floats(repeating: st)
                let step = LaneStep(element: element, divisor: d == 0 ? .nan : d, blockScale: sv, tensorScale: tv)
                L.map(x, count: n, codes: codes.map { $0 + start }, output: output.map { $0 + start }, step)
            }
            start += n
            block += 1
        }
    }

    /// Dequantises codes with one E4M3 scale code per block and the per-tensor scale.
    func dequantize(codes: UnsafePointer<UInt8>, count: Int, scaleCodes: UnsafePointer<UInt8>, tensorScale: Float,
                    output: UnsafeMutablePointer<Float>) {
        typealias L = BlockLanes
        let tv = L.Floats(repeating: tensorScale)
        var start = 0, block = 0
        while start < count {
            let n = min(blockSize, count - start)
            let sv = L.Floats(repeating: Self.scaleValue(scaleCodes[block]))
            L.mapCodes(codes + start, count: n, output: output + start, DecodeStep(element: element, blockScale: sv, tensorScale: tv))
            start += n
            block += 1
        }
    }

    /// One block's step: codes of `x / d` (of `x · 0` when `d` is 0, given as NaN), values `(element · s) · s_t`.
    struct LaneStep: BlockLaneMap {
        let element: FloatElementKernel
        let divisor: Float
        let blockScale: BlockLanes.Floats
        let tensorScale: BlockLanes.Floats
        @inline(__always) func apply(_ x: BlockLanes.Floats) -> (codes: BlockLanes.Bits, values: BlockLanes.Floats) {
            let scaled = divisor.isNaN ? x * 0 : x / BlockLanes.Floats(repeating: divisor)
            let c = element.narrowing.convert(BlockLanes.bits(scaled))
            return (c, (element.decoder.decode(c) * blockScale) * tensorScale)
        }
    }

    /// One block's dequantisation: `(element · s) · s_t`.
    struct DecodeStep: BlockCodeMap {
        let element: FloatElementKernel
        let blockScale: BlockLanes.Floats
        let tensorScale: BlockLanes.Floats
        @inline(__always) func apply(_ codes: BlockLanes.Bits) -> BlockLanes.Floats { (element.decode(codes) * blockScale) * tensorScale }
    }
}
