/// A faster `Q6_KCodec.roundTrip`: the 16 sub-blocks of a super-block are the 16 lanes of SIMD16
/// vectors (`SubBlockLanes`), and each lane does exactly the float operations of the plain path in
/// its order (`make_qx_quants` with nmax 32, its x²-weighted fit and 18 trial scales, then the
/// requantisation against the stored int8 scales and the dequantisation `(d * sc) * (q - 32)`).
/// The C code's branches become lane selects; the int8 scales and the fp16 `d` are made by the
/// plain path's own `Q6_KCodec.storeScales`. Applies to super-blocks of finite values, where every
/// level of the search is `nearest_int` of a value of magnitude at most 33 (so
/// `nearestBounded`); super-blocks holding NaN or infinities go through the plain encode and
/// decode. Equal to `decode(encode(x))` bit for bit (tested on random and edge-case data).
enum Q6_KLaneRoundTrip {
    typealias Lanes = SubBlockLanes.Lanes

    /// Quantises and dequantises `count` values (whole super-blocks of 256); `output` may be `input`.
    static func roundTrip(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int) {
        withUnsafeTemporaryAllocation(of: Lanes.self, capacity: 5 * 16) { buffer in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: 16) { scales in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 210) { header in
                    let lanes = Work(xt: buffer.baseAddress!, w: buffer.baseAddress! + 16, wx: buffer.baseAddress! + 32,
                                     levels: buffer.baseAddress! + 48, trial: buffer.baseAddress! + 64)
                    for block in 0..<count / 256 {
                        superBlock(input + 256 * block, output + 256 * block, lanes, scales.baseAddress!, header.baseAddress!)
                    }
                }
            }
        }
    }

    /// The 16-vector buffers of one super-block: values, weights x², x³ (as `(x * x) * x`), the
    /// best levels so far and a trial's levels (both as -32...31).
    struct Work {
        let xt, w, wx, levels, trial: UnsafeMutablePointer<Lanes>
    }

    @inline(__always)
    private static func superBlock(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ work: Work,
                                   _ scales: UnsafeMutablePointer<Float>, _ header: UnsafeMutablePointer<UInt8>) {
        let xt = work.xt, levels = work.levels
        SubBlockLanes.load(x, into: xt)

        // make_qx_quants(16, 32, x, L, rmse_type 1, no weights), lane by lane.
        var amax = Lanes(repeating: 0), maxValue = Lanes(repeating: 0)
        var nonFinite = SIMDMask<SIMD16<Int32>>(repeating: false)
        for i in 0..<16 {
            let ax = SubBlockLanes.magnitude(xt[i])
            let larger = ax .> amax
            amax = amax.replacing(with: ax, where: larger)
            maxValue = maxValue.replacing(with: xt[i], where: larger)
            work.w[i] = xt[i] * xt[i]
            work.wx[i] = work.w[i] * xt[i]
            nonFinite .|= SubBlockLanes.nonFinite(xt[i])
        }
        if SubBlockLanes.anyLane(nonFinite) {
            Q6_KCodec().encode(x, count: 256, tensorAmax: 0, into: header)
            Q6_KCodec().decode(UnsafeRawPointer(header), count: 256, into: y)
            return
        }
        // With finite values, |x| <= |max| bounds every |iscale * x| by 33 (times 1 + 2^-23) in
        // lanes that are not all zero (|max| >= 1e-15 keeps iscale finite); all-zero lanes' results
        // are dropped.
        let allZero = amax .< SymmetricScaleSearch.groupMaxEpsilon
        var iscale = Lanes(repeating: -32) / maxValue
        var sumLX = Lanes(repeating: 0), sumL2 = Lanes(repeating: 0)
        for i in 0..<16 {
            let l = SubBlockLanes.clamp(SubBlockLanes.nearestBounded(iscale * xt[i]), -32, 31)
            levels[i] = l
            sumLX += work.wx[i] * l
            sumL2 += work.w[i] * l * l
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
                work.trial[i] = l
                sumLX += work.wx[i] * l
                sumL2 += work.w[i] * l * l
            }
            let better = (sumL2 .> 0) .& (sumLX * sumLX .> best * sumL2)
            if SubBlockLanes.anyLane(better) {
                for i in 0..<16 { levels[i] = levels[i].replacing(with: work.trial[i], where: better) }
                scale = scale.replacing(with: sumLX / sumL2, where: better)
                best = best.replacing(with: scale * sumLX, where: better)
            }
        }
        scale = scale.replacing(with: 0, where: allZero)

        // The int8 scales and d, as the plain path stores them.
        var maxScale: Float = 0, maxAbsScale: Float = 0
        for j in 0..<16 {
            scales[j] = scale[j]
            if abs(scale[j]) > maxAbsScale {
                maxAbsScale = abs(scale[j])
                maxScale = scale[j]
            }
        }
        // Levels from here on are stored ones, 0...63; all-zero sub-blocks keep 0 where d is 0.
        var d = Lanes(repeating: 0)
        if Q6_KCodec.storeScales(scales, maxScale: maxScale, maxAbsScale: maxAbsScale, out: header) {
            let dAll = GGMLHalf.load(header, 208)
            for j in 0..<16 { d[j] = dAll * Float(Int8(bitPattern: header[192 + j])) }
            for i in 0..<16 { levels[i] = (levels[i] + 32).replacing(with: 0, where: allZero) }
        } else {
            for i in 0..<16 { levels[i] = Lanes(repeating: 0) }
        }

        // Requantise where d != 0, then dequantise: y = d * (q - 32).
        let requantise = d .!= 0
        for i in 0..<16 {
            let l = SubBlockLanes.clamp(SubBlockLanes.nearest(xt[i] / d), -32, 31) + 32
            let q = levels[i].replacing(with: l, where: requantise)
            SubBlockLanes.store(d * (q - 32), element: i, to: y)
        }
    }
}
