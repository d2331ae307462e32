import BigInt
import FormatCore
import Testing
@testable import Claims

/// How figures are written: exact where short, powers of two as 2^e, rounded ones marked ≈, exact
/// strings for JSON; and the language choice.
@Suite struct FigureTextTests {
    func r(_ n: Int, _ d: Int = 1) -> Rational { Rational(BigUInt(n), BigUInt(d)) }

    @Test("exact where short, 2^e for small powers of two, ≈ and four digits otherwise")
    func numbers() {
        #expect(FigureText.number(r(448)) == ("448", true))
        #expect(FigureText.number(r(6_738_415_616)) == ("6,738,415,616", true))
        #expect(FigureText.number(r(1024)) == ("1024", true))
        #expect(FigureText.number(r(17, 2)) == ("8.5", true))
        #expect(FigureText.number(r(1, 1 << 14)) == ("2^-14 = 6.103515625e-05", true))
        #expect(FigureText.number(r(1, 1 << 24)) == ("2^-24 ≈5.96e-08", false), "a text with a rounded part is not exact")
        #expect(FigureText.number(r(1, 3)) == ("≈0.3333", false))
        #expect(FigureText.render(r(70_000_000_000), unit: .parameters, language: .en).text == "70B")
        #expect(FigureText.render(r(1, 2), unit: .gigabytes, language: .zh).text == "0.5 GB")
        #expect(FigureText.render(r(3), unit: .bits, language: .zh).text == "3 位")
    }

    @Test("exact strings: the full decimal, or n/d when it does not terminate")
    func exactStrings() {
        #expect(FigureText.exact(r(1, 1 << 24)) == "5.9604644775390625e-08")
        #expect(FigureText.exact(r(2, 6)) == "1/3")
        #expect(FigureText.exact(r(0)) == "0")
    }

    @Test("--lang values: en and zh in any case; others refused naming both")
    func languages() throws {
        #expect(try Language.parse("EN") == .en)
        #expect(try Language.parse("zh") == .zh)
        do {
            _ = try Language.parse("fr")
            Issue.record("fr was accepted")
        } catch {
            #expect(error.description.contains("'fr'") && error.description.contains("en") && error.description.contains("zh"))
        }
        #expect(Language.fromLocale("zh_CN.UTF-8") == .zh)
        #expect(Language.fromLocale("en_US.UTF-8") == .en)
        #expect(Language.fromLocale("C") == .en)
        #expect(Language.fromLocale(nil) == .en)
    }
}
