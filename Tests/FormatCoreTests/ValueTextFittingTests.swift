import Testing
import FormatCore

/// The width-bounded ValueText against its plain definition, and what its texts promise.
@Suite struct ValueTextFittingTests {
    static func value(_ format: Format, _ code: UInt64) -> ExactValue { format.decode(code).exact }

    /// Neighbours of a code in its format (next down and next up, when there are).
    static func neighbours(_ format: Format, _ code: UInt64) -> [ExactValue] {
        [format.nextDown(code), format.nextUp(code)].compactMap { $0 }.map { value(format, $0) }
    }

    /// Codes worth looking at: the specials of each float class and seeded random codes.
    static func codes(_ format: Format, random count: Int, seed: UInt64) -> [UInt64] {
        guard let s = format.floatSemantics else { return [] }
        let width = format.bitWidth
        let mantissaMask = (UInt64(1) << UInt64(s.mantissaBits)) - 1
        let sign = UInt64(1) << UInt64(width - 1)
        // These are IEEE-style formats: the largest exponent field is inf and NaN.
        let maxFinite = (((UInt64(1) << UInt64(s.exponentBits)) - 1) << UInt64(s.mantissaBits)) - 1
        var codes: [UInt64] = [0, 1, 2, mantissaMask, mantissaMask + 1, mantissaMask + 2, maxFinite, maxFinite - 1,
                               sign | 1, sign | maxFinite, format.encode(ExactValue(1.0)).code, format.encode(ExactValue(0.1)).code]
        var rng = SplitMix64(seed: seed)
        for _ in 0..<count { codes.append(rng.next() & (width == 64 ? .max : (UInt64(1) << UInt64(width)) - 1)) }
        return codes.filter { format.decode($0).isFinite }
    }

    @Test("fast fitted gives the reference's text at every width", arguments: [Format.fp16, .bf16, .fp32, .fp64])
    func sameAsReference(format: Format) {
        for (i, code) in Self.codes(format, random: format.bitWidth == 64 ? 40 : 120, seed: UInt64(format.bitWidth)).enumerated() {
            let v = Self.value(format, code), ns = Self.neighbours(format, code)
            let digits = 1 + i % 6
            for width in [1, 3, 5, 6, 8, 10, 12, 16, 24] {
                let fast = ValueText.fitted(v, width: width, minimumDigits: digits, neighbours: ns)
                let reference = ValueText.referenceFitted(v, width: width, minimumDigits: digits, neighbours: ns)
                #expect(fast == reference, "\(format.name) \(format.hexCode(code)) width \(width) digits \(digits)")
            }
            let texts = ValueText.fittedTexts(v, maxWidth: 24, minWidth: 3, minimumDigits: digits, neighbours: ns)
            for width in 3...24 {
                let chosen = texts.first { $0.columns <= width } ?? texts[texts.count - 1]
                #expect(chosen == ValueText.referenceFitted(v, width: width, minimumDigits: digits, neighbours: ns),
                        "\(format.name) \(format.hexCode(code)) fittedTexts at width \(width)")
            }
        }
    }

    @Test("width-limited text: the exact decimal when it fits, else ≈ nearer to the value than to its neighbours",
          arguments: [Format.fp16, .bf16, .fp32])
    func promise(format: Format) throws {
        for code in Self.codes(format, random: 300, seed: 0x7e57 ^ UInt64(format.bitWidth)) {
            let v = Self.value(format, code), ns = Self.neighbours(format, code)
            let exact = ValueText.exact(v).text
            for width in [4, 6, 8, 11, 16, 40] {
                let t = ValueText.fitted(v, width: width, neighbours: ns)
                if exact.count <= width { #expect(t.text == exact && t.isExact) }
                if t.isExact {
                    // The exact decimal, perhaps written the other way ("2.44140625e-04").
                    #expect(try ValueParser.parse(t.text).value == v, "\(t.text)")
                    continue
                }
                #expect(t.text.hasPrefix("≈"), "\(format.name) \(format.hexCode(code)) at \(width): \(t.text)")
                // 9 significant digits tell any fp32 value apart: "≈-1.17549435e-38" is 16 columns.
                if width >= 16 { #expect(t.distinguishes, "\(format.name) \(format.hexCode(code)) at \(width): \(t.text)") }
                guard t.distinguishes else { continue }
                let shown = try ValueParser.parse(String(t.text.dropFirst())).value
                let own = try #require(shown.distance(to: v))
                for n in ns where n.finiteMagnitude != nil && n.compare(v) != 0 {
                    #expect(own < (shown.distance(to: n) ?? own), "\(format.name) \(format.hexCode(code)): \(t.text)")
                }
            }
        }
    }

    @Test("a float64 subnormal is cut without its 751 digits, the same as the reference")
    func longExpansion() {
        let tiny = ExactValue(Double.leastNonzeroMagnitude)
        let t = ValueText.fitted(tiny, width: 10, minimumDigits: 3)
        #expect(t.text == "≈4.94e-324" && !t.isExact)
        #expect(t == ValueText.referenceFitted(tiny, width: 10, minimumDigits: 3))
        #expect(ValueText.exact(tiny).text.count == 751 + 1 + 5)   // digits, point, e-324
    }

    @Test("a value not in lowest terms is still exact (3/3 is 1, 31/992 is 0.03125)")
    func unreduced() {
        let one = ValueText.fitted(.finite(Rational(3, 3)), width: 10)
        #expect(one.text == "1" && one.isExact)
        let small = ValueText.fitted(.finite(Rational(93, 2976)), width: 10)
        #expect(small.text == "0.03125" && small.isExact)
        #expect(Rational(6, 30).exactDecimal == "0.2")
        #expect(Rational(1, 3).exactDecimal == nil)
    }
}

/// The one SplitMix64 the test targets share: its stream is pinned, so seeds replay everywhere.
@Suite struct SplitMix64Tests {
    @Test("the published SplitMix64 stream for seed 0")
    func stream() {
        var g = SplitMix64(seed: 0)
        #expect([g.next(), g.next(), g.next()] == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
    }
}
