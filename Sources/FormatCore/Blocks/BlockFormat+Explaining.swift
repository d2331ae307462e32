/// The scaled families' reconstruction of one element, with the numbers of its block.
extension BlockFormat: BlockExplaining {
    /// How element `index` is dequantised: MX `q * 2^(e-127)`, NVFP4 `(q * s) * tensor_scale`,
    /// absmax `q * (absmax / M)` (with the double-quantised absmax spelled out), min-max
    /// `(q - zp) * step`.
    public func reconstruction(of index: Int, in bytes: UnsafeRawPointer, count: Int) -> BlockReconstruction {
        let q = readQuantized(bytes, count: count)
        let size = effectiveBlockSize(count: count)
        let block = index / size
        let code = q.codes[index]
        let element = elementValue(code)
        let codeText = "\(self.element.name) code \(BlockField.hex(UInt64(code), bits: self.element.bitWidth))"
        let qTerm = BlockReconstruction.Term(symbol: "q", value: Self.exact(element), source: codeText)
        let y = dequantize(q)[index]
        switch scaleRule {
        case .sharedExponent:
            let e = q.scaleCodes[block]
            return BlockReconstruction(formula: "y = q * 2^(e-127)",
                                       terms: [qTerm, .init(symbol: "2^(e-127)", value: Self.exact(q.scales[block]), source: "e8m0fnu e = \(e)")],
                                       order: "float32 product (exact: a power of two)", result: y)
        case .twoLevel:
            let s = q.scaleCodes[block]
            return BlockReconstruction(formula: "y = (q * s) * tensor_scale",
                                       terms: [qTerm, .init(symbol: "s", value: Self.exact(q.scales[block]), source: "e4m3fn \(BlockField.hex(UInt64(s), bits: 8))"),
                                               .init(symbol: "tensor_scale", value: Self.exact(q.tensorScale ?? .nan), source: "fp32 per call")],
                                       order: "float32: q * s (exact), then times tensor_scale (rounded once)", result: y)
        case .absmax:
            let m = absmaxMaxMagnitude
            var terms = [qTerm]
            var formula = "y = q * (absmax / M)"
            if let dq = q.doubleQuantization {
                let level = DoubleQuantizedScales.dynamicMap[Int(dq.codes[block])]
                terms += [.init(symbol: "c", value: Self.exact(level), source: "dynamic-map code \(dq.codes[block])"),
                          .init(symbol: "group_absmax", value: Self.exact(dq.groupAbsmax[block / DoubleQuantizedScales.groupSize]), source: "fp32 per 256 blocks"),
                          .init(symbol: "offset", value: Self.exact(dq.offset), source: "fp32 per call")]
                formula += ", absmax = c * group_absmax + offset"
            }
            terms += [.init(symbol: "absmax", value: Self.exact(q.scales[block]), source: q.doubleQuantization == nil ? "fp32 per block" : "float32: (c * group_absmax) + offset"),
                      .init(symbol: "M", value: Self.exact(m), source: "largest \(self.element.name) magnitude")]
            return BlockReconstruction(formula: formula, terms: terms,
                                       order: "float32: step = absmax / M, then q * step", result: y)
        case .minMax:
            return BlockReconstruction(formula: "y = (q - zp) * step",
                                       terms: [qTerm, .init(symbol: "zp", value: Self.exact(Float(q.zeroPoints[block])), source: "\(self.element.name) per block"),
                                               .init(symbol: "step", value: Self.exact(q.scales[block]), source: "fp32 per block")],
                                       order: "float32: q - zp (exact), then times step", result: y)
        }
    }

    /// The value of an element code before scaling (an NF4 level, an integer, an E2M1 value).
    func elementValue(_ code: UInt8) -> Float {
        switch element.kind {
        case .codebook(let c): return c.levels[Int(code)]
        case .integer(let s):
            let bits = s.bitWidth
            return s.isSigned && code >= 1 << (bits - 1) ? Float(Int(code) - (1 << bits)) : Float(code)
        case .float: return Float(element.decode(UInt64(code)).value.doubleValue)
        }
    }

    /// The magnitude an absmax maps to: 1 (NF4, bnb-fp4), 2^(bits-1) - 1 (intN), the largest finite value (floats).
    var absmaxMaxMagnitude: Float {
        switch element.kind {
        case .codebook: return 1
        case .integer(let s): return Float((1 << (s.bitWidth - 1)) - 1)
        case .float: return FloatElementKernel(element)?.maxMagnitude ?? 1
        }
    }

    /// A float32 as an exact value.
    static func exact(_ f: Float) -> ExactValue { BinaryValue(f).exact }
}
