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
    ///   - fixedAbsmaxBits: the bits of the absmax every block takes instead of its own (a piece of a
    ///     per-tensor block: the tensor's largest |x|, or a NaN for a tensor holding a NaN or an infinity).
    func run(_ input: UnsafePointer<Float>, count: Int, codes: UnsafeMutablePointer<UInt8>?,
             output: UnsafeMutablePointer<Float>?, absmax absmaxOut: UnsafeMutablePointer<Float>?,
             dequantizationAbsmax: UnsafePointer<Float>?, fixedAbsmaxBits: UInt32? = nil) {
        typealias L = BlockLanes
        let blocks = (count + blockSize - 1) / blockSize
        // A group of blocks at a time: every block's absmax, then every block's scale factors (divisions that
        // do not wait on each other), then the elements; block by block, each division waited on the one
        // absmax before it and the elements on the division.
        let group = Swift.min(Self.group, blocks)
        withUnsafeTemporaryAllocation(of: Factors.self, capacity: group) { factors in
            var first = 0
            while first < blocks {
                let n = Swift.min(group, blocks - first)
                for g in 0..<n {
                    let start = (first + g) * blockSize
                    let amaxBits = fixedAbsmaxBits ?? L.absMaxBits(input + start, count: Swift.min(blockSize, count - start))
                    factors[g] = factorsOf(amaxBits: amaxBits, dequantizationAbsmax: dequantizationAbsmax?[first + g])
                }
                for g in 0..<n {
                    let block = first + g, start = block * blockSize
                    let size = Swift.min(blockSize, count - start)
                    let f = factors[g]
                    absmaxOut?[block] = f.absmax
                    let codesOut = codes.map { $0 + start }, valuesOut = output.map { $0 + start }
                    if f.absmax.isNaN {
                        codesOut?.update(repeating: 0, count: size)
                        valuesOut?.update(repeating: .nan, count: size)
                    } else if f.prescale == 1 {
                        L.map(input + start, count: size, codes: codesOut, output: valuesOut,
                              LaneStep(kernel: kernel, inverse: L.Floats(repeating: f.inverse), step: L.Floats(repeating: f.step)))
                    } else {
                        L.map(input + start, count: size, codes: codesOut, output: valuesOut,
                              PrescaledLaneStep(kernel: kernel, prescale: L.Floats(repeating: f.prescale),
                                                inverse: L.Floats(repeating: f.inverse), step: L.Floats(repeating: f.step)))
                    }
                }
                first += n
            }
        }
    }

    /// Blocks whose scale factors are computed together.
    static var group: Int { 64 }

    /// One block's absmax (NaN for a block holding a NaN or an infinity) and the factors its elements are
    /// quantised and dequantised with.
    struct Factors {
        var absmax: Float
        var prescale: Float
        var inverse: Float
        var step: Float
    }

    /// The factors of a block whose largest `|x|` has bits `amaxBits`.
    @inline(__always) func factorsOf(amaxBits: UInt32, dequantizationAbsmax: Float?) -> Factors {
        guard amaxBits < 0x7F80_0000 else { return Factors(absmax: .nan, prescale: 1, inverse: 0, step: 0) }
        let amax = Float(bitPattern: amaxBits)
        var inverse = amax == 0 ? 0 : kernel.maxMagnitude / amax
        var prescale: Float = 1
        if inverse.isInfinite {
            prescale = 0x1p64
            inverse = kernel.maxMagnitude / (amax * prescale)
        }
        return Factors(absmax: amax, prescale: prescale, inverse: inverse, step: (dequantizationAbsmax ?? amax) / kernel.maxMagnitude)
    }

    /// The absmax of each block (NaN for blocks holding a NaN or an infinity).
    func absmaxes(_ input: UnsafePointer<Float>, count: Int) -> [Float] {
        var result: [Float] = []
        result.reserveCapacity((count + blockSize - 1) / blockSize)
        BlockLanes.forEachBlockAbsmax(input, count: count, blockSize: blockSize) { result.append($0) }
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
