/// Absmax block quantisation (bitsandbytes / QLoRA style) over any element kernel.
///
/// Per block: `absmax = max |x|` (exact); `y = x * (maxMagnitude / absmax)` in float32 (for NF4 and
/// bnb-fp4 that is bitsandbytes' `x * (1 / absmax)`); codes from `y`; dequantised value
/// `value(code) * (absmax / maxMagnitude)` in float32 (for NF4 `level * absmax`). An all-zero block keeps
/// absmax 0 and dequantises to 0. When `maxMagnitude / absmax` overflows (absmax below about
/// 2^-126 · maxMagnitude) both are scaled by 2^64 first, which is exact. A block holding a NaN or an
/// infinity has absmax NaN, codes 0 and dequantises to NaN.
struct AbsmaxBlockCodec<Kernel: AbsmaxElementKernel>: Sendable {
    /// The element kernel.
    let kernel: Kernel
    /// Elements per block (positive).
    let blockSize: Int

    /// Quantises `count` values block by block.
    /// - Parameters:
    ///   - codes: receives one code per element, when given.
    ///   - output: receives the dequantised values, when given (may be `input`).
    ///   - absmax: receives the absmax of each block, when given.
    ///   - dequantizationAbsmax: the absmax each block is dequantised with instead of its own (double quantisation).
    func run(_ input: UnsafePointer<Float>, count: Int, codes: UnsafeMutablePointer<UInt8>?,
             output: UnsafeMutablePointer<Float>?, absmax absmaxOut: UnsafeMutablePointer<Float>?,
             dequantizationAbsmax: UnsafePointer<Float>?) {
        typealias L = BlockLanes
        var start = 0, block = 0
        while start < count {
            let n = min(blockSize, count - start)
            let x = input + start
            let amaxBits = L.absMaxBits(x, count: n)
            if amaxBits >= 0x7F80_0000 {
                absmaxOut?[block] = .nan
                codes?.advanced(by: start).update(repeating: 0, count: n)
                output?.advanced(by: start).update(repeating: .nan, count: n)
            } else {
                let amax = Float(bitPattern: amaxBits)
                absmaxOut?[block] = amax
                let dequantAmax = dequantizationAbsmax?[block] ?? amax
                var inverse = amax == 0 ? 0 : kernel.maxMagnitude / amax
                var prescale: Float = 1
                if inverse.isInfinite {
                    prescale = 0x1p64
                    inverse = kernel.maxMagnitude / (amax * prescale)
                }
                let inv = L.Floats(repeating: inverse)
                let step = L.Floats(repeating: dequantAmax / kernel.maxMagnitude)
                let pre = L.Floats(repeating: prescale)
                let codesOut = codes.map { $0 + start }, valuesOut = output.map { $0 + start }
                if prescale == 1 {
                    L.map(x, count: n, codes: codesOut, output: valuesOut, LaneStep(kernel: kernel, inverse: inv, step: step))
                } else {
                    L.map(x, count: n, codes: codesOut, output: valuesOut, PrescaledLaneStep(kernel: kernel, prescale: pre, inverse: inv, step: step))
                }
            }
            start += n
            block += 1
        }
    }

    /// The absmax of each block (NaN for blocks holding a NaN or an infinity).
    func absmaxes(_ input: UnsafePointer<Float>, count: Int) -> [Float] {
        var result: [Float] = []
        result.reserveCapacity((count + blockSize - 1) / blockSize)
        var start = 0
        while start < count {
            let n = min(blockSize, count - start)
            let bits = BlockLanes.absMaxBits(input + start, count: n)
            result.append(bits >= 0x7F80_0000 ? .nan : Float(bitPattern: bits))
            start += n
        }
        return result
    }

    /// Dequantises codes with one absmax per block (NaN absmax gives NaN).
    func dequantize(codes: UnsafePointer<UInt8>, count: Int, absmax: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>) {
        typealias L = BlockLanes
        var start = 0, block = 0
        while start < count {
            let n = min(blockSize, count - start)
            let step = L.Floats(repeating: absmax[block] / kernel.maxMagnitude)
            L.mapCodes(codes + start, count: n, output: output + start, DecodeStep(kernel: kernel, step: step))
            start += n
            block += 1
        }
    }

    /// One block's step: `quantize(x · inverse)`, values times `step`.
    struct LaneStep: BlockLaneMap {
        let kernel: Kernel
        let inverse: BlockLanes.Floats
        let step: BlockLanes.Floats
        @inline(__always) func apply(_ x: BlockLanes.Floats) -> (codes: BlockLanes.Bits, values: BlockLanes.Floats) {
            let (c, v) = kernel.quantize(x * inverse)
            return (c, v * step)
        }
        @inline(__always) func values(_ x: BlockLanes.Floats) -> BlockLanes.Floats { kernel.values(x * inverse) * step }
    }

    /// One tiny block's step: `quantize((x · prescale) · inverse)`, values times `step`.
    struct PrescaledLaneStep: BlockLaneMap {
        let kernel: Kernel
        let prescale: BlockLanes.Floats
        let inverse: BlockLanes.Floats
        let step: BlockLanes.Floats
        @inline(__always) func apply(_ x: BlockLanes.Floats) -> (codes: BlockLanes.Bits, values: BlockLanes.Floats) {
            let (c, v) = kernel.quantize(x * prescale * inverse)
            return (c, v * step)
        }
        @inline(__always) func values(_ x: BlockLanes.Floats) -> BlockLanes.Floats { kernel.values(x * prescale * inverse) * step }
    }

    /// One block's dequantisation: `decode(code) · step`.
    struct DecodeStep: BlockCodeMap {
        let kernel: Kernel
        let step: BlockLanes.Floats
        @inline(__always) func apply(_ codes: BlockLanes.Bits) -> BlockLanes.Floats { kernel.decode(codes) * step }
    }
}
