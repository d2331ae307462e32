import _SIMDBuiltins

/// The normal transform of the sample stream: two 32-bit words (a, b) give two standard normals
/// r·cos θ and r·sin θ (Box-Muller), in float32 arithmetic where every step is one IEEE operation
/// (conversion, +, -, ×, ÷, square root, fused multiply-add, bit operations), so that the scalar
/// definition here and the eight-lane path give the same bits on every machine:
///
/// - radius: n = min((a >> 1) | 1, 2^31 - 129), u = float(n) · 2^-31 (in [2^-31, 1 - 2^-24], never 0
///   or 1), r = sqrt(-2 · log(u)), so |r| ≤ 6.56;
/// - angle: v = (b >> 7) | 1 (odd, 25 bits), θ = 2π · v / 2^25 (never a multiple of π/2, so no
///   normal is exactly 0), reduced exactly in integers to a quarter turn q and an odd offset
///   |k| < 2^22, x = float(k) · (2π / 2^25) with |x| < π/4; sin x and cos x by their Taylor
///   polynomials to x^9 and x^10 (coefficients rounded to float32), then swapped and negated by q;
/// - log(u) = e · ln 2 + log(m) for u = 2^e · m, m in [√½, √2): with s = (m - 1) / (m + 1),
///   log(m) = 2s + 2s · s² · (1/3 + s²/5 + s⁴/7 + s⁶/9), ln 2 split in two parts.
///
/// Accuracy (measured against float64 `log`, `sin` and `cos` in BoxMullerTests): log within 2 units
/// in the last place of float32, sin and cos within 2^-23 (absolute), so each normal is within a few
/// float32 units of the exact r·cos θ of its (a, b). The float32 output resolves u near 0 to 31 bits,
/// so the largest |normal| is 6.56 (the exact distribution goes beyond it once in about 2·10^10).
enum BoxMuller {
    // Constants, float32, written once for both paths.
    @inline(__always) static var ln2High: Float { Float(bitPattern: 0x3F31_7180) }   // 0.693138122..., 17 bits: e · ln2High is exact
    @inline(__always) static var ln2Low: Float { Float(bitPattern: 0x3717_F7D1) }    // ln 2 - ln2High, rounded
    @inline(__always) static var third: Float { 0.333333343 }
    @inline(__always) static var fifth: Float { 0.200000003 }
    @inline(__always) static var seventh: Float { 0.142857149 }
    @inline(__always) static var ninth: Float { 0.111111112 }
    /// 2π / 2^25, rounded.
    @inline(__always) static var angleStep: Float { Float(2 * Double.pi / 33_554_432) }
    @inline(__always) static var s3: Float { -0.166666672 }        // -1/3!
    @inline(__always) static var s5: Float { 0.00833333377 }       // 1/5!
    @inline(__always) static var s7: Float { -0.000198412701 }     // -1/7!
    @inline(__always) static var s9: Float { 2.75573188e-06 }      // 1/9!
    @inline(__always) static var c2: Float { -0.5 }                // -1/2!
    @inline(__always) static var c4: Float { 0.0416666679 }        // 1/4!
    @inline(__always) static var c6: Float { -0.00138888892 }      // -1/6!
    @inline(__always) static var c8: Float { 2.48015876e-05 }      // 1/8!
    @inline(__always) static var c10: Float { -2.75573188e-07 }    // -1/10!
    /// The largest n: float(n) · 2^-31 = 1 - 2^-24.
    @inline(__always) static var largestN: UInt32 { 0x7FFF_FF7F }

    // MARK: The definition, one pair at a time

    /// c + a × b, rounded once.
    @inline(__always) static func fma(_ a: Float, _ b: Float, _ c: Float) -> Float { c.addingProduct(a, b) }

    /// The natural logarithm of a positive normal float32 `u` below 1.
    static func log(_ u: Float) -> Float {
        let bits = Int32(bitPattern: u.bitPattern)
        let e = (bits &- 0x3F35_04F3) >> 23
        let m = Float(bitPattern: UInt32(bitPattern: bits &- (e &<< 23)))
        let f = m - 1
        let s = f / (f + 2)
        let z = s * s
        let q = fma(z, fma(z, fma(z, ninth, seventh), fifth), third)
        let twoS = s + s
        let logM = fma(twoS * z, q, twoS)
        let ef = Float(e)
        return fma(ef, ln2High, fma(ef, ln2Low, logM))
    }

