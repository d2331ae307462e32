import Testing
@testable import FormatCore

/// E8M0FNU rounds the same way in every binade, its lowest (2^-127) included, in every mode
/// (ml_dtypes 0.7.0); below 2^-127 there is no zero, so the result is 2^-127 itself.
@Suite struct E8M0RoundingTests {
    static let f = Format.e8m0fnu
    static func pow2(_ e: Int) -> Double { Double(sign: .plus, exponent: e, significand: 1) }

    @Test("rounding up sends 2^-149...2^-127 to 2^-127")
    func upToLowest() {
        for e in -149 ... -127 {
            for x in [Self.pow2(e), Self.pow2(e) * 1.25] where x <= Self.pow2(-127) {
                #expect(Self.f.encode(x, rounding: .towardPositive).code == 0, "\(x)")
                #expect(Self.f.encode(ExactValue(x), rounding: .towardPositive).code == 0, "\(x)")
            }
        }
        #expect(Self.f.encode(Self.pow2(-127) * 1.01, rounding: .towardPositive).code == 1)
    }

    @Test("2^-127 is exact in every mode")
    func lowestExact() {
        for mode in RoundingMode.allDeterministic + [.stochastic(seed: 3)] {
            let c = Self.f.encode(Self.pow2(-127), rounding: mode)
            #expect(c.code == 0 && c.status.isEmpty, "\(mode)")
        }
    }

    @Test("nearest modes in the lowest binade: ties at 1.5 × 2^-127 go up, as in every binade")
    func nearestLowest() {
        for mode in [RoundingMode.nearestEven, .nearestAway] {
            #expect(Self.f.encode(Self.pow2(-127) * 1.49, rounding: mode).code == 0)
            #expect(Self.f.encode(Self.pow2(-127) * 1.5, rounding: mode).code == 1)
            #expect(Self.f.encode(Self.pow2(-126) * 1.5, rounding: mode).code == 2)
            #expect(Self.f.encode(Self.pow2(-128) * 1.5, rounding: mode).code == 0)
        }
        #expect(Self.f.encode(Self.pow2(-127) * 1.5, rounding: .towardZero).code == 0)
        #expect(Self.f.encode(Self.pow2(-127) * 1.5, rounding: .towardNegative).code == 0)
    }

    @Test("stochastic rounding gives only the two neighbours, up with the due probability")
    func stochasticLowest() {
        for (x, pUp) in [(Self.pow2(-127) * 1.25, 0.25), (Self.pow2(-127) * 1.5, 0.5), (Self.pow2(-126) * 1.5, 0.5)] {
            let low = Self.f.encode(x, rounding: .towardNegative).code
            var ups = 0
            let n = 20000
            for i in 0..<n {
                let c = Self.f.encode(x, rounding: .stochastic(seed: 11), element: UInt64(i)).code
                #expect(c == low || c == low + 1)
                if c == low + 1 { ups += 1 }
            }
            // 20000 draws: the standard deviation of the share is below 0.0036; 5 sigma.
            #expect(abs(Double(ups) / Double(n) - pUp) < 0.018, "\(x): \(ups) of \(n) up, want \(pUp)")
        }
    }

    @Test("the fp32 kernel agrees with the scalar path on every fp32 subnormal exponent, every mode")
    func kernelLowBinades() throws {
        for mode in RoundingMode.allDeterministic {
            let k = try #require(FP32Narrowing(to: Self.f, rounding: mode))
            var bits: [UInt32] = [0x0000_0001, 0x0020_0000, 0x003f_ffff, 0x0040_0000, 0x0040_0001, 0x005f_ffff,
                                  0x0060_0000, 0x0060_0001, 0x007f_ffff, 0x0080_0000, 0x00c0_0000, 0x3fc0_0000]
            for s in 0..<23 { bits.append(UInt32(1) << UInt32(s)); bits.append((UInt32(3) << UInt32(s)) & 0x7f_ffff) }
            for b in bits {
                let want = Self.f.encode(BinaryValue(Float(bitPattern: b)), rounding: mode).code
                #expect(UInt64(k.convert(b)) == want, "\(mode) \(String(b, radix: 16))")
                let value = Float(Self.f.decode(want).value.doubleValue).bitPattern
                #expect(k.roundTrip(b) == value, "\(mode) \(String(b, radix: 16)) value")
            }
        }
    }
}
