/// llama.cpp's Q6_K: super-blocks of 256 in 16 sub-blocks of 16, each with a signed 8-bit scale
/// (`make_qx_quants`) against the fp16 super-block scale `d`; 6-bit quants dequantised
/// `d * sc * (q - 32)`. Bytes: ql (128), qh (64), scales (16), d. 6.5625 bits per value.
public struct Q6_KCodec: BlockCodec {
    /// Creates the codec.
    public init() {}

    /// `q6_k`.
    public var name: String { "q6_k" }

    /// ql (256 nibbles), qh (256 x 2 bits), scales (16 int8), d (fp16).
    public var layout: BlockLayout { Self.blockLayout }

    private static let blockLayout = BlockLayout(valuesPerBlock: 256, fields: [
        BlockField(name: "ql", bits: 4, count: 256, encoding: "uint4",
                   role: "low 4 bits of the quants; byte 64h + l holds element 128h + l (low nibble) and 128h + 64 + l, byte 64h + 32 + l elements 128h + 32 + l and 128h + 96 + l"),
        BlockField(name: "qh", bits: 2, count: 256, encoding: "uint2",
                   role: "bits 4-5 of the quants; byte 32h + l, bits 2s..2s+1 hold element 128h + 32s + l"),
        BlockField(name: "scales", bits: 8, count: 16, encoding: "int8", role: "sub-block scales"),
        BlockField(name: "d", bits: 16, encoding: "fp16", role: "super-block scale"),
    ], element: .uint(6))

    /// Quantises as `quantize_row_q6_K_ref` (= `quantize_q6_K` without an importance matrix).
    public func encode(_ values: UnsafePointer<Float>, count: Int, tensorAmax: Float, into bytes: UnsafeMutableRawPointer) {
        withUnsafeTemporaryAllocation(of: Int8.self, capacity: 256) { levelBuffer in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: 16) { scaleBuffer in
                for block in 0..<count / 256 {
                    encodeBlock(values + block * 256, (bytes + block * 210).assumingMemoryBound(to: UInt8.self),
                                levelBuffer.baseAddress!, scaleBuffer.baseAddress!)
                }
            }
        }
    }

    private func encodeBlock(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<UInt8>,
                             _ levels: UnsafeMutablePointer<Int8>, _ scales: UnsafeMutablePointer<Float>) {
        var maxScale: Float = 0
        var maxAbsScale: Float = 0
        for ib in 0..<16 {
            let scale = SymmetricScaleSearch.search(n: 16, nmax: 32, x: x + 16 * ib, levels: levels + 16 * ib)
            scales[ib] = scale
            if abs(scale) > maxAbsScale {
                maxAbsScale = abs(scale)
                maxScale = scale
            }
        }
        if !Self.storeScales(scales, maxScale: maxScale, maxAbsScale: maxAbsScale, out: out) { return }
        let sc = out + 192
        let dAll = GGMLHalf.load(out, 208)
        for j in 0..<16 {
            let d = dAll * Float(Int8(bitPattern: sc[j]))
            if d == 0 { continue }
            for i in 0..<16 {
                let l = max(-32, min(31, GGMLRounding.nearestInt(x[16 * j + i] / d)))
                levels[16 * j + i] = Int8(truncatingIfNeeded: l + 32)
            }
        }
        for half in 0..<2 {
            let ql = out + 64 * half, qh = out + 128 + 32 * half
            let L = levels + 128 * half
            for l in 0..<32 {
                let q1 = UInt8(bitPattern: L[l]), q2 = UInt8(bitPattern: L[l + 32])
                let q3 = UInt8(bitPattern: L[l + 64]), q4 = UInt8(bitPattern: L[l + 96])
                ql[l] = (q1 & 0xF) | ((q3 & 0xF) << 4)
                ql[l + 32] = (q2 & 0xF) | ((q4 & 0xF) << 4)
                qh[l] = (q1 >> 4) | ((q2 >> 4) << 2) | ((q3 >> 4) << 4) | ((q4 >> 4) << 6)
            }
        }
    }

    /// `decode(encode(x))` through `Q6_KLaneRoundTrip` (the 16 sub-blocks as SIMD lanes, each in the
    /// plain path's operation order), equal to it bit for bit for every input.
    public func roundTrip(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int, tensorAmax: Float) {
        Q6_KLaneRoundTrip.roundTrip(input, output, count: count)
    }

    /// Quantises the 16 sub-block scales to int8 against `d = maxScale / -128` and writes them at
    /// `out[192..<208]` and d (fp16) at `out[208..<210]`. When the largest |scale| is below ggml's
    /// `GROUP_MAX_EPS`, zeroes the whole block (all 210 bytes) instead and returns false.
    static func storeScales(_ scales: UnsafePointer<Float>, maxScale: Float, maxAbsScale: Float,
                            out: UnsafeMutablePointer<UInt8>) -> Bool {
        if maxAbsScale < SymmetricScaleSearch.groupMaxEpsilon {
            for i in 0..<210 { out[i] = 0 }
            return false
        }
        let sc = out + 192
        let iscale = -128 / maxScale
        GGMLHalf.store(1 / iscale, out, 208)
        for ib in 0..<16 {
            sc[ib] = UInt8(truncatingIfNeeded: min(127, GGMLRounding.nearestInt(iscale * scales[ib])))
        }
        return true
    }

    /// Dequantises as `dequantize_row_q6_K` (`(d * sc) * q`, in that order).
    public func decode(_ bytes: UnsafeRawPointer, count: Int, into values: UnsafeMutablePointer<Float>) {
        for block in 0..<count / 256 {
            let p = (bytes + block * 210).assumingMemoryBound(to: UInt8.self)
            let y = values + block * 256
            let d = GGMLHalf.load(p, 208)
            for half in 0..<2 {
                let ql = p + 64 * half, qh = p + 128 + 32 * half
                let sc = p + 192 + 8 * half
                let yy = y + 128 * half
                for l in 0..<32 {
                    let s = l / 16
                    let q1 = Int((ql[l] & 0xF) | (((qh[l] >> 0) & 3) << 4)) - 32
                    let q2 = Int((ql[l + 32] & 0xF) | (((qh[l] >> 2) & 3) << 4)) - 32
                    let q3 = Int((ql[l] >> 4) | (((qh[l] >> 4) & 3) << 4)) - 32
                    let q4 = Int((ql[l + 32] >> 4) | (((qh[l] >> 6) & 3) << 4)) - 32
                    yy[l] = d * Float(Int8(bitPattern: sc[s])) * Float(q1)
                    yy[l + 32] = d * Float(Int8(bitPattern: sc[s + 2])) * Float(q2)
                    yy[l + 64] = d * Float(Int8(bitPattern: sc[s + 4])) * Float(q3)
                    yy[l + 96] = d * Float(Int8(bitPattern: sc[s + 6])) * Float(q4)
                }
            }
        }
    }
}
