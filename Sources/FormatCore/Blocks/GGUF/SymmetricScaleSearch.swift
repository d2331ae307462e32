/// ggml's `make_qx_quants` as Q6_K calls it (`rmse_type` 1, no importance weights): a signed scale
/// for one sub-block, levels -nmax...nmax-1 stored as 0...2*nmax-1. Starts from the scale that maps
/// the largest |x| to -nmax, fits the scale by least squares weighted with x², then tries 18 nearby
/// starting scales and keeps the best fit. Float operations in the C code's order.
enum SymmetricScaleSearch {
    /// Sub-blocks whose largest |x| is below this are all zero (ggml's `GROUP_MAX_EPS`).
    static let groupMaxEpsilon: Float = 1e-15

    /// Writes the offset levels into `levels` and returns the scale (`x ≈ scale * (level - nmax)`).
    static func search(n: Int, nmax: Int, x: UnsafePointer<Float>, levels: UnsafeMutablePointer<Int8>) -> Float {
        var maxValue: Float = 0
        var amax: Float = 0
        for i in 0..<n {
            let ax = abs(x[i])
            if ax > amax { amax = ax; maxValue = x[i] }
        }
        if amax < groupMaxEpsilon {
            for i in 0..<n { levels[i] = 0 }
            return 0
        }
        @inline(__always) func level(_ iscale: Float, _ v: Float) -> Int {
            max(-nmax, min(nmax - 1, GGMLRounding.nearestInt(iscale * v)))
        }
        var iscale = Float(-nmax) / maxValue
        var sumLX: Float = 0
        var sumL2: Float = 0
        for i in 0..<n {
            let l = level(iscale, x[i])
            levels[i] = Int8(truncatingIfNeeded: l + nmax)
            let w = x[i] * x[i]
            let fl = Float(l)
            sumLX += w * x[i] * fl
            sumL2 += w * fl * fl
        }
        var scale: Float = sumL2 != 0 ? sumLX / sumL2 : 0
        var best = scale * sumLX
        for step in -9...9 where step != 0 {
            iscale = -(Float(nmax) + 0.1 * Float(step)) / maxValue
            sumLX = 0
            sumL2 = 0
            for i in 0..<n {
                let l = level(iscale, x[i])
                let w = x[i] * x[i]
                let fl = Float(l)
                sumLX += w * x[i] * fl
                sumL2 += w * fl * fl
            }
            if sumL2 > 0 && sumLX * sumLX > best * sumL2 {
                for i in 0..<n { levels[i] = Int8(truncatingIfNeeded: nmax + level(iscale, x[i])) }
                scale = sumLX / sumL2
                best = scale * sumLX
            }
        }
        return scale
    }
}
