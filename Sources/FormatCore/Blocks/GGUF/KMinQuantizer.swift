/// The shared first half of Q4_K and Q5_K quantisation (`quantize_row_q4_K_ref` and
/// `quantize_row_q5_K_ref` differ only in the level count, the search steps and the quant packing):
/// for each of the 8 sub-blocks of 32, weights `sqrt(mean x²) + |x|` and a scale/min search
/// (`make_qkx2_quants`); the 8 scales and 8 mins quantised to 6 bits against `d = max scale / 63`
/// and `dmin = max min / 63`, packed into 12 bytes; then every value requantised against the
/// stored scale and min.
enum KMinQuantizer {
    /// Quantises the 256 values at `x`: writes d (fp16) at `out[0..<2]`, dmin at `out[2..<4]`, the
    /// packed scales at `out[4..<16]` and the levels (0...nmax) into `levels`. `work` holds 32 + 16
    /// floats and `scratch` 32 bytes.
    static func quantize(_ x: UnsafePointer<Float>, nmax: Int, rmin: Float, rdelta: Float, nstep: Int,
                         out: UnsafeMutablePointer<UInt8>, levels: UnsafeMutablePointer<UInt8>,
                         work: UnsafeMutablePointer<Float>, scratch: UnsafeMutablePointer<UInt8>) {
        let weights = work, scales = work + 32, mins = work + 40
        var maxScale: Float = 0
        var maxMin: Float = 0
        for j in 0..<8 {
            let xs = x + 32 * j
            var sumX2: Float = 0
            for l in 0..<32 { sumX2 += xs[l] * xs[l] }
            let avX = (sumX2 / 32).squareRoot()
            for l in 0..<32 { weights[l] = avX + abs(xs[l]) }
            let fit = ScaleMinSearch.search(n: 32, nmax: nmax, x: xs, weights: weights, levels: levels + 32 * j,
                                            scratch: scratch, rmin: rmin, rdelta: rdelta, nstep: nstep, useMAD: false)
            scales[j] = fit.scale
            mins[j] = fit.min
            if fit.scale > maxScale { maxScale = fit.scale }
            if fit.min > maxMin { maxMin = fit.min }
        }
        storeScales(scales: scales, mins: mins, maxScale: maxScale, maxMin: maxMin, out: out)
        let dAll = GGMLHalf.load(out, 0)
        let dminAll = GGMLHalf.load(out, 2)
        for j in 0..<8 {
            let (sc, m) = KScaleMinPacking.scaleMin(j, UnsafePointer(out + 4))
            let d = dAll * Float(sc)
            if d == 0 { continue }
            let dm = dminAll * Float(m)
            for i in 0..<32 {
                let l = GGMLRounding.nearestInt((x[32 * j + i] + dm) / d)
                levels[32 * j + i] = UInt8(truncatingIfNeeded: max(0, min(nmax, l)))
            }
        }
    }

    /// Quantises the 8 sub-block scales and mins to 6 bits against `d = maxScale / 63` and
    /// `dmin = maxMin / 63`: writes d (fp16) at `out[0..<2]`, dmin at `out[2..<4]` and the packed
    /// scales at `out[4..<16]`.
    static func storeScales(scales: UnsafePointer<Float>, mins: UnsafePointer<Float>, maxScale: Float, maxMin: Float,
                            out: UnsafeMutablePointer<UInt8>) {
        let invScale: Float = maxScale > 0 ? 63 / maxScale : 0
        let invMin: Float = maxMin > 0 ? 63 / maxMin : 0
        var ls: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0)
        var lm = ls
        withUnsafeMutableBytes(of: &ls) { lsBytes in
            withUnsafeMutableBytes(of: &lm) { lmBytes in
                let s = lsBytes.bindMemory(to: UInt8.self).baseAddress!
                let m = lmBytes.bindMemory(to: UInt8.self).baseAddress!
                for j in 0..<8 {
                    s[j] = min(63, UInt8(truncatingIfNeeded: GGMLRounding.nearestInt(invScale * scales[j])))
                    m[j] = min(63, UInt8(truncatingIfNeeded: GGMLRounding.nearestInt(invMin * mins[j])))
                }
                KScaleMinPacking.pack(scales: s, mins: m, into: out + 4)
            }
        }
        GGMLHalf.store(maxScale / 63, out, 0)
        GGMLHalf.store(maxMin / 63, out, 2)
    }
}
