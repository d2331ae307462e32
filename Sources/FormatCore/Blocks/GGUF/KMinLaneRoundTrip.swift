/// A faster `roundTrip` for Q4_K and Q5_K: the 8 sub-blocks of a super-block are the 8 lanes of
/// SIMD8 vectors, and each lane does exactly the float operations of the plain path, in its order
/// (`make_qkx2_quants` with its trial steps, the requantisation and the dequantisation), so the
/// result is `decode(encode(x))` bit for bit for every input, NaN and infinities included. The C
/// code's branches become lane selects; `nearest_int` and the float of a clamped level are done on
/// the bits (`x + 1.5 * 2^23`), as the plain path does. Tested against `decode(encode)` on random
/// and edge-case data.
struct KMinLaneRoundTrip {
    /// The largest level (15 for Q4_K, 31 for Q5_K).
    let nmax: Int
    /// The search's first offset, step and step count (Q4_K: -1, 0.1, 20; Q5_K: -0.5, 0.1, 15).
    let rmin: Float, rdelta: Float, nstep: Int

    /// Q4_K's parameters.
    static let q4K = KMinLaneRoundTrip(nmax: 15, rmin: -1, rdelta: 0.1, nstep: 20)
    /// Q5_K's parameters.
    static let q5K = KMinLaneRoundTrip(nmax: 31, rmin: -0.5, rdelta: 0.1, nstep: 15)

    typealias Lanes = SIMD8<Float>
    typealias Bits = SIMD8<UInt32>

    /// `nearest_int(v)` clamped to 0...top, per lane, as an exact float. nearest_int reads the low 23
    /// bits m of `v + 1.5 * 2^23` as `m - 2^22`; that integer is `(2^23 + m) - 1.5 * 2^23` in float32
    /// exactly, so the level and its clamping stay in float lanes (whose compares are vector
    /// instructions, unlike Int32 lane compares here).
    @inline(__always)
    static func level(_ v: Lanes, _ top: Float) -> Lanes {
        let low = unsafeBitCast(v + 12582912, to: Bits.self) & 0x007F_FFFF
        var l = unsafeBitCast(low | 0x4B00_0000, to: Lanes.self) - 12582912
        l = l.replacing(with: 0, where: l .< 0)
        l = l.replacing(with: top, where: l .> top)
        return l
    }

    /// Whether any lane of `mask` is set (read as four 64-bit words: `any` reduces lane by lane).
    @inline(__always)
    static func anyLane(_ mask: SIMDMask<SIMD8<Int32>>) -> Bool {
        let words = unsafeBitCast(mask, to: (UInt64, UInt64, UInt64, UInt64).self)
        return (words.0 | words.1 | words.2 | words.3) != 0
    }

    /// |v| per lane (the sign bit cleared, as `fabsf`).
    @inline(__always)
    static func magnitude(_ v: Lanes) -> Lanes {
        unsafeBitCast(unsafeBitCast(v, to: Bits.self) & 0x7FFF_FFFF, to: Lanes.self)
    }

