import BigInt
import Testing
import FormatCore

/// Text of values (exact decimals, shortest round-trip decimals, hex floats) and the value parser.
@Suite struct TextTests {
    // MARK: Exact decimal expansions

    @Test("exact decimal expansions")
    func exactDecimals() {
        #expect(Format.fp64.exactDecimal((0.1).bitPattern) == "0.1000000000000000055511151231257827021181583404541015625")
        #expect(Format.fp32.exactDecimal(UInt64(Float(0.1).bitPattern)) == "0.100000001490116119384765625")
        #expect(Format.fp16.exactDecimal(0x7bff) == "65504")
        #expect(Format.fp16.exactDecimal(0xfbff) == "-65504")
        #expect(Format.fp16.exactDecimal(0x0001) == "0.000000059604644775390625") // 2^-24, smallest subnormal
        #expect(Format.fp16.exactDecimal(0x03ff) == "0.000060975551605224609375") // largest subnormal, 1023 × 2^-24
        #expect(Format.fp16.exactDecimal(0x3c00) == "1")
        #expect(Format.fp16.exactDecimal(0x3555) == "0.333251953125")
        #expect(Format.fp16.exactDecimal(0x0000) == "0")
        #expect(Format.fp16.exactDecimal(0x8000) == "-0")
        #expect(Format.fp16.exactDecimal(0x7c00) == "inf")
        #expect(Format.fp16.exactDecimal(0xfc00) == "-inf")
        #expect(Format.fp16.exactDecimal(0x7e00) == "nan")
        #expect(Format.e4m3fn.exactDecimal(0x7e) == "448")
        #expect(Format.e4m3fn.exactDecimal(0x01) == "0.001953125")
        #expect(Format.e2m1fn.exactDecimal(0x1) == "0.5")
        #expect(Format.e8m0fnu.exactDecimal(0x7f) == "1")
        #expect(Format.int(8).exactDecimal(0x80) == "-128")
        #expect(Format.uint(8).exactDecimal(0xff) == "255")
        #expect(Format.nf4.exactDecimal(1) == "-0.696192800998687744140625") // the float32 level, exactly
        // 2^-1074 has 751 significant digits and ends in ...625; 2^63 is an integer.
        #expect(Format.fp64.exactDecimal(1) == "0." + String(repeating: "0", count: 323) + String(BigUInt(5).power(1074)))
        #expect(Format.fp64.exactDecimal((0x1p63 as Double).bitPattern) == "9223372036854775808")
    }

    @Test("fp64's largest subnormal has 767 significant digits")
    func largestSubnormalDigits() {
        let text = Format.fp64.exactDecimal(0x000f_ffff_ffff_ffff)
        #expect(text.hasPrefix("0.0000"))
        let fraction = text.dropFirst(2)
        #expect(fraction.count == 1074) // (2^52 - 1) × 2^-1074 needs all 1074 decimal places
        let significant = fraction.drop { $0 == "0" }
        #expect(significant.count == 767)
        #expect(significant.hasPrefix("22250738585072008890245868760858598876"))
        #expect(significant.hasSuffix("6552734375"))
        #expect(significant.allSatisfy { $0.isASCII && $0.isNumber })
    }

    // MARK: Shortest round-trip decimals

    /// Significant digits of a decimal text: the digits of its mantissa without leading or trailing zeros.
    static func significantDigitCount(_ text: String) -> Int {
        let mantissa = text.split(whereSeparator: { $0 == "e" || $0 == "E" })[0]
        let digits = mantissa.filter(\.isNumber)
        return digits.drop { $0 == "0" }.reversed().drop { $0 == "0" }.count
    }

