/// ggml's `make_qkx2_quants`: a scale and a min for one sub-block of the min-offset K-quants
/// (Q2_K, Q4_K, Q5_K). Starts from levels spread over [min(x, 0), max(x)], then tries `nstep + 1`
/// other level counts, fitting scale and min to each by weighted least squares, and keeps the one
/// with the smallest weighted error (squared, or absolute when `useMAD`). Every float operation is
/// done in the C code's order with one rounding each.
enum ScaleMinSearch {
    /// Writes the levels (0...nmax) into `levels` and returns the scale and the min to subtract
    /// (`x ≈ scale * level - min`, min >= 0). `scratch` holds `n` bytes of working levels.
    static func search(n: Int, nmax: Int, x: UnsafePointer<Float>, weights: UnsafePointer<Float>,
                       levels: UnsafeMutablePointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>,
                       rmin: Float, rdelta: Float, nstep: Int, useMAD: Bool) -> (scale: Float, min: Float) {
        var lo = x[0]
        var hi = x[0]
        let sumW0 = weights[0]
        var sumW = sumW0
        var sumX = sumW0 * x[0]
        for i in 1..<n {
            if x[i] < lo { lo = x[i] }
            if x[i] > hi { hi = x[i] }
            let w = weights[i]
            sumW += w
            sumX += w * x[i]
        }
        if lo > 0 { lo = 0 }
        if hi == lo {
            for i in 0..<n { levels[i] = 0 }
            return (0, -lo)
        }
        let top = Float(nmax)
        var iscale = top / (hi - lo)
        var scale = 1 / iscale
        var bestError: Float = 0
        for i in 0..<n {
            let l = GGMLRounding.nearestInt(iscale * (x[i] - lo))
            levels[i] = UInt8(truncatingIfNeeded: max(0, min(nmax, l)))
            var diff = scale * Float(levels[i]) + lo - x[i]
            diff = useMAD ? abs(diff) : diff * diff
            bestError += weights[i] * diff
        }
        if nstep < 1 { return (scale, -lo) }
        for step in 0...nstep {
            iscale = (rmin + rdelta * Float(step) + top) / (hi - lo)
            var sumL: Float = 0, sumL2: Float = 0, sumXL: Float = 0
            for i in 0..<n {
                let l = max(0, min(nmax, GGMLRounding.nearestInt(iscale * (x[i] - lo))))
                scratch[i] = UInt8(truncatingIfNeeded: l)
                let w = weights[i]
                let fl = Float(l)
                sumL += w * fl
                sumL2 += w * fl * fl
                sumXL += w * fl * x[i]
            }
            let det = sumW * sumL2 - sumL * sumL
            if det > 0 {
                var thisScale = (sumW * sumXL - sumX * sumL) / det
                var thisMin = (sumL2 * sumX - sumL * sumXL) / det
                if thisMin > 0 {
                    thisMin = 0
                    thisScale = sumXL / sumL2
                }
                var error: Float = 0
                for i in 0..<n {
                    var diff = thisScale * Float(scratch[i]) + thisMin - x[i]
                    diff = useMAD ? abs(diff) : diff * diff
                    error += weights[i] * diff
                }
                if error < bestError {
                    for i in 0..<n { levels[i] = scratch[i] }
                    bestError = error
                    scale = thisScale
                    lo = thisMin
                }
            }
        }
        return (scale, -lo)
    }
}
