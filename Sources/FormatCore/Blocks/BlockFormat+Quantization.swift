/// Quantising, dequantising and round trips of block formats. The rules of each scale rule are
/// given on its codec: `SharedExponentBlockCodec` (MX), `TwoLevelBlockCodec` (NVFP4),
/// `AbsmaxBlockCodec` (NF4, bnb-fp4, intN, floats), `MinMaxBlockCodec` (intN-asym),
/// `DoubleQuantizedScales` (+dq).
extension BlockFormat {
    /// The largest finite |x| of `count` values (0 when none is finite), 16 lanes at a time: the tensor amax
    /// of formats that `needsTensorAmax`.
    public static func largestFiniteMagnitude(_ values: UnsafePointer<Float>, count: Int) -> Float {
        Float(bitPattern: BlockLanes.finiteAbsMaxBits(values, count: count))
    }

    /// Values per block for a call of `count` values: `blockSize`, or `count` for per-tensor formats.
    func effectiveBlockSize(count: Int) -> Int { blockSize == 0 ? max(count, 1) : blockSize }

    /// Quantises then dequantises `count` float32 values, writing the dequantised float32 values.
    ///
    /// Blocks are consecutive runs of `blockSize` values; the last one may be partial and is then its
    /// own block; a per-tensor format (`blockSize == 0`) makes all `count` values one block.
    /// `tensorAmax` is the max |x| over the whole tensor when `needsTensorAmax`, else ignored. Double
    /// quantisation groups the scales of this call (256 per group, mean over the call), and values are
    /// dequantised with the double-quantised scales. A block holding a NaN or an infinity comes out
    /// all NaN. `output` may be `input`. Single-threaded; separate calls may run concurrently.
    public func roundTrip(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int, tensorAmax: Float) {
        roundTrip(input, output, count: count, tensorAmax: tensorAmax, absmax: nil)
    }

    /// `roundTrip`, also writing each block's largest |x| (NaN for a block holding a NaN or an infinity) to
    /// `blockMagnitudes`, one per block, when the format's codec finds it anyway: true for absmax and MX
    /// formats with a block size; false, writing nothing there, for the others.
    public func roundTrip(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int, tensorAmax: Float,
                          blockMagnitudes: UnsafeMutablePointer<Float>) -> Bool {
        let written = (scaleRule == .absmax || scaleRule == .sharedExponent) && blockSize > 0
        roundTrip(input, output, count: count, tensorAmax: tensorAmax, absmax: written ? blockMagnitudes : nil)
        return written && count > 0
    }

    /// `roundTrip`, with the absmax of each block written to `absmax` for absmax and MX formats when given.
    /// `whole` (a piece of a longer tensor) fixes the per-tensor absmax and the double-quantisation offset.
    func roundTrip(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int, tensorAmax: Float,
                   absmax: UnsafeMutablePointer<Float>?, whole: WholeTensorFacts? = nil) {
        guard count > 0 else { return }
        let size = effectiveBlockSize(count: count)
        switch scaleRule {
        case .sharedExponent:
            SharedExponentBlockCodec(element: element, blockSize: size)!
                .run(input, count: count, codes: nil, output: output, scaleCodes: nil, absmax: absmax)
        case .twoLevel:
            TwoLevelBlockCodec(element: FloatElementKernel(element)!, blockSize: size)
                .run(input, count: count, tensorAmax: tensorAmax, codes: nil, output: output, scaleCodes: nil)
        case .minMax:
            MinMaxBlockCodec(bitWidth: element.bitWidth, blockSize: size)
                .run(input, count: count, codes: nil, output: output, scales: nil, zeroPoints: nil)
        case .absmax:
            switch element.kind {
            case .codebook:
                if element == .nf4 {
                    absmaxRoundTrip(NF4Kernel(), input, output, count: count, blockSize: size, absmax: absmax, whole: whole)
                } else {
                    absmaxRoundTrip(BnbFP4Kernel(), input, output, count: count, blockSize: size, absmax: absmax, whole: whole)
                }
            case .integer(let s):
                absmaxRoundTrip(SymmetricIntegerKernel(bitWidth: s.bitWidth), input, output, count: count, blockSize: size, absmax: absmax, whole: whole)
            case .float:
                absmaxRoundTrip(FloatElementKernel(element)!, input, output, count: count, blockSize: size, absmax: absmax, whole: whole)
            }
        }
    }

