/// A faster `Q2_KCodec.roundTrip` for every input: the 16 sub-blocks of a super-block are SIMD
/// lanes, 8 at a time (`SubBlockLanes`), and each lane does exactly the float operations of the
/// plain path in its order (`make_qkx2_quants` with nmax 3, weights |x|, absolute error and its 16
/// trial steps, as `KMinLaneRoundTrip` does it for Q4_K and Q5_K on 8 lanes of 32; then the
/// requantisation against the stored 4-bit scales and mins and the dequantisation `d * q - dm`).
/// The C code's branches become lane selects; the 4-bit scales and mins and the fp16 `d` and
/// `dmin` are made by the plain path's own `Q2_KCodec.storeScales`. Equal to `decode(encode(x))`
/// bit for bit (tested on random and edge-case data, NaN and infinities included).
enum Q2_KLaneRoundTrip {
    typealias Lanes = SubBlockLanes.Lanes

    /// Quantises and dequantises `count` values (whole super-blocks of 256); `output` may be `input`.
    static func roundTrip(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int) {
        withUnsafeTemporaryAllocation(of: Lanes.self, capacity: 64 + 64 + 16 + 16) { buffer in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: 32) { fits in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 84) { header in
                    let xt = buffer.baseAddress!, levels = xt + 64, weights = xt + 128, trial = xt + 144
                    for block in 0..<count / 256 {
                        superBlock(input + 256 * block, output + 256 * block, xt, levels, weights, trial,
                                   fits.baseAddress!, header.baseAddress!)
                    }
                }
            }
        }
    }

    /// `make_qkx2_quants(16, 3, x, |x|, L, &min, Laux, -0.5, 0.1, 15, true)` for the group of
    /// sub-blocks in `xt`, lane by lane: returns the scales and the mins (`-min`) and writes the
    /// levels (0...3), as `ScaleMinSearch.search` does for one sub-block. `w` and `trial` are
    /// working space for 16 vectors each.
    @inline(__always)
    static func search(_ xt: UnsafeMutablePointer<Lanes>, levels: UnsafeMutablePointer<Lanes>,
                       w: UnsafeMutablePointer<Lanes>, trial: UnsafeMutablePointer<Lanes>) -> (scale: Lanes, min: Lanes) {
        let top: Float = 3
        for i in 0..<16 { w[i] = SubBlockLanes.magnitude(xt[i]) }
        var lo = xt[0], hi = xt[0]
        var sumW = w[0]
        var sumX = w[0] * xt[0]
        for i in 1..<16 {
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
        for i in 0..<16 {
            let l = SubBlockLanes.clamp(SubBlockLanes.nearest(iscale * (xt[i] - lo)), 0, top)
            levels[i] = l
            let diff = scale * l + lo - xt[i]
            bestError += w[i] * SubBlockLanes.magnitude(diff)
        }
        for step in 0...15 {
            let numerator: Float = -0.5 + 0.1 * Float(step) + top
            iscale = Lanes(repeating: numerator) / (hi - lo)      // lo moves when a trial wins, as in C
            var sumL = Lanes(repeating: 0), sumL2 = Lanes(repeating: 0), sumXL = Lanes(repeating: 0)
            for i in 0..<16 {
                let l = SubBlockLanes.clamp(SubBlockLanes.nearest(iscale * (xt[i] - lo)), 0, top)
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
            for i in 0..<16 {
                let diff = thisScale * trial[i] + thisMin - xt[i]
                error += w[i] * SubBlockLanes.magnitude(diff)
            }
            let better = (det .> 0) .& (error .< bestError)
            if SubBlockLanes.anyLane(better) {
                for i in 0..<16 { levels[i] = levels[i].replacing(with: trial[i], where: better) }
                bestError = bestError.replacing(with: error, where: better)
                scale = scale.replacing(with: thisScale, where: better)
                lo = lo.replacing(with: thisMin, where: better)
            }
        }
        if SubBlockLanes.anyLane(flat) {
            for i in 0..<16 { levels[i] = levels[i].replacing(with: 0, where: flat) }
            scale = scale.replacing(with: 0, where: flat)
            lo = lo.replacing(with: firstLo, where: flat)
        }
        return (scale, SubBlockLanes.negated(lo))
    }

    @inline(__always)
    private static func superBlock(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>,
                                   _ allX: UnsafeMutablePointer<Lanes>, _ allLevels: UnsafeMutablePointer<Lanes>,
                                   _ w: UnsafeMutablePointer<Lanes>, _ trial: UnsafeMutablePointer<Lanes>,
                                   _ fits: UnsafeMutablePointer<Float>, _ header: UnsafeMutablePointer<UInt8>) {
        let top: Float = 3
        // make_qkx2_quants(16, 3, x, |x|, L, &min, Laux, -0.5, 0.1, 15, true), lane by lane, group by group.
        for g in 0..<SubBlockLanes.groups {
            let xt = allX + 16 * g, levels = allLevels + 16 * g
            SubBlockLanes.load(x, group: g, into: xt)
            let (scale, mins) = search(xt, levels: levels, w: w, trial: trial)
            for k in 0..<SubBlockLanes.width {
                fits[SubBlockLanes.width * g + k] = scale[k]
                fits[16 + SubBlockLanes.width * g + k] = mins[k]
            }
        }

        // The 4-bit scales and mins, d and dmin, as the plain path stores them.
        var maxScale: Float = 0, maxMin: Float = 0
        for j in 0..<16 {
            if fits[j] > maxScale { maxScale = fits[j] }
            if fits[16 + j] > maxMin { maxMin = fits[16 + j] }
        }
        Q2_KCodec.storeScales(fits, fits + 16, maxScale: maxScale, maxMin: maxMin, out: header)
        let dAll = GGMLHalf.load(header, 80), dminAll = GGMLHalf.load(header, 82)

        // Requantise where d != 0, then dequantise: y = d * q - dm.
        for g in 0..<SubBlockLanes.groups {
            let xt = allX + 16 * g, levels = allLevels + 16 * g
            var d = Lanes(repeating: 0), dm = Lanes(repeating: 0)
            for k in 0..<SubBlockLanes.width {
                let sc = header[SubBlockLanes.width * g + k]
                d[k] = dAll * Float(sc & 0xF)
                dm[k] = dminAll * Float(sc >> 4)
            }
            let requantise = d .!= 0
            for i in 0..<16 {
                let l = SubBlockLanes.clamp(SubBlockLanes.nearest((xt[i] + dm) / d), 0, top)
                let q = levels[i].replacing(with: l, where: requantise)
                SubBlockLanes.store(d * q - dm, group: g, element: i, to: y)
            }
        }
    }
}
