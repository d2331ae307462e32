import FormatCore
import Testing
@testable import Lab

/// One rounding per operation: hand cases worked out from the formats' definitions, the Double fast
/// paths against the exact definition, and the formats the lab refuses.
@Suite struct FormatArithmeticTests {
    let fp16 = try! FormatArithmetic(.fp16)
    let bf16 = try! FormatArithmetic(.bf16)
    let e5m2 = try! FormatArithmetic(.e5m2)

    @Test("fp16: 2^-25 is the underflow tie (to 0), just above it rounds to 2^-24; 65520 overflows, 65519 does not")
    func fp16Thresholds() {
        #expect(fp16.round(0x1p-25).value == 0)
        #expect(fp16.round(0x1p-25).category == .zero)
        #expect(fp16.round(0x1p-25 + 0x1p-60).value == 0x1p-24)
        #expect(fp16.round(0x1p-25 + 0x1p-60).category == .subnormal)
        #expect(fp16.round(0x1p-14).category == .normal)
        #expect(fp16.round(0x1p-14 - 0x1p-24).category == .subnormal)
        #expect(fp16.round(65519).value == 65504)
        #expect(fp16.round(65520).value == .infinity)
        #expect(fp16.round(65520).status.contains(.overflow))
    }

    @Test("e5m2: largest 57344, overflow from the tie 61440; smallest subnormal 2^-16, underflow tie 2^-17")
    func e5m2Thresholds() {
        #expect(e5m2.round(61439).value == 57344)
        #expect(e5m2.round(61440).value == .infinity)
        #expect(e5m2.round(0x1p-17).value == 0)
        #expect(e5m2.round(0x1.8p-17).value == 0x1p-16)
    }

    @Test("bf16: 1 + 2^-9 rounds back to 1 and 2^-9 is below half an ULP of 1; 2^-8 is the tie, not below")
    func bf16Vanishing() {
        #expect(bf16.sum(1, 0x1p-9).value == 1)
        #expect(bf16.vanishes(Dyadic(0x1p-9)!, at: 1))
        #expect(!bf16.vanishes(Dyadic(0x1p-8)!, at: 1))
        #expect(bf16.sum(1, 0x1p-8).value == 1)  // the tie goes to the even neighbour
        #expect(bf16.sum(1, 0x1.8p-8).value == 1 + 0x1p-7)
        // Half an ULP of 0 and of subnormals is half the smallest subnormal: 2^-134 in bf16, 2^-25 in fp16.
        #expect(bf16.halfULPExponent(of: 0) == -134)
        #expect(fp16.halfULPExponent(of: 0x1p-20) == -25)
        #expect(fp16.halfULPExponent(of: 1024) == 10 - 10 - 1)
    }

    @Test("sum, fused and productVanishes give the exact definition's result, also for tiny, huge, cancelling and inexact cases")
    func fastPathsEqualDefinition() {
        var random = SplitMix64(seed: 16)
        func value() -> Double {
            let exponent = Int(random.next() % 90) - 60
            let significand = Double(random.next() >> 11) * 0x1p-53 + 1
            let v = Double(sign: random.next() & 1 == 0 ? .plus : .minus, exponent: exponent, significand: significand)
            return random.next() % 7 == 0 ? (random.next() % 2 == 0 ? 0 : Double(Float(v))) : v
        }
        let extremes: [(Double, Double, Double)] = [(0x1p-600, 0x1p-500, 0), (0x1.fffp-540, 0x1.0001p-540, 1e-300), (1e300, 1e10, -1e308),
                                                    (1, 0x1p-60, -1), (-0.0, 0, -0.0)]
        for f in [fp16, bf16, e5m2, try! FormatArithmetic(.fp32), try! FormatArithmetic(.fp64)] {
            for mode in [RoundingMode.nearestEven, .stochastic(seed: 3)] {
                var cases = extremes
                for _ in 0..<400 { cases.append((value(), value(), value())) }
                for (k, (a, b, c)) in cases.enumerated() {
                    let e = UInt64(k)
                    #expect(f.sum(a, b, mode: mode, element: e) == f.round(Dyadic(a)! + Dyadic(b)!, mode: mode, element: e),
                            "\(f.format.name) \(a) + \(b)")
                    let fused = f.fused(a, b, plus: c, mode: mode, element: e)
                    let definition = f.round(Dyadic(a)! * Dyadic(b)! + Dyadic(c)!, mode: mode, element: e)
                    #expect(fused.value == definition.value && fused.category == definition.category, "\(f.format.name) \(a)·\(b) + \(c)")
                    let w = f.round(c).value
                    #expect(f.productVanishes(a, b, at: w) == f.vanishes(Dyadic(a)! * Dyadic(b)!, at: w), "\(f.format.name) \(a)·\(b) at \(w)")
                }
            }
        }
    }

    @Test("infinite and NaN operands follow IEEE: inf + 1 = inf, inf - inf = NaN")
    func nonFinite() {
        #expect(fp16.sum(.infinity, 1).value == .infinity)
        #expect(fp16.sum(.infinity, -.infinity).value.isNaN)
        #expect(fp16.fused(.infinity, 0, plus: 1).value.isNaN)
        #expect(!fp16.vanishes(Dyadic(1)!, at: .infinity))
    }

    @Test("formats the lab cannot carry are refused with a message naming what it takes", arguments: ["int8", "nf4", "e8m0fnu"])
    func refused(_ name: String) throws {
        let format = try Format.named(name)
        #expect(throws: LabError.self) { try FormatArithmetic(format) }
        do { _ = try FormatArithmetic(format) } catch { #expect(error.description.contains(name) && error.description.contains("fp16")) }
    }

    @Test("dyadic arithmetic: exact sums, products, order and nearest doubles")
    func dyadic() {
        let a = Dyadic(0.1)!, b = Dyadic(0.2)!
        // 0.1 + 0.2 exactly is not the Double 0.30000000000000004 nor 0.3: it lies between them.
        let s = a + b
        #expect(s != Dyadic(0.1 + 0.2)! && s != Dyadic(0.3)!)
        #expect(Dyadic(0.3)! < s && s < Dyadic(0.1 + 0.2)!)
        #expect(Dyadic(3)! * Dyadic(0.5)! == Dyadic(1.5)!)
        #expect((a - a).isZero && (a - b).isNegative)
        #expect(Dyadic(0x1p-1074)!.floorLog2 == -1074)
        #expect(Dyadic(6)!.nearestDouble == 6)
        #expect((Dyadic(1)! + Dyadic(0x1p-80)!).nearestDouble == 1)
    }
}
