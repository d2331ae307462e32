/// A faster `Q3_KCodec.roundTrip` for every input: the 16 sub-blocks of a super-block are SIMD
/// lanes, 8 at a time (`SubBlockLanes`), and each lane does exactly the float operations of the
/// plain path in its order (`make_q3_quants` with nmax 4: the first levels, then up to 5 passes
/// that move single levels where the x²-weighted fit improves; then the requantisation against the
/// stored 6-bit scales and the dequantisation `(d * (sc - 32)) * (q - 4)`). A lane whose pass
/// changes nothing would change nothing in later passes, so the passes stop when no lane of the
/// group changed. The 6-bit scales and the fp16 `d` are made by the plain path's own
/// `Q3_KCodec.storeScales`. Equal to `decode(encode(x))` bit for bit (tested on random and
/// edge-case data, NaN and infinities included).
enum Q3_KLaneRoundTrip {
    typealias Lanes = SubBlockLanes.Lanes

    /// Quantises and dequantises `count` values (whole super-blocks of 256); `output` may be `input`.
    static func roundTrip(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int) {
        withUnsafeTemporaryAllocation(of: Lanes.self, capacity: 64 + 64 + 16) { buffer in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: 16) { scales in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 110) { header in
                    let xt = buffer.baseAddress!, levels = xt + 64, wx = xt + 128
                    for block in 0..<count / 256 {
                        superBlock(input + 256 * block, output + 256 * block, xt, levels, wx,
                                   scales.baseAddress!, header.baseAddress!)
                    }
                }
            }
        }
    }

    /// One step of a level pass for element i: the new level, the sums with it, and the lanes
    /// that take it (the C code's `slx > 0`, a different level, `sl2 > 0` and a better fit).
    @inline(__always)
    private static func move(_ i: Int, _ xt: UnsafeMutablePointer<Lanes>, _ levels: UnsafeMutablePointer<Lanes>,
                             _ wx: UnsafeMutablePointer<Lanes>, _ sumLX: Lanes, _ sumL2: Lanes)
        -> (accept: SubBlockLanes.Mask, level: Lanes, sumLX: Lanes, sumL2: Lanes) {
        let v = xt[i], w = v * v, current = levels[i]
        let slx = sumLX - wx[i] * current
        let sl2 = sumL2 - w * current * current
        let newL = SubBlockLanes.clamp(SubBlockLanes.nearest(v * sl2 / slx), -4, 3)
        let slxNew = slx + wx[i] * newL
        let sl2New = sl2 + w * newL * newL
        let accept = (slx .> 0) .& (newL .!= current) .& (sl2New .> 0)
            .& (slxNew * slxNew * sumL2 .> sumLX * sumLX * sl2New)
        return (accept, newL, slxNew, sl2New)
    }

    /// `make_q3_quants(16, 4, x, L, true)` for the group of sub-blocks in `xt`, lane by lane:
    /// returns the scales and writes the stored levels (0...7; 0 for an all-zero sub-block), as
    /// `Q3ScaleSearch.search` does for one sub-block. `wx` is working space for 16 vectors.
    @inline(__always)
    static func search(_ xt: UnsafeMutablePointer<Lanes>, levels: UnsafeMutablePointer<Lanes>,
                       wx: UnsafeMutablePointer<Lanes>) -> Lanes {
        var amax = Lanes(repeating: 0), maxValue = Lanes(repeating: 0)
        for i in 0..<16 {
            let ax = SubBlockLanes.magnitude(xt[i])
            let larger = ax .> amax
            amax = amax.replacing(with: ax, where: larger)
            maxValue = maxValue.replacing(with: xt[i], where: larger)
        }
        let allZero = amax .< SymmetricScaleSearch.groupMaxEpsilon
        let iscale = Lanes(repeating: -4) / maxValue
        var sumLX = Lanes(repeating: 0), sumL2 = Lanes(repeating: 0)
        for i in 0..<16 {
            let l = SubBlockLanes.clamp(SubBlockLanes.nearest(iscale * xt[i]), -4, 3)
            levels[i] = l
            let w = xt[i] * xt[i]
            wx[i] = w * xt[i]
            sumLX += wx[i] * l
            sumL2 += w * l * l
        }
        for _ in 0..<5 {
            // The sums change only where a lane takes a new level; testing for that with a
            // branch (rarely taken once levels settle) lets the processor run on with the
            // unchanged sums instead of waiting for each element's selects.
            var changed = false
            for i in 0..<16 {
                let m = move(i, xt, levels, wx, sumLX, sumL2)
                if SubBlockLanes.anyLane(m.accept) {
                    levels[i] = levels[i].replacing(with: m.level, where: m.accept)
                    sumLX = sumLX.replacing(with: m.sumLX, where: m.accept)
                    sumL2 = sumL2.replacing(with: m.sumL2, where: m.accept)
                    changed = true
                }
            }
            if !changed { break }
        }
        var scale = (sumLX / sumL2).replacing(with: 0, where: .!(sumL2 .> 0))
        scale = scale.replacing(with: 0, where: allZero)
        for i in 0..<16 { levels[i] = (levels[i] + 4).replacing(with: 0, where: allZero) }
        return scale
    }

    @inline(__always)
    private static func superBlock(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>,
                                   _ allX: UnsafeMutablePointer<Lanes>, _ allLevels: UnsafeMutablePointer<Lanes>,
                                   _ wx: UnsafeMutablePointer<Lanes>, _ scales: UnsafeMutablePointer<Float>,
                                   _ header: UnsafeMutablePointer<UInt8>) {
        // make_q3_quants(16, 4, x, L, do_rmse true), lane by lane, group by group;
        // wx[i] = (x * x) * x.
        for g in 0..<SubBlockLanes.groups {
            let xt = allX + 16 * g, levels = allLevels + 16 * g
            SubBlockLanes.load(x, group: g, into: xt)
            let scale = search(xt, levels: levels, wx: wx)
            for k in 0..<SubBlockLanes.width { scales[SubBlockLanes.width * g + k] = scale[k] }
        }

        // The 6-bit scales and d, as the plain path stores them.
        var maxScale: Float = 0, amaxScale: Float = 0
        for j in 0..<16 where abs(scales[j]) > amaxScale {
            amaxScale = abs(scales[j])
            maxScale = scales[j]
        }
        Q3_KCodec.storeScales(scales, maxScale: maxScale, out: header)
        let dAll = GGMLHalf.load(header, 108)

        // Requantise where d != 0, then dequantise: y = d * (q - 4).
        for g in 0..<SubBlockLanes.groups {
            let xt = allX + 16 * g, levels = allLevels + 16 * g
            var d = Lanes(repeating: 0)
            for k in 0..<SubBlockLanes.width {
                d[k] = dAll * Float(Q3_KCodec.scale(SubBlockLanes.width * g + k, UnsafePointer(header + 96)))
            }
            let requantise = d .!= 0
            for i in 0..<16 {
                let l = SubBlockLanes.clamp(SubBlockLanes.nearest(xt[i] / d), -4, 3) + 4
                let q = levels[i].replacing(with: l, where: requantise)
                SubBlockLanes.store(d * (q - 4), group: g, element: i, to: y)
            }
        }
    }
}