    /// The positive value `significand × 2^exponent` cut to `n` significant decimal digits, rounded down
    /// and up, as decimal texts (computed here with big integers, not with FormatCore's decimal code).
    static func cuts(significand: UInt64, exponent: Int, digits n: Int) -> (down: String, up: String) {
        let numerator = exponent >= 0 ? BigUInt(significand) << exponent : BigUInt(significand)
        let denominator = exponent >= 0 ? BigUInt(1) : BigUInt(1) << -exponent
        // Decimal exponent k of the leading digit: 10^k <= v < 10^(k+1), from an estimate then exact steps.
        var k = Int(Double(Double(significand).exponent + exponent) * 0.30103) - 1
        func atLeastPowerOfTen(_ k: Int) -> Bool { // v >= 10^k
            k >= 0 ? numerator >= denominator * BigUInt(10).power(k) : numerator * BigUInt(10).power(-k) >= denominator
        }
        while !atLeastPowerOfTen(k) { k -= 1 }
        while atLeastPowerOfTen(k + 1) { k += 1 }
        let scale = k - (n - 1) // the last kept digit's power of ten
        let (q, r): (BigUInt, BigUInt)
        if scale >= 0 { (q, r) = numerator.quotientAndRemainder(dividingBy: denominator * BigUInt(10).power(scale)) }
        else { (q, r) = (numerator * BigUInt(10).power(-scale)).quotientAndRemainder(dividingBy: denominator) }
        let up = r.isZero ? q : q + 1
        return ("\(q)e\(scale)", "\(up)e\(scale)")
    }

    static let shortestFormats = ["fp16", "bf16", "e4m3fn", "e4m3", "e4m3fnuz", "e4m3b11fnuz", "e5m2", "e5m2fnuz", "e3m4",
                                  "e8m0fnu", "e2m3fn", "e3m2fn", "e2m1fn"]

    /// The shortest text of every code reads back as that code, and no text with fewer significant
    /// digits does (the floor and ceiling at one digit fewer are enough: the codes that read back as a
    /// code form an interval, and every shorter decimal is also a decimal with one digit fewer).
    @Test("shortest decimals round-trip and are shortest", arguments: shortestFormats)
    func shortestIsShortest(name: String) throws {
        let format = try Format.named(name)
        var failures = 0
        func fail(_ message: String) {
            failures += 1
            if failures <= 10 { Issue.record(Comment(rawValue: message)) }
        }
        // fp16 and bf16: the codes near zero, at the bottom of each 1024-code block and near the top,
        // then every 23rd code (all 65536 codes of both take too long in a debug build); 8-bit and
        // smaller formats: every code.
        let count = format.codeCount!
        let codes = count <= 256 ? Array(0..<count) : (0..<count).filter { c in
            let m = c & 0x7fff
            return c % 23 == 0 || m < 48 || m & 0x3ff <= 1 || (0x7bf0...0x7c00).contains(m) || (0x7f70...0x7f80).contains(m)
        }
        for code in codes {
            let decoded = format.decode(code)
            guard decoded.isFinite, case .finite(_, let significand, let exponent) = decoded.value else { continue }
            let text = format.shortestDecimal(code)
            let back = try ValueParser.parse(text).value
            let backCode = format.encode(back).code
            if backCode != code {
                fail("\(name) \(format.hexCode(code)): '\(text)' reads back as \(format.hexCode(backCode))")
                continue
            }
            guard significand != 0 else {
                if text != "0" && text != "-0" { fail("\(name) \(format.hexCode(code)): zero written '\(text)'") }
                continue
            }
            let n = Self.significantDigitCount(text)
            if n > 1 {
                let (down, up) = Self.cuts(significand: significand, exponent: exponent, digits: n - 1)
                let sign = decoded.value.isNegative ? "-" : ""
                for candidate in [down, up] {
                    let c = format.encode(try ValueParser.parse(sign + candidate).value).code
                    if c == code { fail("\(name) \(format.hexCode(code)): '\(text)' has \(n) digits but \(sign)\(candidate) also reads back") }
                }
            }
        }
        #expect(failures == 0)
    }