    /// The radius of the word `a`.
    static func radius(_ a: UInt32) -> Float {
        let n = Swift.min((a >> 1) | 1, largestN)
        let u = Float(Int32(bitPattern: n)) * 0x1p-31
        return (log(u) * -2).squareRoot()
    }

    /// cos θ and sin θ for the angle of the word `b`.
    static func cosSin(_ b: UInt32) -> (cos: Float, sin: Float) {
        let v = (b >> 7) | 1
        let w = v &+ 0x40_0000
        let q = (w >> 23) & 3
        let x = Float(Int32(bitPattern: w & 0x7F_FFFF) &- 0x40_0000) * angleStep
        let z = x * x
        let s = fma(x * z, fma(z, fma(z, fma(z, s9, s7), s5), s3), x)
        let c = fma(z, fma(z, fma(z, fma(z, fma(z, c10, c8), c6), c4), c2), 1)
        let swap = q & 1 == 1
        let cosBits = (swap ? s : c).bitPattern ^ (((q &+ 1) & 2) << 30)
        let sinBits = (swap ? c : s).bitPattern ^ ((q & 2) << 30)
        return (Float(bitPattern: cosBits), Float(bitPattern: sinBits))
    }

    /// The two normals of the pair (a, b): r·cos θ and r·sin θ.
    static func pair(_ a: UInt32, _ b: UInt32) -> (cos: Float, sin: Float) {
        let r = radius(a)
        let (c, s) = cosSin(b)
        return (r * c, r * s)
    }

    // MARK: Eight pairs at a time

    /// `pair` in each lane.
    @inline(__always)
    static func pairs(_ a: SIMD8<UInt32>, _ b: SIMD8<UInt32>) -> (cos: SIMD8<Float>, sin: SIMD8<Float>) {
        typealias F = SIMD8<Float>
        typealias I = SIMD8<Int32>
        typealias U = SIMD8<UInt32>
        // Radius.
        let n = SIMDBuiltins.min((a &>> 1) | 1, U(repeating: largestN))
        let u = SIMDBuiltins.float(unsafeBitCast(n, to: I.self)) * 0x1p-31
        let bits = unsafeBitCast(u, to: I.self)
        let e = (bits &- 0x3F35_04F3) &>> 23
        let m = unsafeBitCast(bits &- (e &<< 23), to: F.self)
        let f = m - 1
        let s = f / (f + 2)
        let z = s * s
        let q = fma(z, fma(z, fma(z, F(repeating: ninth), F(repeating: seventh)), F(repeating: fifth)), F(repeating: third))
        let twoS = s + s
        let logM = fma(twoS * z, q, twoS)
        let ef = SIMDBuiltins.float(e)
        let logU = fma(ef, F(repeating: ln2High), fma(ef, F(repeating: ln2Low), logM))
        let r = SIMDBuiltins.squareRoot(logU * -2)
        // Angle.
        let v = (b &>> 7) | 1
        let w = v &+ 0x40_0000
        let quarter = (w &>> 23) & 3
        let x = SIMDBuiltins.float(unsafeBitCast(w & 0x7F_FFFF, to: I.self) &- 0x40_0000) * angleStep
        let xx = x * x
        let sinX = fma(x * xx, fma(xx, fma(xx, fma(xx, F(repeating: s9), F(repeating: s7)), F(repeating: s5)), F(repeating: s3)), x)
        let cosX = fma(xx, fma(xx, fma(xx, fma(xx, fma(xx, F(repeating: c10), F(repeating: c8)), F(repeating: c6)),
                                       F(repeating: c4)), F(repeating: c2)), F(repeating: 1))
        let swap = U() &- (quarter & 1)
        let cb = unsafeBitCast(cosX, to: U.self), sb = unsafeBitCast(sinX, to: U.self)
        let cosBits = ((cb & ~swap) | (sb & swap)) ^ (((quarter &+ 1) & 2) &<< 30)
        let sinBits = ((sb & ~swap) | (cb & swap)) ^ ((quarter & 2) &<< 30)
        return (r * unsafeBitCast(cosBits, to: F.self), r * unsafeBitCast(sinBits, to: F.self))
    }

    /// c + a × b in each lane, rounded once.
    @inline(__always)
    static func fma(_ a: SIMD8<Float>, _ b: SIMD8<Float>, _ c: SIMD8<Float>) -> SIMD8<Float> { SIMDBuiltins.multiplyAdd(a, b, c) }
}
