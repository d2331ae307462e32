/// llama.cpp's Q3_K: super-blocks of 256 in 16 sub-blocks of 16. Each sub-block gets a signed scale
/// (`make_q3_quants`) quantised to 6 bits against the fp16 super-block scale `d`; quants are 3 bits
/// (2 in `qs`, the third in `hmask`), dequantised `d * (sc - 32) * (q - 4)`.
/// Bytes: hmask (32), qs (64), scales (12), d. 3.4375 bits per value.
public struct Q3_KCodec: BlockCodec {
    /// Creates the codec.
    public init() {}

    /// `q3_k`.
    public var name: String { "q3_k" }

    /// hmask (256 x 1 bit), qs (256 uint2), scales (16 uint6), d (fp16).
    public var layout: BlockLayout { Self.blockLayout }

    private static let blockLayout = BlockLayout(valuesPerBlock: 256, fields: [
        BlockField(name: "hmask", bits: 1, count: 256, encoding: "uint1",
                   role: "bit 2 of each quant; byte l, bit s holds element 32s + l"),
        BlockField(name: "qs", bits: 2, count: 256, encoding: "uint2",
                   role: "bits 0-1 of the quants; byte 32h + l, bits 2s..2s+1 hold element 128h + 32s + l"),
        BlockField(name: "scales", bits: 6, count: 16, encoding: "uint6",
                   role: "sub-block scales, value sc - 32: low nibbles in bytes 0-7, top 2 bits in bytes 8-11"),
        BlockField(name: "d", bits: 16, encoding: "fp16", role: "super-block scale"),
    ], element: .uint(3))

    /// Quantises as `quantize_row_q3_K_ref` (= `quantize_q3_K` without an importance matrix).
    public func encode(_ values: UnsafePointer<Float>, count: Int, tensorAmax: Float, into bytes: UnsafeMutableRawPointer) {
        withUnsafeTemporaryAllocation(of: Int8.self, capacity: 256) { levelBuffer in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: 16) { scaleBuffer in
                for block in 0..<count / 256 {
                    encodeBlock(values + block * 256, (bytes + block * 110).assumingMemoryBound(to: UInt8.self),
                                levelBuffer.baseAddress!, scaleBuffer.baseAddress!)
                }
            }
        }
    }

    private func encodeBlock(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<UInt8>,
                             _ levels: UnsafeMutablePointer<Int8>, _ scales: UnsafeMutablePointer<Float>) {
        let hmask = out, qs = out + 32, sc = out + 96
        var maxScale: Float = 0
        var amax: Float = 0
        for j in 0..<16 {
            scales[j] = Q3ScaleSearch.search(n: 16, nmax: 4, x: x + 16 * j, levels: levels + 16 * j)
            let scale = abs(scales[j])
            if scale > amax {
                amax = scale
                maxScale = scales[j]
            }
        }
        Self.storeScales(scales, maxScale: maxScale, out: out)
        let dAll = GGMLHalf.load(out, 108)
        for j in 0..<16 {
            let d = dAll * Float(Self.scale(j, UnsafePointer(sc)))
            if d == 0 { continue }
            for i in 0..<16 {
                let l = max(-4, min(3, GGMLRounding.nearestInt(x[16 * j + i] / d)))
                levels[16 * j + i] = Int8(truncatingIfNeeded: l + 4)
            }
        }
        for j in 0..<32 { hmask[j] = 0 }
        for j in 0..<256 where levels[j] > 3 {
            hmask[j % 32] |= UInt8(1) << UInt8(j / 32)
            levels[j] -= 4
        }
        for half in 0..<2 {
            let j = 128 * half
            for l in 0..<32 {
                let q = UInt8(bitPattern: levels[j + l]) | (UInt8(bitPattern: levels[j + l + 32]) << 2)
                    | (UInt8(bitPattern: levels[j + l + 64]) << 4) | (UInt8(bitPattern: levels[j + l + 96]) << 6)
                qs[32 * half + l] = q
            }
        }
    }

    /// Quantises the 16 sub-block scales to 6 bits against `d = maxScale / -32` and writes them
    /// packed at `out[96..<108]` and d (fp16) at `out[108..<110]` (all zero when maxScale is 0).
    static func storeScales(_ scales: UnsafePointer<Float>, maxScale: Float, out: UnsafeMutablePointer<UInt8>) {
        let sc = out + 96
        for j in 0..<12 { sc[j] = 0 }
        if maxScale != 0 {
            let iscale = -32 / maxScale
            for j in 0..<16 {
                let l8 = Int8(truncatingIfNeeded: GGMLRounding.nearestInt(iscale * scales[j]))
                let l = UInt8(truncatingIfNeeded: max(-32, min(31, Int(l8))) + 32)
                if j < 8 {
                    sc[j] = l & 0xF
                } else {
                    sc[j - 8] |= (l & 0xF) << 4
                }
                sc[j % 4 + 8] |= (l >> 4) << UInt8(2 * (j / 4))
            }
            GGMLHalf.store(1 / iscale, out, 108)
        } else {
            GGMLHalf.store(0, out, 108)
        }
    }

    /// `decode(encode(x))` through `Q3_KLaneRoundTrip` (the 16 sub-blocks as SIMD lanes, each in the
    /// plain path's operation order), equal to it bit for bit for every input.
    public func roundTrip(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int, tensorAmax: Float) {
        Q3_KLaneRoundTrip.roundTrip(input, output, count: count)
    }

    /// The signed scale (-32...31) of sub-block `j` from the 12 scale bytes at `sc`.
    @inline(__always)
    static func scale(_ j: Int, _ sc: UnsafePointer<UInt8>) -> Int {
        let low = j < 8 ? sc[j] & 0xF : sc[j - 8] >> 4
        let high = (sc[8 + j % 4] >> UInt8(2 * (j / 4))) & 3
        return Int(low | (high << 4)) - 32
    }

    /// Dequantises as `dequantize_row_q3_K`.
    public func decode(_ bytes: UnsafeRawPointer, count: Int, into values: UnsafeMutablePointer<Float>) {
        for block in 0..<count / 256 {
            let p = (bytes + block * 110).assumingMemoryBound(to: UInt8.self)
            let y = values + block * 256
            let d = GGMLHalf.load(p, 108)
            for e in 0..<256 {
                let half = e / 128, s = (e % 128) / 32, l = e % 32
                let low = Int((p[32 + 32 * half + l] >> UInt8(2 * s)) & 3)
                let high = (p[l] >> UInt8(e / 32)) & 1
                let dl = d * Float(Self.scale(e / 16, UnsafePointer(p + 96)))
                y[e] = dl * Float(low - (high != 0 ? 0 : 4))
            }
        }
    }
}