    @Test("shortest decimals: examples")
    func shortestExamples() {
        #expect(Format.fp64.shortestDecimal((0.1).bitPattern) == "0.1")
        #expect(Format.fp64.shortestDecimal((0.30000000000000004).bitPattern) == "0.30000000000000004")
        #expect(Format.fp64.shortestDecimal(Double.leastNonzeroMagnitude.bitPattern) == "5e-324")
        #expect(Format.fp64.shortestDecimal((1.7976931348623157e308).bitPattern) == "1.7976931348623157e+308")
        #expect(Format.fp32.shortestDecimal(UInt64(Float(0.1).bitPattern)) == "0.1")
        #expect(Format.fp32.shortestDecimal(UInt64(Float.leastNonzeroMagnitude.bitPattern)) == "1e-45")
        #expect(Format.fp16.shortestDecimal(0x7bff) == "65500")
        #expect(Format.fp16.shortestDecimal(0x3c00) == "1")
        #expect(Format.fp16.shortestDecimal(0x3c01) == "1.001")
        #expect(Format.fp16.shortestDecimal(0xbe00) == "-1.5")
        #expect(Format.fp16.shortestDecimal(0x0001) == "6e-08")
        #expect(Format.fp16.shortestDecimal(0x8000) == "-0")
        #expect(Format.fp16.shortestDecimal(0x7c00) == "inf")
        #expect(Format.bf16.shortestDecimal(0x3dcd) == "0.1") // 0.10009765625: 0.1 rounds to it
        #expect(Format.e4m3fn.shortestDecimal(0x7e) == "450")
        #expect(Format.e2m1fn.shortestDecimal(0x7) == "6")
        #expect(Format.int(8).shortestDecimal(0x80) == "-128")
        #expect(Format.nf4.shortestDecimal(1) == "-0.6961928")
    }

    // MARK: Hex floats

    @Test("hex floats")
    func hexFloats() {
        #expect(Format.fp16.hexFloat(0x3200) == "0x1.8p-3") // 0.1875
        #expect(Format.fp64.hexFloat((0.1875).bitPattern) == "0x1.8p-3")
        #expect(Format.fp64.hexFloat((0.1).bitPattern) == "0x1.999999999999ap-4")
        #expect(Format.fp32.hexFloat(UInt64(Float(0.1).bitPattern)) == "0x1.99999ap-4")
        #expect(Format.fp16.hexFloat(0x3c00) == "0x1p+0")
        #expect(Format.fp16.hexFloat(0x0001) == "0x1p-24")
        #expect(Format.fp16.hexFloat(0x03ff) == "0x1.ff8p-15") // 1023 × 2^-24, normalised to a leading 1
        #expect(Format.fp16.hexFloat(0x7bff) == "0x1.ffcp+15")
        #expect(Format.fp16.hexFloat(0x8000) == "-0x0p+0")
        #expect(Format.fp16.hexFloat(0xc000) == "-0x1p+1")
        #expect(Format.fp16.hexFloat(0xfc00) == "-inf")
        #expect(Format.fp16.hexFloat(0x7e00) == "nan")
        #expect(Format.e2m1fn.hexFloat(0x7) == "0x1.8p+2")
        #expect(Format.e8m0fnu.hexFloat(0x00) == "0x1p-127")
        #expect(Format.fp64.hexFloat(1) == "0x1p-1074")
        #expect(Format.fp64.hexFloat(Double.greatestFiniteMagnitude.bitPattern) == "0x1.fffffffffffffp+1023")
    }

    @Test("hex floats read back as the same value", arguments: ["fp16", "bf16", "e4m3fn", "e5m2fnuz", "e2m3fn", "e8m0fnu"])
    func hexFloatsRoundTrip(name: String) throws {
        let format = try Format.named(name)
        for code in stride(from: UInt64(0), to: format.codeCount!, by: format.bitWidth > 8 ? 7 : 1) {
            let decoded = format.decode(code)
            guard decoded.isFinite else { continue }
            let text = format.hexFloat(code)
            #expect(try ValueParser.parse(text).value == decoded.exact, "\(name) \(format.hexCode(code)): '\(text)'")
        }
    }

    // MARK: Parser

    static func value(_ text: String, context: Format? = nil) throws -> ExactValue { try ValueParser.parse(text, context: context).value }
    static func fraction(_ n: BigUInt, _ d: BigUInt, negative: Bool = false) -> ExactValue { .finite(Rational(n, d), negative: negative) }
    static func power(_ base: Int, _ e: Int) -> BigUInt { BigUInt(base).power(e) }

