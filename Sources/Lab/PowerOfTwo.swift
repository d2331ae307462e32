/// 2^x for a real x without the platform's math library, so that samples are the same on every
/// machine: 2^floor(x) (exact) times e^(f·ln 2) for the fraction f in [0, 1) by its Taylor series
/// (30 terms, well past convergence in double precision). Accurate to a few ULPs; the lab only uses it to
/// draw samples, whose exact values are what every figure is computed from.
public enum PowerOfTwo {
    /// ln 2 to double precision.
    static let ln2 = 0.693_147_180_559_945_309_417_232_121_458
    /// 2^x; 0 below 2^-1074 and +infinity above the largest Double; NaN for NaN.
    public static func exp2(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x >= 1024 { return .infinity }
        if x < -1080 { return 0 }
        let n = x.rounded(.down)
        let y = (x - n) * ln2
        var term = 1.0, total = 1.0
        for k in 1...30 {
            term *= y / Double(k)
            total += term
        }
        // Scale in two steps so that 2^n itself never leaves the Double range.
        let k = Int(n)
        let half = k / 2
        return total * Double(sign: .plus, exponent: half, significand: 1) * Double(sign: .plus, exponent: k - half, significand: 1)
    }
}
