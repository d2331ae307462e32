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
    /// float32 to E4M3FN codes, nearest-even, saturating (16 block scales at a time).
    let scaleNarrowing: FP32Narrowing
    /// E4M3FN codes to float32.
    let scaleDecoder: FloatLaneDecoder

    /// Creates the codec.
    init(element: FloatElementKernel, blockSize: Int) {
        self.element = element
        self.blockSize = blockSize
        scaleNarrowing = FP32Narrowing(to: .e4m3fn, rounding: .nearestEven, overflow: .saturate)!
        scaleDecoder = FloatLaneDecoder(Format.e4m3fn.floatSemantics!)!
    }

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
    ///
    /// The block scales are computed 16 blocks at a time in vector lanes (the same rounding as
    /// `scaleCode`), which keeps the per-block scalar work off the critical path.
    func run(_ input: UnsafePointer<Float>, count: Int, tensorAmax: Float, codes: UnsafeMutablePointer<UInt8>?,
             output: UnsafeMutablePointer<Float>?, scaleCodes: UnsafeMutablePointer<UInt8>?) {
        typealias L = BlockLanes
        let st = tensorScale(tensorAmax: tensorAmax)
        let tv = L.Floats(repeating: st)
        var groupStart = 0, block = 0
        while groupStart < count {
            // The largest |x| of up to 16 blocks, one per lane.
            var amaxBits = L.Bits(repeating: 0)
            var blocks = 0, start = groupStart
            while blocks < 16 && start < count {
                let n = min(blockSize, count - start)
                amaxBits[blocks] = L.absMaxBits(input + start, count: n)
                start += n
                blocks += 1
            }
            let scaled = (L.floats(amaxBits) / L.Floats(repeating: element.maxMagnitude)) / tv
            var scale = st == 0 ? L.Bits(repeating: 0) : scaleNarrowing.convert(L.bits(scaled))
            let poisoned = st.isFinite ? L.greater(amaxBits, L.Bits(repeating: 0x7F7F_FFFF)) : L.Bits(repeating: 0xFFFF_FFFF)
            scale = L.select(poisoned, L.Bits(repeating: 0x7F), scale)
            let s = scaleDecoder.decode(scale)
            let d = s * tv
            start = groupStart
            for b in 0..<blocks {
                let n = min(blockSize, count - start)
                scaleCodes?[block + b] = UInt8(truncatingIfNeeded: scale[b])
                if scale[b] == 0x7F {
                    codes?.advanced(by: start).update(repeating: 0, count: n)
                    output?.advanced(by: start).update(repeating: .nan, count: n)
                } else {
                    if n == 16 { // NVFP4's own block size: one vector, done here (the general loop is not inlined)
                        let x = UnsafeRawPointer(input + start).loadUnaligned(as: L.Floats.self)
                        let scaled = d[b] == 0 ? x * 0 : x / L.Floats(repeating: d[b])
                        if let output {
                            let y = (element.rounded(scaled) * L.Floats(repeating: s[b])) * tv
                            UnsafeMutableRawPointer(output + start).storeBytes(of: y, as: L.Floats.self)
                        }
                        if let codes { L.storeLowBytes(element.narrowing.convert(L.bits(scaled)), to: codes + start) }
                    } else {
                        let step = LaneStep(element: element, divisor: d[b] == 0 ? .nan : d[b], blockScale: L.Floats(repeating: s[b]), tensorScale: tv)
                        L.map(input + start, count: n, codes: codes.map { $0 + start }, output: output.map { $0 + start }, step)
                    }
                }
                start += n
            }
            groupStart = start
            block += blocks
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
            return (element.narrowing.convert(BlockLanes.bits(scaled)), (element.rounded(scaled) * blockScale) * tensorScale)
        }

        /// The values alone.
        @inline(__always) func values(_ x: BlockLanes.Floats) -> BlockLanes.Floats {
            let scaled = divisor.isNaN ? x * 0 : x / BlockLanes.Floats(repeating: divisor)
            return (element.rounded(scaled) * blockScale) * tensorScale
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
