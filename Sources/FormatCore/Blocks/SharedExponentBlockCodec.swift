/// OCP Microscaling (MX v1.0) blocks: one E8M0 scale per block and small-float elements.
///
/// Scale code `127 + floor(log2(amax)) - emax(element)` clamped to 0...254 (0 for an all-zero block;
/// 0xFF, NaN, for a block holding a NaN or an infinity, whose values all dequantise to NaN). Elements:
/// `x · 2^-k` (k = code - 127) computed exactly by moving the exponent field, then rounded to nearest
/// even with saturation; dequantised value: element value · 2^k in float32 (exact).
///
/// The exponent move is done with integer lane arithmetic; lanes whose scaled value would fall below
/// 2^-126 are zero in every MX element format, so they become signed zeros directly. Only blocks whose
/// scale is so small (k below `fastScaleLimit`) that an fp32-subnormal input could still round to a
/// non-zero element, and that hold such an input, take the exact scalar path.
struct SharedExponentBlockCodec: Sendable {
    /// The element kernel (nearest-even, saturating).
    let element: FloatElementKernel
    /// Elements per block (positive).
    let blockSize: Int
    /// Unbiased exponent of the element's largest binade.
    let emax: Int
    /// Smallest k for the vector path: `-125 - minExponent + mantissaBits`.
    let fastScaleLimit: Int
    /// The element format, for the exact scalar path.
    let elementFormat: Format

    /// Creates the codec for a float element format.
    init?(element format: Format, blockSize: Int) {
        guard let kernel = FloatElementKernel(format), case .float(let s) = format.kind else { return nil }
        element = kernel
        elementFormat = format
        self.blockSize = blockSize
        emax = s.maxExponent
        fastScaleLimit = -125 - s.minExponent + s.mantissaBits
    }

    /// The E8M0 scale code of a block whose largest `|x|` has the given bit pattern.
    func scaleCode(absMaxBits bits: UInt32) -> UInt8 {
        if bits >= 0x7F80_0000 { return 0xFF }
        if bits == 0 { return 0 }
        let field = Int(bits >> 23)
        let floorLog2 = field > 0 ? field - 127 : (31 - bits.leadingZeroBitCount) - 149
        return UInt8(min(max(127 + floorLog2 - emax, 0), 254))
    }

    /// `2^(code - 127)` as a float32 (2^-127 is subnormal but exact), NaN for 0xFF.
    static func scaleValue(_ code: UInt8) -> Float {
        if code == 0xFF { return .nan }
        if code == 0 { return Float(bitPattern: 0x0040_0000) }
        return Float(bitPattern: UInt32(code) << 23)
    }

    /// Quantises `count` values block by block; `codes`, `output` and `scaleCodes` are filled when given, and
    /// `absmax` with each block's largest |x| (NaN for a block holding a NaN or an infinity).
    func run(_ input: UnsafePointer<Float>, count: Int, codes: UnsafeMutablePointer<UInt8>?,
             output: UnsafeMutablePointer<Float>?, scaleCodes: UnsafeMutablePointer<UInt8>?, absmax: UnsafeMutablePointer<Float>? = nil) {
        typealias L = BlockLanes
        var start = 0, block = 0
        while start < count {
            let n = min(blockSize, count - start)
            let x = input + start
            let amaxBits = L.absMaxBits(x, count: n)
            let code = scaleCode(absMaxBits: amaxBits)
            scaleCodes?[block] = code
            absmax?[block] = code == 0xFF ? .nan : Float(bitPattern: amaxBits)
            if code == 0xFF {
                codes?.advanced(by: start).update(repeating: 0, count: n)
                output?.advanced(by: start).update(repeating: .nan, count: n)
            } else {
                let k = Int(code) - 127
                let power = L.Floats(repeating: Self.scaleValue(code))
                if k < fastScaleLimit && (0..<n).contains(where: { x[$0].isSubnormal }) {
                    for i in 0..<n {
                        let c = scalarCode(x[i], k: k)
                        codes?[start + i] = c
                        output?[start + i] = element.decode(L.Bits(repeating: UInt32(c)))[0] * power[0]
                    }
                } else {
                    let threshold = L.Bits(repeating: UInt32(max(k, 0)))
                    let shift = L.Bits(repeating: UInt32(bitPattern: Int32(k) << 23))
                    L.map(x, count: n, codes: codes.map { $0 + start }, output: output.map { $0 + start },
                          LaneStep(element: element, threshold: threshold, shift: shift, power: power))
                }
            }
            start += n
            block += 1
        }
    }

    /// The element code of `x · 2^-k` by the exact scalar encoder.
    func scalarCode(_ x: Float, k: Int) -> UInt8 {
        var value = BinaryValue(x)
        if case .finite(let negative, let significand, let exponent) = value {
            value = .finite(negative: negative, significand: significand, exponent: exponent - k)
        }
        return UInt8(truncatingIfNeeded: elementFormat.encode(value, rounding: .nearestEven, overflow: .saturate).code)
    }

    /// Dequantises codes with one E8M0 scale code per block.
    func dequantize(codes: UnsafePointer<UInt8>, count: Int, scaleCodes: UnsafePointer<UInt8>, output: UnsafeMutablePointer<Float>) {
        typealias L = BlockLanes
        var start = 0, block = 0
        while start < count {
            let n = min(blockSize, count - start)
            let power = L.Floats(repeating: Self.scaleValue(scaleCodes[block]))
            L.mapCodes(codes + start, count: n, output: output + start, DecodeStep(element: element, power: power))
            start += n
            block += 1
        }
    }

    /// One block's step: the exponent of each lane moved down by k (lanes that would fall below 2^-126
    /// become signed zeros), rounded to the element; values times 2^k.
    struct LaneStep: BlockLaneMap {
        let element: FloatElementKernel
        let threshold: BlockLanes.Bits  // max(k, 0): lanes with a larger exponent field are kept
        let shift: BlockLanes.Bits      // k << 23, two's complement
        let power: BlockLanes.Floats    // 2^k
        @inline(__always) func apply(_ x: BlockLanes.Floats) -> (codes: BlockLanes.Bits, values: BlockLanes.Floats) {
            typealias L = BlockLanes
            let xb = L.bits(x)
            let magnitude = xb & 0x7FFF_FFFF
            let keep = L.greater(magnitude &>> 23, threshold)
            let scaled = (xb & 0x8000_0000) | (keep & (magnitude &- shift))
            return (element.narrowing.convert(scaled), element.rounded(L.floats(scaled)) * power)
        }

        /// The values alone.
        @inline(__always) func values(_ x: BlockLanes.Floats) -> BlockLanes.Floats {
            typealias L = BlockLanes
            let xb = L.bits(x)
            let magnitude = xb & 0x7FFF_FFFF
            let keep = L.greater(magnitude &>> 23, threshold)
            return element.rounded(L.floats((xb & 0x8000_0000) | (keep & (magnitude &- shift)))) * power
        }
    }

    /// One block's dequantisation: element value times 2^k.
    struct DecodeStep: BlockCodeMap {
        let element: FloatElementKernel
        let power: BlockLanes.Floats
        @inline(__always) func apply(_ codes: BlockLanes.Bits) -> BlockLanes.Floats { element.decode(codes) * power }
    }
}
