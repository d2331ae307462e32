import Testing
import FormatCore

/// The shared display formatter: exact where it fits, "≈" and enough digits otherwise.
@Suite struct ValueTextTests {
    static func value(_ format: Format, _ code: UInt64) -> ExactValue { format.decode(code).exact }

    @Test("exact values that fit are shown in full and unmarked")
    func exactWhenFits() {
        #expect(ValueText.fitted(Self.value(.fp16, 0x7bff), width: 10) == ValueText.fitted(Self.value(.fp16, 0x7bff)))
        let max = ValueText.fitted(Self.value(.fp16, 0x7bff), width: 10)
        #expect(max.text == "65504" && max.isExact && max.distinguishes)
        #expect(ValueText.fitted(Self.value(.bf16, 0x3dcd)).text == "0.10009765625")
        #expect(ValueText.fitted(Self.value(.e4m3fn, 0x2e), width: 8).text == "0.4375")
        #expect(ValueText.exact(Self.value(.fp16, 0x0001)).text == "5.9604644775390625e-08")
        #expect(ValueText.fitted(Self.value(.fp16, 0x0001), width: 12).text == "≈6e-08")
        #expect(ValueText.fitted(Self.value(.fp16, 0x0001), width: 12, minimumDigits: 6).text == "≈5.96046e-08")
    }

    @Test("specials are exact")
    func specials() {
        #expect(ValueText.fitted(.infinity()).text == "inf")
        #expect(ValueText.fitted(.infinity(negative: true), width: 2).text == "-inf")
        #expect(ValueText.fitted(.nan()).text == "nan")
        #expect(ValueText.fitted(.finite(.zero, negative: true)).text == "-0")
        #expect(ValueText.fitted(.finite(.zero)).isExact)
    }

    @Test("too wide: rounded, marked, and told apart from the neighbours")
    func roundedWithNeighbours() {
        // fp16 0x7bef is exactly 64992; its neighbours 64960 and 65024.
        let v = Self.value(.fp16, 0x7bef)
        let ns = [Self.value(.fp16, 0x7bee), Self.value(.fp16, 0x7bf0)]
        #expect(ValueText.fitted(v, width: 5, neighbours: ns).text == "64992")
        let narrow = ValueText.fitted(v, width: 4, neighbours: ns)
        #expect(!narrow.isExact && !narrow.distinguishes && narrow.text.hasPrefix("≈"))
        let ten = ValueText.fitted(.finite(Rational(649925, 10)), width: 6, neighbours: ns)
        #expect(ten.text == "≈65000" && ten.distinguishes)
        // Without neighbours one digit is enough.
        #expect(ValueText.fitted(.finite(Rational(649925, 10)), width: 6).text == "≈60000")
        // bf16(0.1) = 0.10009765625 is never shown as "0.1" unmarked.
        let tenth = Self.value(.bf16, 0x3dcd)
        let cut = ValueText.fitted(tenth, width: 6, neighbours: [Self.value(.bf16, 0x3dcc), Self.value(.bf16, 0x3dce)])
        #expect(cut.text == "≈0.1" && cut.distinguishes)
        let cut4 = ValueText.fitted(tenth, width: 6, minimumDigits: 4)
        #expect(cut4.text == "≈0.1001")
    }

    @Test("a grid of near codes never shows two codes alike unless marked as not distinguishing")
    func gridCells() {
        let f = Format.e4m3fn
        for code in UInt64(0x20)..<0x7e {
            let neighbours = [Self.value(f, code - 1), Self.value(f, code + 1)]
            let a = ValueText.fitted(Self.value(f, code), width: 5, neighbours: neighbours)
            let b = ValueText.fitted(Self.value(f, code + 1), width: 5, neighbours: [Self.value(f, code), Self.value(f, code + 2)])
            #expect(a.columns <= 5)
            if a.distinguishes && b.distinguishes { #expect(a.text != b.text) }
        }
    }

    @Test("non-terminating inputs are never exact")
    func nonTerminating() {
        let third = ExactValue.finite(Rational(1, 3))
        let t = ValueText.fitted(third, minimumDigits: 5)
        #expect(t.text == "≈0.33333" && !t.isExact)
        #expect(ValueText.exact(third).text == "≈0." + String(repeating: "3", count: 40))
    }

    @Test("rounded figures: exact when short, marked when cut")
    func roundedFigures() {
        #expect(ValueText.rounded(69873, digits: 6).text == "69873")
        #expect(ValueText.rounded(69873, digits: 3).text == "≈6.99e+04" || ValueText.rounded(69873, digits: 3).text == "≈69900")
        #expect(ValueText.rounded(0.1, digits: 6).text == "≈0.1")
        #expect(ValueText.rounded(0.5, digits: 1).text == "0.5")
        #expect(ValueText.rounded(-2.0, digits: 1).text == "-2")
    }

    @Test("huge exact values fall back to scientific, then to rounding")
    func huge() {
        let max = ExactValue(Double.greatestFiniteMagnitude)
        #expect(ValueText.exact(max).text.count == 309 + 0 || ValueText.exact(max).text.hasPrefix("1.797693134862315708"))
        #expect(ValueText.exact(max).isExact)
        let t = ValueText.fitted(max, width: 12)
        #expect(t.text == "≈1.8e+308" || t.text == "≈2e+308")
        #expect(t.columns <= 12 && !t.isExact)
    }
}
