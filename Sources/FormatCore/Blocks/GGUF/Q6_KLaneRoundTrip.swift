/// A faster `Q6_KCodec.roundTrip` for every input: the 16 sub-blocks of a super-block are the 16
/// lanes of SIMD16 vectors (`SubBlockLanes`), and each lane does exactly the float operations of
/// the plain path in its order (`make_qx_quants` with nmax 32, its x²-weighted fit and 18 trial
/// scales, then the requantisation against the stored int8 scales and the dequantisation
/// `(d * sc) * (q - 32)`). The C code's branches become lane selects; the int8 scales and the fp16
/// `d` are made by the plain path's own `Q6_KCodec.storeScales`. Equal to `decode(encode(x))` bit
/// for bit (tested on random and edge-case data, NaN and infinities included).
enum Q6_KLaneRoundTrip {
    typealias Lanes = SubBlockLanes.Lanes

    /// Quantises and dequantises `count` values (whole super-blocks of 256); `output` may be `input`.
    static func roundTrip(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int) {
        withUnsafeTemporaryAllocation(of: Lanes.self, capacity: 3 * 16) { buffer in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: 16) { scales in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 210) { header in
                    let xt = buffer.baseAddress!, levels = xt + 16, trial = xt + 32
                    for block in 0..<count / 256 {
                        superBlock(input + 256 * block, output + 256 * block, xt, levels, trial,
                                   scales.baseAddress!, header.baseAddress!)
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func superBlock(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>,
                                   _ xt: UnsafeMutablePointer<Lanes>, _ levels: UnsafeMutablePointer<Lanes>,
                                   _ trial: UnsafeMutablePointer<Lanes>, _ scales: UnsafeMutablePointer<Float>,
                                   _ header: UnsafeMutablePointer<UInt8>) {
        SubBlockLanes.load(x, into: xt)

        // make_qx_quants(16, 32, x, L, rmse_type 1, no weights), lane by lane.
        var amax = Lanes(repeating: 0), maxValue = Lanes(repeating: 0)
        for i in 0..<16 {
            let ax = SubBlockLanes.magnitude(xt[i])
            let larger = ax .> amax
            amax = amax.replacing(with: ax, where: larger)
            maxValue = maxValue.replacing(with: xt[i], where: larger)
        }
        let allZero = amax .< SymmetricScaleSearch.groupMaxEpsilon
        var iscale = Lanes(repeating: -32) / maxValue
        var sumLX = Lanes(repeating: 0), sumL2 = Lanes(repeating: 0)
        for i in 0..<16 {
            let l = SubBlockLanes.clamp(SubBlockLanes.nearest(iscale * xt[i]), -32, 31)
            levels[i] = l + 32
            let w = xt[i] * xt[i]
            sumLX += w * xt[i] * l
            sumL2 += w * l * l
        }
        var scale = (sumLX / sumL2).replacing(with: 0, where: sumL2 .== 0)
        var best = scale * sumLX
        for step in -9...9 where step != 0 {
            let numerator: Float = -(32 + 0.1 * Float(step))
            iscale = Lanes(repeating: numerator) / maxValue
            sumLX = Lanes(repeating: 0)
            sumL2 = Lanes(repeating: 0)
            for i in 0..<16 {
                let l = SubBlockLanes.clamp(SubBlockLanes.nearest(iscale * xt[i]), -32, 31)
                trial[i] = l + 32
                let w = xt[i] * xt[i]
                sumLX += w * xt[i] * l
                sumL2 += w * l * l
            }
            let better = (sumL2 .> 0) .& (sumLX * sumLX .> best * sumL2)
            if SubBlockLanes.anyLane(better) {
                for i in 0..<16 { levels[i] = levels[i].replacing(with: trial[i], where: better) }
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
        var d = Lanes(repeating: 0)
        if Q6_KCodec.storeScales(scales, maxScale: maxScale, maxAbsScale: maxAbsScale, out: header) {
            let dAll = GGMLHalf.load(header, 208)
            for j in 0..<16 { d[j] = dAll * Float(Int8(bitPattern: header[192 + j])) }
            // All-zero sub-blocks keep levels 0 where d is 0.
            if SubBlockLanes.anyLane(allZero) {
                for i in 0..<16 { levels[i] = levels[i].replacing(with: 0, where: allZero) }
            }
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