    /// Quantises and dequantises `count` values (whole super-blocks of 256); `output` may be `input`.
    func roundTrip(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int) {
        withUnsafeTemporaryAllocation(of: Lanes.self, capacity: 4 * 32) { buffer in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: 16) { fits in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { header in
                    let xt = buffer.baseAddress!, weights = xt + 32, levels = xt + 64, trial = xt + 96
                    for block in 0..<count / 256 {
                        superBlock(input + 256 * block, output + 256 * block, xt, weights, levels, trial,
                                   fits.baseAddress!, header.baseAddress!)
                    }
                }
            }
        }
    }

    @inline(__always)
    private func superBlock(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>,
                                   _ xt: UnsafeMutablePointer<Lanes>, _ w: UnsafeMutablePointer<Lanes>,
                                   _ levels: UnsafeMutablePointer<Lanes>, _ trial: UnsafeMutablePointer<Lanes>,
                                   _ fits: UnsafeMutablePointer<Float>, _ header: UnsafeMutablePointer<UInt8>) {
        // Lane j holds sub-block j: xt[i][j] = x[32j + i].
        for i in 0..<32 {
            xt[i] = Lanes(x[i], x[32 + i], x[64 + i], x[96 + i], x[128 + i], x[160 + i], x[192 + i], x[224 + i])
        }
        var sumX2 = Lanes(repeating: 0)
        for i in 0..<32 { sumX2 += xt[i] * xt[i] }
        let avX = (sumX2 / 32).squareRoot()
        for i in 0..<32 { w[i] = avX + Self.magnitude(xt[i]) }

        // make_qkx2_quants(32, nmax, x, weights, L, &min, Laux, rmin, rdelta, nstep, false), lane by lane.
        let top = Float(nmax)
        var lo = xt[0], hi = xt[0]
        var sumW = w[0]
        var sumX = w[0] * xt[0]
        for i in 1..<32 {
            lo = lo.replacing(with: xt[i], where: xt[i] .< lo)
            hi = hi.replacing(with: xt[i], where: xt[i] .> hi)
            sumW += w[i]
            sumX += w[i] * xt[i]
        }
        lo = lo.replacing(with: 0, where: lo .> 0)
        let flat = hi .== lo
        let firstLo = lo
        var iscale = top / (hi - lo)
        var scale = 1 / iscale
        var bestError = Lanes(repeating: 0)
        for i in 0..<32 {
            let l = Self.level(iscale * (xt[i] - lo), top)
            levels[i] = l
            let diff = scale * l + lo - xt[i]
            bestError += w[i] * (diff * diff)
        }
        for step in 0...nstep {
            let numerator: Float = rmin + rdelta * Float(step) + top
            iscale = Lanes(repeating: numerator) / (hi - lo)      // lo moves when a trial wins, as in C
            var sumL = Lanes(repeating: 0), sumL2 = Lanes(repeating: 0), sumXL = Lanes(repeating: 0)
            for i in 0..<32 {
                let l = Self.level(iscale * (xt[i] - lo), top)
                trial[i] = l
                let wl = w[i] * l
                sumL += wl
                sumL2 += wl * l
                sumXL += wl * xt[i]
            }
            let det = sumW * sumL2 - sumL * sumL
            var thisScale = (sumW * sumXL - sumX * sumL) / det
            var thisMin = (sumL2 * sumX - sumL * sumXL) / det
            let positive = thisMin .> 0
            thisMin = thisMin.replacing(with: 0, where: positive)
            thisScale = thisScale.replacing(with: sumXL / sumL2, where: positive)
            var error = Lanes(repeating: 0)
            for i in 0..<32 {
                let diff = thisScale * trial[i] + thisMin - xt[i]
                error += w[i] * (diff * diff)
            }
            let better = (det .> 0) .& (error .< bestError)
            if Self.anyLane(better) {
                for i in 0..<32 { levels[i] = levels[i].replacing(with: trial[i], where: better) }
                bestError = bestError.replacing(with: error, where: better)
                scale = scale.replacing(with: thisScale, where: better)
                lo = lo.replacing(with: thisMin, where: better)
            }
        }
        if Self.anyLane(flat) {
            for i in 0..<32 { levels[i] = levels[i].replacing(with: 0, where: flat) }
            scale = scale.replacing(with: 0, where: flat)
            lo = lo.replacing(with: firstLo, where: flat)
        }

        // The 6-bit scales and mins, as the plain path stores them.
        let mins = -lo
        var maxScale: Float = 0, maxMin: Float = 0
        for j in 0..<8 {
            fits[j] = scale[j]
            fits[8 + j] = mins[j]
            if scale[j] > maxScale { maxScale = scale[j] }
            if mins[j] > maxMin { maxMin = mins[j] }
        }
        KMinQuantizer.storeScales(scales: fits, mins: fits + 8, maxScale: maxScale, maxMin: maxMin, out: header)
        let dAll = GGMLHalf.load(header, 0), dminAll = GGMLHalf.load(header, 2)
        var d = Lanes(repeating: 0), dm = Lanes(repeating: 0)
        for j in 0..<8 {
            let (sc, m) = KScaleMinPacking.scaleMin(j, UnsafePointer(header + 4))
            d[j] = dAll * Float(sc)
            dm[j] = dminAll * Float(m)
        }

        // Requantise where d != 0, then dequantise: y = d * q - dm.
        let requantise = d .!= 0
        for i in 0..<32 {
            let l = Self.level((xt[i] + dm) / d, top)
            let q = levels[i].replacing(with: l, where: requantise)
            let v = d * q - dm
            for j in 0..<8 { y[32 * j + i] = v[j] }
        }
    }
}
