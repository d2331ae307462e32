/// A faster `Q6_KCodec.roundTrip`: the 16 sub-blocks of a super-block are SIMD lanes, 8 at a time
/// (`SubBlockLanes`), and each lane does exactly the float operations of the plain path in its
/// order (`make_qx_quants` with nmax 32, its x²-weighted fit and 18 trial scales, then the
/// requantisation against the stored int8 scales and the dequantisation `(d * sc) * (q - 32)`).
/// The C code's branches become lane selects; the int8 scales and the fp16 `d` are made by the
/// plain path's own `Q6_KCodec.storeScales`. Applies to super-blocks of finite values, where every
/// level of the search is `nearest_int` of a value of magnitude at most 33 (so `nearestBounded`);
/// super-blocks holding NaN or infinities go through the plain encode and decode. Equal to
/// `decode(encode(x))` bit for bit (tested on random and edge-case data).
enum Q6_KLaneRoundTrip {
    typealias Lanes = SubBlockLanes.Lanes

    /// Quantises and dequantises `count` values (whole super-blocks of 256); `output` may be `input`.
    static func roundTrip(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int) {
        withUnsafeTemporaryAllocation(of: Lanes.self, capacity: 64 + 16 + 16 + 64 + 16) { buffer in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: 16) { scales in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 210) { header in
                    let work = Work(xt: buffer.baseAddress!, w: buffer.baseAddress! + 64, wx: buffer.baseAddress! + 80,
                                    levels: buffer.baseAddress! + 96, trial: buffer.baseAddress! + 160)
                    for block in 0..<count / 256 {
                        superBlock(input + 256 * block, output + 256 * block, work, scales.baseAddress!, header.baseAddress!)
                    }
                }
            }
        }
    }

    /// The vector buffers of one super-block: values and levels of every group (16 vectors per
    /// group), and for the group being searched its weights x², x³ (as `(x * x) * x`) and a trial's
    /// levels (-32...31).
    struct Work {
        let xt, w, wx, levels, trial: UnsafeMutablePointer<Lanes>
    }

    /// `make_qx_quants(16, 32, x, L, 1, NULL)` for the group of sub-blocks in `xt` (finite
    /// values), lane by lane: returns the scales and writes the stored levels (0...63; 0 for an
    /// all-zero sub-block), as `SymmetricScaleSearch.search` does for one sub-block. With finite
    /// values, |x| <= |max| bounds every |iscale * x| by 33 (times 1 + 2^-23) in lanes that are not
    /// all zero (|max| >= 1e-15 keeps iscale finite); all-zero lanes' results are dropped.
    @inline(__always)
    static func search(_ xt: UnsafeMutablePointer<Lanes>, levels: UnsafeMutablePointer<Lanes>, _ work: Work) -> Lanes {
        let w = work.w, wx = work.wx, trial = work.trial
        var amax = Lanes(repeating: 0), maxValue = Lanes(repeating: 0)
        for i in 0..<16 {
            let ax = SubBlockLanes.magnitude(xt[i])
            let larger = ax .> amax
            amax = amax.replacing(with: ax, where: larger)
            maxValue = maxValue.replacing(with: xt[i], where: larger)
            w[i] = xt[i] * xt[i]
            wx[i] = w[i] * xt[i]
        }
        let allZero = amax .< SymmetricScaleSearch.groupMaxEpsilon
        var iscale = Lanes(repeating: -32) / maxValue
        var sumLX = Lanes(repeating: 0), sumL2 = Lanes(repeating: 0)
        for i in 0..<16 {
            let l = SubBlockLanes.clamp(SubBlockLanes.nearestBounded(iscale * xt[i]), -32, 31)
            levels[i] = l
            sumLX += wx[i] * l
            sumL2 += w[i] * l * l
        }
        var scale = (sumLX / sumL2).replacing(with: 0, where: sumL2 .== 0)
        var best = scale * sumLX
        for step in -9...9 where step != 0 {
            let numerator: Float = -(32 + 0.1 * Float(step))
            iscale = Lanes(repeating: numerator) / maxValue
            sumLX = Lanes(repeating: 0)
            sumL2 = Lanes(repeating: 0)
            for i in 0..<16 {
                let l = SubBlockLanes.clamp(SubBlockLanes.nearestBounded(iscale * xt[i]), -32, 31)
                trial[i] = l
                sumLX += wx[i] * l
                sumL2 += w[i] * l * l
            }
            let better = (sumL2 .> 0) .& (sumLX * sumLX .> best * sumL2)
            if SubBlockLanes.anyLane(better) {
                for i in 0..<16 { levels[i] = levels[i].replacing(with: trial[i], where: better) }
                scale = scale.replacing(with: sumLX / sumL2, where: better)
                best = best.replacing(with: scale * sumLX, where: better)
            }
        }
        scale = scale.replacing(with: 0, where: allZero)
        // Stored levels (0...63) from here on; all-zero sub-blocks have 0.
        for i in 0..<16 { levels[i] = (levels[i] + 32).replacing(with: 0, where: allZero) }
        return scale
    }

    @inline(__always)
    private static func superBlock(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ work: Work,
                                   _ scales: UnsafeMutablePointer<Float>, _ header: UnsafeMutablePointer<UInt8>) {
        var nonFinite = SubBlockLanes.Bits(repeating: 0)
        for g in 0..<SubBlockLanes.groups {
            SubBlockLanes.load(x, group: g, into: work.xt + 16 * g)
            for i in 0..<16 { nonFinite |= SubBlockLanes.nonFiniteBit(work.xt[16 * g + i]) }
        }
        if SubBlockLanes.anySet(nonFinite) {
            Q6_KCodec().encode(x, count: 256, tensorAmax: 0, into: header)
            Q6_KCodec().decode(UnsafeRawPointer(header), count: 256, into: y)
            return
        }

        // make_qx_quants(16, 32, x, L, rmse_type 1, no weights), lane by lane, group by group.
        for g in 0..<SubBlockLanes.groups {
            let scale = search(work.xt + 16 * g, levels: work.levels + 16 * g, work)
            for k in 0..<SubBlockLanes.width { scales[SubBlockLanes.width * g + k] = scale[k] }
        }

        // The int8 scales and d, as the plain path stores them.
        var maxScale: Float = 0, maxAbsScale: Float = 0
        for j in 0..<16 where abs(scales[j]) > maxAbsScale {
            maxAbsScale = abs(scales[j])
            maxScale = scales[j]
        }
        let stored = Q6_KCodec.storeScales(scales, maxScale: maxScale, maxAbsScale: maxAbsScale, out: header)
        let dAll = stored ? GGMLHalf.load(header, 208) : 0

        // Requantise where d != 0 (all levels are 0 in an all-zero block), then dequantise:
        // y = d * (q - 32).
        for g in 0..<SubBlockLanes.groups {
            let xt = work.xt + 16 * g, levels = work.levels + 16 * g
            var d = Lanes(repeating: 0)
            if stored {
                for k in 0..<SubBlockLanes.width {
                    d[k] = dAll * Float(Int8(bitPattern: header[192 + SubBlockLanes.width * g + k]))
                }
            }
            let requantise = d .!= 0
            for i in 0..<16 {
                let l = SubBlockLanes.clamp(SubBlockLanes.nearest(xt[i] / d), -32, 31) + 32
                var q = levels[i].replacing(with: l, where: requantise)
                if !stored { q = Lanes(repeating: 0) }
                SubBlockLanes.store(d * (q - 32), group: g, element: i, to: y)
            }
        }
    }
}