    @Test("parser: decimals of any length, exponents, hex floats, fractions, powers of two")
    func parserNumbers() throws {
        #expect(try Self.value("0.1") == Self.fraction(1, 10))
        #expect(try Self.value("1e-40") == Self.fraction(1, Self.power(10, 40)))
        #expect(try Self.value("6.5e4") == Self.fraction(65_000, 1))
        #expect(try Self.value("6.5E+4") == Self.fraction(65_000, 1))
        #expect(try Self.value("-2.5e-3") == Self.fraction(25, 10_000, negative: true))
        #expect(try Self.value(".5") == Self.fraction(1, 2))
        #expect(try Self.value("5.") == Self.fraction(5, 1))
        #expect(try Self.value("1_000") == Self.fraction(1_000, 1))
        #expect(try Self.value("  1.5 \n") == Self.fraction(3, 2))
        #expect(try Self.value("+7") == Self.fraction(7, 1))
        // Long decimals are read exactly.
        let threes = String(repeating: "3", count: 5_000)
        #expect(try Self.value("0." + threes) == Self.fraction(BigUInt(threes, radix: 10)!, Self.power(10, 5_000)))
        let long = "1" + String(repeating: "0", count: 400) + "1" // 10^401 + 1
        #expect(try Self.value(long) == Self.fraction(Self.power(10, 401) + 1, 1))
        let pi40 = "3.141592653589793238462643383279502884197"
        #expect(try Self.value(pi40) == Self.fraction(BigUInt("3141592653589793238462643383279502884197", radix: 10)!, Self.power(10, 39)))
        #expect(Format.fp64.encode(try Self.value(pi40)).code == Double.pi.bitPattern)
        #expect(try Self.value(String(repeating: "9", count: ValueParser.digitLimit)) == Self.fraction(Self.power(10, ValueParser.digitLimit) - 1, 1))
        // Hex floats.
        #expect(try Self.value("0x1.8p-3") == Self.fraction(3, 16))
        #expect(try Self.value("-0x1.8p-3") == Self.fraction(3, 16, negative: true))
        #expect(try Self.value("0X1P+4") == Self.fraction(16, 1))
        #expect(try Self.value("0xff") == Self.fraction(255, 1))
        #expect(try Self.value("0x.8") == Self.fraction(1, 2))
        #expect(try Self.value("0x1p-1074") == Self.fraction(1, BigUInt(1) << 1074))
        #expect(try Self.value("0b101") == Self.fraction(5, 1))
        // Fractions and powers of two.
        #expect(try Self.value("1/3") == Self.fraction(1, 3))
        #expect(try Self.value("-1/3") == Self.fraction(1, 3, negative: true))
        #expect(try Self.value("2/4") == Self.fraction(1, 2))
        #expect(try Self.value("0.5/0x10") == Self.fraction(1, 32))
        #expect(Format.fp64.encode(try Self.value("1/3")).code == (1.0 / 3).bitPattern)
        #expect(try Self.value("2^-10") == Self.fraction(1, 1024))
        #expect(try Self.value("2^10") == Self.fraction(1024, 1))
        #expect(try Self.value("2**-3") == Self.fraction(1, 8))
        #expect(try Self.value("-2^-1074") == Self.fraction(1, BigUInt(1) << 1074, negative: true))
    }

    @Test("parser: specials and signed zero")
    func parserSpecials() throws {
        #expect(try Self.value("inf") == .infinity())
        #expect(try Self.value("-inf") == .infinity(negative: true))
        #expect(try Self.value("+Infinity") == .infinity())
        #expect(try Self.value("∞") == .infinity())
        #expect(try Self.value("nan").isNaN)
        #expect(try Self.value("NaN").isNaN)
        #expect(try Self.value("-nan").isNegative)
        let negativeZero = try Self.value("-0")
        #expect(negativeZero.isZero && negativeZero.isNegative)
        #expect(Format.fp16.encode(negativeZero).code == 0x8000)
        #expect(Format.e4m3fnuz.encode(negativeZero).code == 0x00) // no -0 in FNUZ
        let zero = try Self.value("0.000")
        #expect(zero.isZero && !zero.isNegative)
        #expect(Format.fp16.encode(try Self.value("-inf")).code == 0xfc00)
    }

