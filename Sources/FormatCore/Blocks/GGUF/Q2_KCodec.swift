/// llama.cpp's Q2_K: super-blocks of 256 in 16 sub-blocks of 16. Each sub-block gets a scale and a
/// min (`make_qkx2_quants`, absolute error weighted by |x|) quantised to 4 bits against the fp16
/// super-block scales `d` and `dmin`; quants are 2 bits, dequantised `d * sc * q - dmin * m`.
/// Bytes: scales (16: low nibble scale, high nibble min), qs (64), d, dmin. 2.625 bits per value.
public struct Q2_KCodec: BlockCodec {
    /// Creates the codec.
    public init() {}

    /// `q2_k`.
    public var name: String { "q2_k" }

    /// scales (16 x 4-bit scale + 4-bit min), qs (256 uint2), d (fp16), dmin (fp16).
    public var layout: BlockLayout { Self.blockLayout }

    private static let blockLayout = BlockLayout(valuesPerBlock: 256, fields: [
        BlockField(name: "scales", bits: 4, count: 32, encoding: "uint4",
                   role: "per sub-block of 16: scale in the low nibble, min in the high nibble"),
        BlockField(name: "qs", bits: 2, count: 256, encoding: "uint2",
                   role: "quants; byte 32h + l, bits 2s..2s+1 hold element 128h + 32s + l"),
        BlockField(name: "d", bits: 16, encoding: "fp16", role: "super-block scale of the sub-block scales"),
        BlockField(name: "dmin", bits: 16, encoding: "fp16", role: "super-block scale of the sub-block mins"),
    ], element: .uint(2))

    /// Quantises as `quantize_row_q2_K_ref` (= `quantize_q2_K` without an importance matrix).
    public func encode(_ values: UnsafePointer<Float>, count: Int, tensorAmax: Float, into bytes: UnsafeMutableRawPointer) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256 + 16) { levelBuffer in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: 48) { floatBuffer in
                let levels = levelBuffer.baseAddress!, scratch = levels + 256
                let weights = floatBuffer.baseAddress!, scales = weights + 16, mins = weights + 32
                for block in 0..<count / 256 {
                    encodeBlock(values + block * 256, (bytes + block * 84).assumingMemoryBound(to: UInt8.self),
                                levels, scratch, weights, scales, mins)
                }
            }
        }
    }

    private func encodeBlock(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<UInt8>,
                             _ levels: UnsafeMutablePointer<UInt8>, _ scratch: UnsafeMutablePointer<UInt8>,
                             _ weights: UnsafeMutablePointer<Float>, _ scales: UnsafeMutablePointer<Float>,
                             _ mins: UnsafeMutablePointer<Float>) {
        var maxScale: Float = 0
        var maxMin: Float = 0
        for j in 0..<16 {
            for l in 0..<16 { weights[l] = abs(x[16 * j + l]) }
            let fit = ScaleMinSearch.search(n: 16, nmax: 3, x: x + 16 * j, weights: weights, levels: levels + 16 * j,
                                            scratch: scratch, rmin: -0.5, rdelta: 0.1, nstep: 15, useMAD: true)
            scales[j] = fit.scale
            mins[j] = fit.min
            if fit.scale > maxScale { maxScale = fit.scale }
            if fit.min > maxMin { maxMin = fit.min }
        }
        Self.storeScales(scales, mins, maxScale: maxScale, maxMin: maxMin, out: out)
        let sc = out                      // scales field, bytes 0..<16
        let dAll = GGMLHalf.load(out, 80)
        let dminAll = GGMLHalf.load(out, 82)
        for j in 0..<16 {
            let d = dAll * Float(sc[j] & 0xF)
            if d == 0 { continue }
            let dm = dminAll * Float(sc[j] >> 4)
            for i in 0..<16 {
                let l = GGMLRounding.nearestInt((x[16 * j + i] + dm) / d)
                levels[16 * j + i] = UInt8(truncatingIfNeeded: max(0, min(3, l)))
            }
        }
        let qs = out + 16
        for half in 0..<2 {
            let j = 128 * half
            for l in 0..<32 {
                qs[32 * half + l] = levels[j + l] | (levels[j + l + 32] << 2) | (levels[j + l + 64] << 4) | (levels[j + l + 96] << 6)
            }
        }
    }

    /// Quantises the 16 sub-block scales and mins to 4 bits against `d = maxScale / 15` and
    /// `dmin = maxMin / 15`: writes them at `out[0..<16]` (scale in the low nibble, min in the high)
    /// and d, dmin (fp16) at `out[80..<84]`.
    static func storeScales(_ scales: UnsafePointer<Float>, _ mins: UnsafePointer<Float>, maxScale: Float, maxMin: Float,
                            out: UnsafeMutablePointer<UInt8>) {
        let q4scale: Float = 15
        let sc = out                      // scales field, bytes 0..<16
        if maxScale > 0 {
            let iscale = q4scale / maxScale
            for j in 0..<16 { sc[j] = UInt8(truncatingIfNeeded: GGMLRounding.nearestInt(iscale * scales[j])) }
            GGMLHalf.store(maxScale / q4scale, out, 80)
        } else {
            for j in 0..<16 { sc[j] = 0 }
            GGMLHalf.store(0, out, 80)
        }
        if maxMin > 0 {
            let iscale = q4scale / maxMin
            for j in 0..<16 {
                sc[j] |= UInt8(truncatingIfNeeded: GGMLRounding.nearestInt(iscale * mins[j]) << 4)
            }
            GGMLHalf.store(maxMin / q4scale, out, 82)
        } else {
            GGMLHalf.store(0, out, 82)
        }
    }

    /// `decode(encode(x))` through `Q2_KLaneRoundTrip` (the 16 sub-blocks as SIMD lanes, each in the
    /// plain path's operation order), equal to it bit for bit for every input.
    public func roundTrip(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int, tensorAmax: Float) {
        Q2_KLaneRoundTrip.roundTrip(input, output, count: count)
    }

    /// Dequantises as `dequantize_row_q2_K`.
    public func decode(_ bytes: UnsafeRawPointer, count: Int, into values: UnsafeMutablePointer<Float>) {
        for block in 0..<count / 256 {
            let p = (bytes + block * 84).assumingMemoryBound(to: UInt8.self)
            let y = values + block * 256
            let d = GGMLHalf.load(p, 80)
            let dmin = GGMLHalf.load(p, 82)
            for e in 0..<256 {
                let half = e / 128, s = (e % 128) / 32, l = e % 32
                let q = (p[16 + 32 * half + l] >> UInt8(2 * s)) & 3
                let sc = p[e / 16]
                let dl = d * Float(sc & 0xF)
                let ml = dmin * Float(sc >> 4)
                y[e] = dl * Float(q) - ml
            }
        }
    }
}
