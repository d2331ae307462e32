/// The scaled block families as byte codecs: `encode` writes `quantize`'s codes and scales in the
/// layout of `BlockFormat.layout`, `decode` reads them back and dequantises; `roundTrip` is the
/// fast path of `BlockFormat+Quantization`, tested equal to `decode(encode(x))`.
extension BlockFormat: BlockCodec {
    /// A partial last block is a block of its own.
    public var acceptsPartialBlock: Bool { true }

    /// Writes the codes and scales of `count` values.
    public func encode(_ values: UnsafePointer<Float>, count: Int, tensorAmax: Float, into bytes: UnsafeMutableRawPointer) {
        let q = quantize(Array(UnsafeBufferPointer(start: values, count: count)), tensorAmax: needsTensorAmax ? tensorAmax : nil)
        var w = BitWriter(bytes)
        let bits = element.bitWidth
        if scaleRule == .twoLevel { w.write(UInt64(q.tensorScale?.bitPattern ?? 0), bits: 32) }
        if let dq = q.doubleQuantization {
            w.write(UInt64(dq.offset.bitPattern), bits: 32)
            for a in dq.groupAbsmax { w.write(UInt64(a.bitPattern), bits: 32) }
        }
        w.alignToByte()
        let blocks = blockSize == 0 ? 1 : q.blockCount
        for b in 0..<blocks {
            writeScale(of: q, block: b, to: &w)
            if blockSize == 0 {
                for c in q.codes { w.write(UInt64(c), bits: bits) }
            } else {
                for i in q.range(ofBlock: b) { w.write(UInt64(q.codes[i]), bits: bits) }
            }
        }
        w.alignToByte()
    }

    /// The scale fields of block `b` (zeros for the scale of an empty per-tensor call).
    private func writeScale(of q: QuantizedBlocks, block b: Int, to w: inout BitWriter) {
        let present = b < q.scales.count
        switch scaleRule {
        case .sharedExponent, .twoLevel:
            w.write(UInt64(present ? q.scaleCodes[b] : 0), bits: 8)
        case .absmax:
            if let dq = q.doubleQuantization {
                w.write(UInt64(dq.codes[b]), bits: 8)
            } else {
                w.write(UInt64(present ? q.scales[b].bitPattern : 0), bits: 32)
            }
        case .minMax:
            w.write(UInt64(present ? q.scales[b].bitPattern : 0), bits: 32)
            w.write(UInt64(present ? q.zeroPoints[b] : 0), bits: element.bitWidth)
        }
    }

    /// Reads the codes and scales of `count` values and dequantises them.
    public func decode(_ bytes: UnsafeRawPointer, count: Int, into values: UnsafeMutablePointer<Float>) {
        guard count > 0 else { return }
        let y = dequantize(readQuantized(bytes, count: count))
        values.update(from: y, count: count)
    }

    /// The codes and scales of `count` (positive) values as `encode` wrote them.
    func readQuantized(_ bytes: UnsafeRawPointer, count: Int) -> QuantizedBlocks {
        var r = BitReader(bytes)
        let size = effectiveBlockSize(count: count)
        let blocks = (count + size - 1) / size
        var tensorScale: Float?
        if scaleRule == .twoLevel { tensorScale = Float(bitPattern: UInt32(r.read(bits: 32))) }
        var offset: Float = 0
        var groupAbsmax: [Float] = []
        if isDoubleQuantized {
            offset = Float(bitPattern: UInt32(r.read(bits: 32)))
            let groups = (blocks + DoubleQuantizedScales.groupSize - 1) / DoubleQuantizedScales.groupSize
            groupAbsmax = (0..<groups).map { _ in Float(bitPattern: UInt32(r.read(bits: 32))) }
        }
        r.alignToByte()
        var codes = [UInt8](repeating: 0, count: count)
        var scaleCodes: [UInt8] = [], scales: [Float] = [], zeroPoints: [UInt8] = [], dqCodes: [UInt8] = []
        let bits = element.bitWidth
        for b in 0..<blocks {
            switch scaleRule {
            case .sharedExponent, .twoLevel: scaleCodes.append(UInt8(r.read(bits: 8)))
            case .absmax:
                if isDoubleQuantized { dqCodes.append(UInt8(r.read(bits: 8))) } else { scales.append(Float(bitPattern: UInt32(r.read(bits: 32)))) }
            case .minMax:
                scales.append(Float(bitPattern: UInt32(r.read(bits: 32))))
                zeroPoints.append(UInt8(r.read(bits: bits)))
            }
            for i in (b * size)..<min((b + 1) * size, count) { codes[i] = UInt8(r.read(bits: bits)) }
        }
        var doubleQuantization: DoubleQuantizedScales?
        if isDoubleQuantized {
            let dq = DoubleQuantizedScales(codes: dqCodes, groupAbsmax: groupAbsmax, offset: offset)
            doubleQuantization = dq
            scales = dq.dequantized()
        }
        switch scaleRule {
        case .sharedExponent: scales = scaleCodes.map(SharedExponentBlockCodec.scaleValue)
        case .twoLevel: scales = scaleCodes.map(TwoLevelBlockCodec.scaleValue)
        case .absmax, .minMax: break
        }
        return QuantizedBlocks(format: self, count: count, codes: codes, scaleCodes: scaleCodes, scales: scales,
                               zeroPoints: zeroPoints, tensorScale: tensorScale, doubleQuantization: doubleQuantization)
    }

}
