/// `floorf(log2f(x))` as glibc's `log2f` gives it, which MXFP4's scale rule uses. log2f rounds the
/// exact logarithm to float32, so a value just below a power of two can give the next integer:
/// `floorf(log2f(0x1.fffffep3))` is 4, not 3. The exact floor is the binary exponent e of x; the
/// float32 rounding of e + log2(m) (m the significand in [1, 2)) decides whether e + 1 is given.
/// That logarithm is computed here in double precision, far more than the float32 rounding needs.
enum GGMLLog2 {
    /// `floorf(log2f(x))` for x > 0 (infinity for infinity).
    static func floorLog2f(_ x: Float) -> Float {
        if x.isInfinite { return .infinity }
        let e = Int(x.exponent)
        let m = Double(x.significand)
        if m == 1 { return Float(e) }
        // log2(m) = 1 + log2(m / 2), and log(m / 2) = 2 atanh(t) with t = (m - 2) / (m + 2) in [-1/3, 0).
        let t = (m - 2) / (m + 2)
        let t2 = t * t
        var term = t
        var sum = 0.0
        var k = 1.0
        while true {
            let next = sum + term / k
            if next == sum { break }
            sum = next
            term *= t2
            k += 2
        }
        let log2OfHalfM = 2 * sum / 0.693_147_180_559_945_309_417_232_121_458
        let logarithm = Double(e + 1) + log2OfHalfM
        return Float(logarithm).rounded(.down)
    }
}