    /// `roundTrip` for absmax formats.
    private func absmaxRoundTrip<K: AbsmaxElementKernel>(_ kernel: K, _ input: UnsafePointer<Float>,
                                                         _ output: UnsafeMutablePointer<Float>, count: Int, blockSize: Int,
                                                         absmax: UnsafeMutablePointer<Float>?, whole: WholeTensorFacts?) {
        let codec = AbsmaxBlockCodec(kernel: kernel, blockSize: blockSize)
        if isDoubleQuantized {
            let scales = DoubleQuantizedScales(absmax: codec.absmaxes(input, count: count),
                                               offset: whole?.doubleQuantizationOffset).dequantized()
            scales.withUnsafeBufferPointer { s in
                codec.run(input, count: count, codes: nil, output: output, absmax: absmax, dequantizationAbsmax: s.baseAddress)
            }
        } else {
            let fixed = blockSize == 0 || self.blockSize == 0 ? whole?.perTensorAbsmaxBits : nil
            codec.run(input, count: count, codes: nil, output: output, absmax: absmax, dequantizationAbsmax: nil, fixedAbsmaxBits: fixed)
        }
    }

    /// Quantises values to codes plus scales.
    ///
    /// `tensorAmax` is used by NVFP4 only; when nil it is the max |x| over the finite values.
    /// `dequantize(quantize(x))` equals `roundTrip` of `x` bit for bit.
    public func quantize(_ values: [Float], tensorAmax: Float? = nil) -> QuantizedBlocks {
        let count = values.count
        let size = effectiveBlockSize(count: count)
        let blocks = (count + size - 1) / size
        var codes = [UInt8](repeating: 0, count: count)
        var scaleCodes: [UInt8] = []
        var scales = [Float](repeating: 0, count: blocks)
        var zeroPoints: [UInt8] = []
        var tensorScale: Float?
        var doubleQuantization: DoubleQuantizedScales?
        values.withUnsafeBufferPointer { v in
            guard let input = v.baseAddress, count > 0 else { return }
            codes.withUnsafeMutableBufferPointer { c in
                switch scaleRule {
                case .sharedExponent:
                    scaleCodes = [UInt8](repeating: 0, count: blocks)
                    scaleCodes.withUnsafeMutableBufferPointer { s in
                        SharedExponentBlockCodec(element: element, blockSize: size)!
                            .run(input, count: count, codes: c.baseAddress, output: nil, scaleCodes: s.baseAddress)
                    }
                    scales = scaleCodes.map(SharedExponentBlockCodec.scaleValue)
                case .twoLevel:
                    let codec = TwoLevelBlockCodec(element: FloatElementKernel(element)!, blockSize: size)
                    let amax = tensorAmax ?? Self.largestFiniteMagnitude(input, count: count)
                    tensorScale = codec.tensorScale(tensorAmax: amax)
                    scaleCodes = [UInt8](repeating: 0, count: blocks)
                    scaleCodes.withUnsafeMutableBufferPointer { s in
                        codec.run(input, count: count, tensorAmax: amax, codes: c.baseAddress, output: nil, scaleCodes: s.baseAddress)
                    }
                    scales = scaleCodes.map(TwoLevelBlockCodec.scaleValue)
                case .minMax:
                    zeroPoints = [UInt8](repeating: 0, count: blocks)
                    scales.withUnsafeMutableBufferPointer { s in
                        zeroPoints.withUnsafeMutableBufferPointer { z in
                            MinMaxBlockCodec(bitWidth: element.bitWidth, blockSize: size)
                                .run(input, count: count, codes: c.baseAddress, output: nil, scales: s.baseAddress, zeroPoints: z.baseAddress)
                        }
                    }
                case .absmax:
                    scales.withUnsafeMutableBufferPointer { s in
                        switch element.kind {
                        case .codebook:
                            if element == .nf4 {
                                absmaxQuantize(NF4Kernel(), input, count: count, blockSize: size, codes: c.baseAddress!, absmax: s.baseAddress!)
                            } else {
                                absmaxQuantize(BnbFP4Kernel(), input, count: count, blockSize: size, codes: c.baseAddress!, absmax: s.baseAddress!)
                            }
                        case .integer(let si):
                            absmaxQuantize(SymmetricIntegerKernel(bitWidth: si.bitWidth), input, count: count, blockSize: size,
                                           codes: c.baseAddress!, absmax: s.baseAddress!)
                        case .float:
                            absmaxQuantize(FloatElementKernel(element)!, input, count: count, blockSize: size,
                                           codes: c.baseAddress!, absmax: s.baseAddress!)
                        }
                    }
                    if isDoubleQuantized {
                        let dq = DoubleQuantizedScales(absmax: scales)
                        doubleQuantization = dq
                        scales = dq.dequantized()
                    }
                }
            }
        }
        if scaleRule == .twoLevel && tensorScale == nil {
            tensorScale = TwoLevelBlockCodec(element: FloatElementKernel(element)!, blockSize: size).tensorScale(tensorAmax: tensorAmax ?? 0)
        }
        return QuantizedBlocks(format: self, count: count, codes: codes, scaleCodes: scaleCodes, scales: scales,
                               zeroPoints: zeroPoints, tensorScale: tensorScale, doubleQuantization: doubleQuantization)
    }