    @Test("parser: constants and raw codes of formats")
    func parserFormats() throws {
        let max = try ValueParser.parse("fp16:max")
        #expect(max.value == Self.fraction(65_504, 1))
        #expect(max.origin == .constant(.fp16, "max"))
        // A sign in front of FORMAT:CONSTANT negates it.
        #expect(try Self.value("-fp16:max") == Self.fraction(65_504, 1, negative: true))
        #expect(try Self.value("-bf16:0x3f80") == Self.fraction(1, 1, negative: true))
        #expect(try Self.value("fp16:-max") == Self.fraction(65_504, 1, negative: true))
        #expect(try Self.value("fp16:tiny") == Self.fraction(1, 1 << 24))
        #expect(try Self.value("fp16:min") == Self.fraction(1, 1 << 14)) // smallest normal, as numpy's finfo.tiny
        #expect(try Self.value("fp16:eps") == Self.fraction(1, 1 << 10))
        #expect(try Self.value("E4M3FN:MAX") == Self.fraction(448, 1))
        #expect(try Self.value("fp8-e4m3:max") == Self.fraction(448, 1)) // an alias
        #expect(try Self.value("max", context: .e2m1fn) == Self.fraction(6, 1))
        #expect(try Self.value("-max", context: .bf16) == .finite(FormatFacts(.bf16).maxFinite.finiteMagnitude!, negative: true))
        let one = try ValueParser.parse("bf16:0x3f80")
        #expect(one.value == Self.fraction(1, 1))
        #expect(one.origin == .code(.bf16, 0x3f80))
        #expect(try Self.value("e4m3fn:0b01111110") == Self.fraction(448, 1))
        #expect(try Self.value("e4m3fn:0b0111_1110") == Self.fraction(448, 1))
        #expect(try Self.value("fp16:0x7c00") == .infinity())
        #expect(try Self.value("e4m3fnuz:0x80").isNaN)
        #expect(try Self.value("int8:0x80") == Self.fraction(128, 1, negative: true))
        #expect(try Self.value("nf4:0x0") == Self.fraction(1, 1, negative: true))
    }

    /// The error a text gives, or nil.
    static func error(_ text: String, context: Format? = nil) -> ValueParseError? {
        do { _ = try ValueParser.parse(text, context: context); return nil } catch { return error }
    }

    @Test("parser: errors say what is wrong and what is accepted", arguments: [
        ("abc", "is not a number"),
        ("", "it is empty"),
        ("   ", "it is empty"),
        ("-", "is not a number"),
        ("1.2.3", "more than one decimal point"),
        ("1e", "is not a whole-number exponent"),
        ("1e1.5", "is not a whole-number exponent"),
        ("1e999999", "beyond ±1000"),
        ("1e-1001", "beyond ±1000"),
        ("0x1p999999999", "is not a binary exponent"),
        ("0xg", "is not a hex number"),
        ("1/0", "division by zero"),
        ("1/inf", "finite numbers on both sides"),
        ("3^2", "powers are written 2^N"),
        ("2^x", "powers are written 2^N"),
        ("max", "needs a format"),
        ("e4m3fn:0x1ff", "does not fit in e4m3fn's 8 bits"),
        ("fp16:0x10000", "does not fit in fp16's 16 bits"),
        ("nf4:0x10", "does not fit in nf4's 4 bits"),
        ("e2m1fn:0b10000", "does not fit in e2m1fn's 4 bits"),
        ("fp16:0xzz", "is not a hexadecimal number"),
        ("fp16:0b2", "is not a binary number"),
        ("fp16:12", "write a raw code as 0x"),
        ("int4:maximum", "write a raw code as 0x"),
        ("bogus:0x1", "unknown format 'bogus'"),
        ("fp16:0x", "is not a hexadecimal number"),
    ])
    func parserErrors(text: String, fragment: String) {
        guard let error = Self.error(text) else {
            Issue.record("'\(text)' was accepted")
            return
        }
        #expect(error.text == text)
        #expect(error.description.contains(fragment), "'\(text)': \(error.description)")
        #expect(error.description.hasPrefix("cannot read '\(text)' as a value: "))
        #expect(error.description.contains("Accepted: "))
    }

    @Test("parser: too many digits is an error, the limit itself is not")
    func parserDigitLimit() {
        let limit = ValueParser.digitLimit
        #expect(Self.error(String(repeating: "1", count: limit)) == nil)
        let tooLong = Self.error(String(repeating: "1", count: limit + 1))
        #expect(tooLong?.description.contains("more than \(limit) digits") == true)
        #expect(Self.error("0." + String(repeating: "1", count: limit + 1)) != nil)
    }
}
