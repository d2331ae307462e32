/// ggml's `make_q3_quants` as Q3_K calls it (`do_rmse` on): a signed scale for one sub-block of 16,
/// levels -nmax...nmax-1 stored as 0...2*nmax-1. Starts from the scale that maps the largest |x| to
/// -nmax, then for up to 5 passes moves single levels where that improves the x²-weighted
/// least-squares fit. Float operations in the C code's order.
enum Q3ScaleSearch {
    /// Writes the offset levels into `levels` and returns the scale. An all-zero sub-block (largest
    /// |x| below 1e-15) gets levels 0, not offset, and scale 0, as in ggml.
    static func search(n: Int, nmax: Int, x: UnsafePointer<Float>, levels: UnsafeMutablePointer<Int8>) -> Float {
        var maxValue: Float = 0
        var amax: Float = 0
        for i in 0..<n {
            let ax = abs(x[i])
            if ax > amax { amax = ax; maxValue = x[i] }
        }
        if amax < SymmetricScaleSearch.groupMaxEpsilon {
            for i in 0..<n { levels[i] = 0 }
            return 0
        }
        let iscale = Float(-nmax) / maxValue
        var sumLX: Float = 0
        var sumL2: Float = 0
        for i in 0..<n {
            let l = max(-nmax, min(nmax - 1, GGMLRounding.nearestInt(iscale * x[i])))
            levels[i] = Int8(truncatingIfNeeded: l)
            let w = x[i] * x[i]
            sumLX += w * x[i] * Float(l)
            sumL2 += w * Float(l) * Float(l)
        }
        for _ in 0..<5 {
            var changed = 0
            for i in 0..<n {
                let w = x[i] * x[i]
                let current = Float(levels[i])
                var slx = sumLX - w * x[i] * current
                if slx > 0 {
                    var sl2 = sumL2 - w * current * current
                    let newL = max(-nmax, min(nmax - 1, GGMLRounding.nearestInt(x[i] * sl2 / slx)))
                    if newL != Int(levels[i]) {
                        let fl = Float(newL)
                        slx += w * x[i] * fl
                        sl2 += w * fl * fl
                        if sl2 > 0 && slx * slx * sumL2 > sumLX * sumLX * sl2 {
                            levels[i] = Int8(truncatingIfNeeded: newL)
                            sumLX = slx
                            sumL2 = sl2
                            changed += 1
                        }
                    }
                }
            }
            if changed == 0 { break }
        }
        for i in 0..<n { levels[i] = levels[i] &+ Int8(truncatingIfNeeded: nmax) }
        return sumL2 > 0 ? sumLX / sumL2 : 0
    }
}