    /// `quantize` for absmax formats: codes and the absmax of each block.
    private func absmaxQuantize<K: AbsmaxElementKernel>(_ kernel: K, _ input: UnsafePointer<Float>, count: Int, blockSize: Int,
                                                        codes: UnsafeMutablePointer<UInt8>, absmax: UnsafeMutablePointer<Float>) {
        AbsmaxBlockCodec(kernel: kernel, blockSize: blockSize)
            .run(input, count: count, codes: codes, output: nil, absmax: absmax, dequantizationAbsmax: nil)
    }

    /// Dequantises codes plus scales (of this format) back to float32, reading what the format stores:
    /// the scale codes (MX, NVFP4), the double-quantised scales (+dq), else `scales`.
    public func dequantize(_ q: QuantizedBlocks) -> [Float] {
        precondition(q.format == self, "dequantize: blocks of \(q.format.name) given to \(name)")
        let count = q.count
        guard count > 0 else { return [] }
        let size = effectiveBlockSize(count: count)
        var output = [Float](repeating: 0, count: count)
        output.withUnsafeMutableBufferPointer { o in
            q.codes.withUnsafeBufferPointer { c in
                let out = o.baseAddress!, codes = c.baseAddress!
                switch scaleRule {
                case .sharedExponent:
                    q.scaleCodes.withUnsafeBufferPointer { s in
                        SharedExponentBlockCodec(element: element, blockSize: size)!
                            .dequantize(codes: codes, count: count, scaleCodes: s.baseAddress!, output: out)
                    }
                case .twoLevel:
                    q.scaleCodes.withUnsafeBufferPointer { s in
                        TwoLevelBlockCodec(element: FloatElementKernel(element)!, blockSize: size)
                            .dequantize(codes: codes, count: count, scaleCodes: s.baseAddress!, tensorScale: q.tensorScale ?? .nan, output: out)
                    }
                case .minMax:
                    q.scales.withUnsafeBufferPointer { s in
                        q.zeroPoints.withUnsafeBufferPointer { z in
                            MinMaxBlockCodec(bitWidth: element.bitWidth, blockSize: size)
                                .dequantize(codes: codes, count: count, scales: s.baseAddress!, zeroPoints: z.baseAddress!, output: out)
                        }
                    }
                case .absmax:
                    let absmax = q.doubleQuantization?.dequantized() ?? q.scales
                    absmax.withUnsafeBufferPointer { s in
                        switch element.kind {
                        case .codebook:
                            if element == .nf4 {
                                AbsmaxBlockCodec(kernel: NF4Kernel(), blockSize: size)
                                    .dequantize(codes: codes, count: count, absmax: s.baseAddress!, output: out)
                            } else {
                                AbsmaxBlockCodec(kernel: BnbFP4Kernel(), blockSize: size)
                                    .dequantize(codes: codes, count: count, absmax: s.baseAddress!, output: out)
                            }
                        case .integer(let si):
                            AbsmaxBlockCodec(kernel: SymmetricIntegerKernel(bitWidth: si.bitWidth), blockSize: size)
                                .dequantize(codes: codes, count: count, absmax: s.baseAddress!, output: out)
                        case .float:
                            AbsmaxBlockCodec(kernel: FloatElementKernel(element)!, blockSize: size)
                                .dequantize(codes: codes, count: count, absmax: s.baseAddress!, output: out)
                        }
                    }
                }
            }
        }
        return output
    }
}
