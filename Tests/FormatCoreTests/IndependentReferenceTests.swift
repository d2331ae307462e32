import BigInt
import Testing
import FormatCore

/// FormatCore's exact and binary encoders against the independent reference (IndependentReference.swift),
/// and fp32 / fp64 against the hardware.
@Suite struct IndependentReferenceTests {
    // MARK: Inputs

    /// Inputs that stress a format: its values, the midpoints between neighbours and one Double ulp
    /// either side of them, values around and beyond max, around the smallest value and half of it,
    /// zeros, infinities, and seeded random Doubles across the range; all of these with both signs.
    ///
    /// Formats with more than `fullLimit` values (fp16, bf16, tf32) get every value near zero, near
    /// the ends and at each binade edge, plus a seeded random sample, instead of all of them.
    static func inputs(for ref: IndependentReference, randomCount: Int, fullLimit: Int = 4_096, seed: UInt64) -> [Double] {
        let values = ref.values
        var rng = SplitMix64(seed: seed)
        var indices: Set<Int> = []
        if values.count <= fullLimit {
            indices = Set(values.indices)
        } else {
            let zero = IndependentReference.lowerBound(values, 0)
            for i in 0..<150 { indices.formUnion([i, values.count - 1 - i, zero - 75 + i]) }
            // Binade edges: where the gap between neighbours changes.
            for i in 1..<(values.count - 1) where values[i + 1] - values[i] != values[i] - values[i - 1] {
                indices.formUnion([i - 1, i, i + 1])
            }
            for _ in 0..<500 { indices.insert(Int.random(in: 0..<values.count, using: &rng)) }
            indices = indices.filter { values.indices.contains($0) }
        }
        var xs: [Double] = []
        for i in indices {
            let v = values[i]
            xs += [v, v.nextUp, v.nextDown]
            if i + 1 < values.count {
                let mid = (v + values[i + 1]) / 2 // exact
                xs += [mid, mid.nextUp, mid.nextDown]
            }
        }
        // Around and beyond max.
        let m = ref.maxFinite, u = ref.ulpAtMax
        let beyond = [m + u / 4, m + u / 2, (m + u / 2).nextUp, (m + u / 2).nextDown, m + 3 * u / 4, m + u,
                      (m + u).nextUp, m + 3 * u / 2, m + 2 * u, m * 2, m * 1024, 1e300, Double.greatestFiniteMagnitude]
        xs += beyond
        // Around the smallest value and half of it.
        let s = ref.smallestPositive
        xs += [s, s / 2, (s / 2).nextUp, (s / 2).nextDown, s / 4, s * 0.75, s * 1.5, s.nextUp, s.nextDown, s / 1024,
               Double.leastNonzeroMagnitude, Double.leastNormalMagnitude]
        xs += [0.0, .infinity]
        // Seeded random Doubles across the range (a few binades beyond each end).
        let lowExponent = Int(s.exponent) - 4, highExponent = Int(m.exponent) + 3
        for _ in 0..<randomCount {
            let e = Int.random(in: lowExponent...highExponent, using: &rng)
            let significand = 1 + Double(rng.next() >> 12) * 0x1p-52
            xs.append(Double(sign: .plus, exponent: e, significand: significand))
        }
        // Integers: also values with fraction .5 everywhere in range.
        if ref.family == .integer {
            for v in values { xs += [v + 0.5, v - 0.5, v + 0.25, v + 0.75] }
        }
        var seen: Set<UInt64> = []
        var out: [Double] = []
        for x in xs + xs.map({ -$0 }) where !x.isNaN && seen.insert(x.bitPattern).inserted { out.append(x) }
        return out
    }

    static func hex(_ code: UInt64) -> String { "0x" + String(code, radix: 16) }

    // MARK: Small formats against the reference

    static let referenceNames: [String] = IndependentReference.allFormats.map(\.name)

    @Test("exact and binary encoders give the reference code", arguments: referenceNames)
    func encodersMatchReference(name: String) throws {
        let format = try Format.named(name)
        let ref = IndependentReference.byName[name]!
        let xs = Self.inputs(for: ref, randomCount: ref.family == .float ? 600 : 200,
                             seed: name.utf8.reduce(UInt64(17)) { $0 &* 31 &+ UInt64($1) })
        #expect(xs.count > 400, "too few generated inputs")
        var failures = 0
        func fail(_ message: String) {
            failures += 1
            if failures <= 12 { Issue.record(Comment(rawValue: message)) }
        }
        for x in xs {
            let exactInput = ExactValue(x), binaryInput = BinaryValue(x)
            let wantInexact = ref.expectedInexact(x)
            for mode in RoundingMode.allDeterministic {
                for policy in OverflowPolicy.allCases {
                    let want = ref.expectedCode(x, mode: mode, policy: policy)
                    let exact = format.encode(exactInput, rounding: mode, overflow: policy)
                    let binary = format.encode(binaryInput, rounding: mode, overflow: policy)
                    if exact.code != want || binary.code != want {
                        fail("\(name) x=\(x) (\(x.bitPattern.hex)) \(mode.shortName) \(policy): exact \(Self.hex(exact.code)), binary \(Self.hex(binary.code)), reference \(Self.hex(want))")
                    }
                    if let wantInexact, exact.status.contains(.inexact) != wantInexact || binary.status.contains(.inexact) != wantInexact {
                        fail("\(name) x=\(x) \(mode.shortName) \(policy): inexact flag exact=\(exact.status.contains(.inexact)) binary=\(binary.status.contains(.inexact)), want \(wantInexact)")
                    }
                }
            }
        }
        #expect(failures == 0, "\(failures) mismatches in \(xs.count) inputs")
    }

    @Test("NaN inputs give a NaN code where the format has one", arguments: referenceNames)
    func nanInputs(name: String) throws {
        let format = try Format.named(name)
        let ref = IndependentReference.byName[name]!
        for nan in [Double.nan, -Double.nan] {
            for mode in RoundingMode.allDeterministic {
                for policy in OverflowPolicy.allCases {
                    let exact = format.encode(ExactValue(nan), rounding: mode, overflow: policy)
                    let binary = format.encode(BinaryValue(nan), rounding: mode, overflow: policy)
                    #expect(exact == binary)
                    #expect(exact.status.contains(.nanInput))
                    if !ref.nanCodes.isEmpty {
                        #expect(format.decode(exact.code).category == .nan, "\(name): NaN input gave \(Self.hex(exact.code))")
                        // NaN keeps its sign where the format has a NaN of that sign.
                        if ref.nanCodes.contains(where: { $0.negative != ref.nanCodes[0].negative }) {
                            #expect(format.decode(exact.code).value.isNegative == (nan.sign == .minus))
                        }
                    }
                }
            }
        }
    }

    @Test("integer formats: ±0 gives code 0, exactly, in every mode and on both paths")
    func integerZero() {
        for format in [Format.int(8), .uint(8), .int(4), .uint(2), .int(32)] {
            for zero in [0.0, -0.0] {
                for mode in RoundingMode.allDeterministic {
                    let exact = format.encode(ExactValue(zero), rounding: mode)
                    let binary = format.encode(BinaryValue(zero), rounding: mode)
                    #expect(exact == Conversion(code: 0, status: []), "\(format.name) \(zero) \(mode.shortName) exact path")
                    #expect(binary == Conversion(code: 0, status: []), "\(format.name) \(zero) \(mode.shortName) binary path: code \(binary.code), status \(binary.status.flagNames)")
                }
            }
        }
    }

    @Test("the reference itself: symmetric float tables, counts and ends")
    func referenceSanity() throws {
        for format in IndependentReference.floatFormats {
            let ref = IndependentReference.byName[format.name]!
            // Every positive value has a negative twin.
            for v in ref.magnitudes where v > 0 { #expect(ref.isRepresentable(-v), "\(format.name): -\(v) missing") }
            #expect(ref.magnitudes.first == 0)
            #expect(ref.ulpAtMax > 0)
        }
        let e4m3fn = IndependentReference.byName["e4m3fn"]!
        #expect(e4m3fn.maxFinite == 448 && e4m3fn.ulpAtMax == 32 && e4m3fn.smallestPositive == 0x1p-9)
        #expect(e4m3fn.nanCode(negative: false) == 0x7f && e4m3fn.nanCode(negative: true) == 0xff)
        let fnuz = IndependentReference.byName["e4m3fnuz"]!
        #expect(fnuz.nanCode(negative: false) == 0x80 && !fnuz.hasNegativeZero)
        #expect(IndependentReference(.nf4).values.count == 16)
        #expect(IndependentReference(.bnbFP4).values.count == 15) // ±0 share a level
        #expect(IndependentReference(.int(4)).values == (-8...7).map(Double.init))
        #expect(IndependentReference(.uint(2)).values == [0, 1, 2, 3])
        // Hand-checked decisions of the reference.
        #expect(e4m3fn.expectedCode(464, mode: .nearestEven, policy: .formatDefault) == 0x7e) // tie at max+ulp/2, max even
        #expect(e4m3fn.expectedCode(464.0.nextUp, mode: .nearestEven, policy: .formatDefault) == 0x7f)
        #expect(e4m3fn.expectedCode(1e9, mode: .towardZero, policy: .formatDefault) == 0x7e)
        #expect(e4m3fn.expectedCode(-1e9, mode: .towardPositive, policy: .formatDefault) == 0xfe)
        #expect(e4m3fn.expectedCode(-1e9, mode: .towardNegative, policy: .formatDefault) == 0xff)
        #expect(e4m3fn.expectedCode(0x1p-10, mode: .nearestEven, policy: .formatDefault) == 0x00)
        #expect(e4m3fn.expectedCode(-0x1p-10, mode: .nearestEven, policy: .formatDefault) == 0x80)
        #expect(e4m3fn.expectedCode(-0x1p-10, mode: .nearestAway, policy: .formatDefault) == 0x81)
        let fp16 = IndependentReference.byName["fp16"]!
        #expect(fp16.expectedCode(65520, mode: .nearestEven, policy: .formatDefault) == 0x7c00)
        #expect(fp16.expectedCode(65520, mode: .nearestEven, policy: .saturate) == 0x7bff)
        #expect(fp16.expectedCode(1 + 0x1p-11, mode: .nearestEven, policy: .formatDefault) == 0x3c00)
        #expect(fp16.expectedCode(1 + 3 * 0x1p-11, mode: .nearestEven, policy: .formatDefault) == 0x3c02)
        // Binade edge: between 2 - 2^-10 (odd) and 2 (even significand) the tie goes to 2.
        #expect(fp16.expectedCode(2 - 0x1p-11, mode: .nearestEven, policy: .formatDefault) == 0x4000)
        #expect(fnuz.expectedCode(-0.0, mode: .nearestEven, policy: .formatDefault) == 0x00)
        #expect(fnuz.expectedCode(1e6, mode: .nearestEven, policy: .formatDefault) == 0x80)
        let fp4 = IndependentReference(.e2m1fn)
        #expect(fp4.expectedCode(100, mode: .towardPositive, policy: .formatDefault) == 0x7)
        #expect(fp4.expectedCode(5, mode: .nearestEven, policy: .formatDefault) == 0x6) // 5 is between 4 (even) and 6
        let bnb = IndependentReference(.bnbFP4)
        #expect(bnb.expectedCode(-0.001, mode: .nearestEven, policy: .formatDefault) == 8)
        #expect(bnb.expectedCode(0.001, mode: .nearestEven, policy: .formatDefault) == 0)
        #expect(IndependentReference(.uint(4)).expectedCode(-3.7, mode: .nearestEven, policy: .formatDefault) == 0)
        #expect(IndependentReference(.int(4)).expectedCode(-8.5, mode: .towardZero, policy: .formatDefault) == 8)
        #expect(IndependentReference(.int(4)).expectedCode(2.5, mode: .nearestEven, policy: .formatDefault) == 2)
        #expect(IndependentReference(.int(4)).expectedCode(2.5, mode: .nearestAway, policy: .formatDefault) == 3)
    }

    // MARK: fp32 against the hardware

    /// The fp32 result for a Double input, from the hardware's round-to-nearest-even conversion and
    /// its neighbours (`Float.nextUp` / `nextDown`), with every comparison done exactly in Double.
    static func expectedFP32(_ x: Double, mode: RoundingMode, policy: OverflowPolicy) -> UInt32 {
        let nearest = Float(x)
        var result = nearest
        if Double(nearest) != x { // inexact (the exact case also covers ±0 and ±inf inputs)
            let down: Float, up: Float
            if Double(nearest) > x { up = nearest; down = nearest.nextDown } else { down = nearest; up = nearest.nextUp }
            switch mode {
            case .nearestEven: result = nearest
            case .nearestAway:
                // Only a tie between two finite neighbours differs from nearest-even (the tie at
                // max + ulp/2 already goes to infinity under nearest-even).
                if down.isFinite && up.isFinite && (Double(down) + Double(up)) / 2 == x { result = x < 0 ? down : up }
            case .towardZero: result = x > 0 ? down : up
            case .towardPositive: result = up
            case .towardNegative: result = down
            case .stochastic: fatalError()
            }
        }
        if policy == .saturate && result.isInfinite { result = result < 0 ? -.greatestFiniteMagnitude : .greatestFiniteMagnitude }
        return result.bitPattern
    }

    @Test("fp32 from Doubles matches the hardware in every mode")
    func fp32MatchesHardware() {
        var rng = SplitMix64(seed: 32)
        var xs: [Double] = [0, 1, 0.1, 1e-45, 0x1p-149, 0x1p-150, 0x1.8p-150, 0x1p-151, 0x1p-126, 0x1.fffffcp-127,
                            Double(Float.greatestFiniteMagnitude), Double(Float.greatestFiniteMagnitude) + 0x1p103,
                            Double(Float.greatestFiniteMagnitude) + 0x1p103 - 0x1p50, 0x1p128, 1e300, .infinity,
                            .greatestFiniteMagnitude, .leastNonzeroMagnitude]
        for _ in 0..<700 {
            // A random float, its midpoint with the next one, and Double neighbours of both.
            let f = Float(bitPattern: UInt32(truncatingIfNeeded: rng.next()) & 0x7fff_ffff)
            guard f.isFinite else { continue }
            let d = Double(f), mid = (d + Double(f.nextUp)) / 2
            xs += [d, d.nextUp, d.nextDown, mid, mid.nextUp, mid.nextDown]
            // A random Double across fp32's range and a little beyond.
            let e = Int.random(in: -155...130, using: &rng)
            xs.append(Double(sign: .plus, exponent: e, significand: 1 + Double(rng.next() >> 12) * 0x1p-52))
        }
        xs += xs.map { -$0 }
        var failures = 0
        for x in xs {
            for mode in RoundingMode.allDeterministic {
                for policy in OverflowPolicy.allCases {
                    let want = UInt64(Self.expectedFP32(x, mode: mode, policy: policy))
                    let exact = Format.fp32.encode(ExactValue(x), rounding: mode, overflow: policy).code
                    let binary = Format.fp32.encode(BinaryValue(x), rounding: mode, overflow: policy).code
                    if exact != want || binary != want {
                        failures += 1
                        if failures <= 10 {
                            Issue.record("fp32 x=\(x) \(mode.shortName) \(policy): exact \(Self.hex(exact)), binary \(Self.hex(binary)), hardware \(Self.hex(want))")
                        }
                    }
                }
            }
        }
        #expect(failures == 0)
        // NaN stays NaN.
        #expect(Float(bitPattern: UInt32(Format.fp32.encode(Double.nan).code)).isNaN)
    }

    @Test("fp64 from Doubles is the identity in every mode")
    func fp64FromDoubles() {
        var rng = SplitMix64(seed: 64)
        var xs: [Double] = [0, -0.0, .infinity, -.infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude, .leastNormalMagnitude, 0.1]
        for _ in 0..<2_000 {
            let d = Double(bitPattern: rng.next())
            if !d.isNaN { xs.append(d) }
        }
        for x in xs {
            for mode in RoundingMode.allDeterministic {
                for policy in OverflowPolicy.allCases {
                    // Saturation turns ±inf into ±max; everything else is kept.
                    let want = (policy == .saturate && x.isInfinite) ? (x < 0 ? -Double.greatestFiniteMagnitude : .greatestFiniteMagnitude) : x
                    #expect(Format.fp64.encode(ExactValue(x), rounding: mode, overflow: policy).code == want.bitPattern)
                    #expect(Format.fp64.encode(BinaryValue(x), rounding: mode, overflow: policy).code == want.bitPattern)
                }
            }
        }
    }

    // MARK: fp64 from decimal text against strtod

    /// Random decimal strings: 1 to 40 significant digits, decimal exponents from -330 to 310, in
    /// scientific, plain and leading-zero forms.
    static func decimalStrings(count: Int) -> [String] {
        var rng = SplitMix64(seed: 0xdec)
        var out = ["0.1", "3.141592653589793238462643383279502884197", "1e-40", "6.5e4",
                   "2.4703282292062327e-324", "2.4703282292062328e-324", "4.9406564584124654e-324", "2.2250738585072011e-308", "2.2250738585072014e-308",
                   "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e310", "1e-330",
                   "9007199254740993", "9007199254740992.5", "123456789012345678901234567890", "0.000001", "5e-324", "1e23",
                   "8.98846567431158e307", "0.30000000000000004", "-0.0", "-2.5e-3"]
        // 2^-1075 (half the smallest subnormal) written out exactly: a tie that goes to 0, and a hair above it.
        let fives = String(BigUInt(5).power(1075))
        let half = "0." + String(repeating: "0", count: 1075 - fives.count) + fives
        out += [half, half + "1", String(half.dropLast()) + "4"]
        for _ in 0..<count {
            let digitCount = Int.random(in: 1...40, using: &rng)
            var digits = String(Int.random(in: 1...9, using: &rng))
            for _ in 1..<digitCount { digits.append(String(Int.random(in: 0...9, using: &rng))) }
            let exponent = Int.random(in: -330...310, using: &rng)
            let sign = rng.next() & 1 == 0 ? "" : "-"
            switch rng.next() % 3 {
            case 0: out.append("\(sign)\(digits.prefix(1)).\(digits.dropFirst())e\(exponent)")
            case 1: out.append("\(sign)\(digits)e\(exponent)")
            default:
                // Plain decimal text with the point inside or before the digits, when short enough.
                let shift = Int.random(in: 0...30, using: &rng)
                if shift < digits.count {
                    let i = digits.index(digits.startIndex, offsetBy: digits.count - shift)
                    out.append("\(sign)\(digits[..<i]).\(digits[i...])")
                } else {
                    out.append("\(sign)0.\(String(repeating: "0", count: shift - digits.count))\(digits)")
                }
            }
        }
        return out.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
    }

    /// A decimal string as an exact fraction of big integers (sign, numerator, denominator), parsed here.
    static func exactFraction(_ text: String) -> (negative: Bool, numerator: BigUInt, denominator: BigUInt) {
        var s = Substring(text), negative = false
        if s.first == "-" { negative = true; s = s.dropFirst() }
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) { exponent = Int(s[s.index(after: e)...])!; s = s[..<e] }
        var digits = String(s)
        if let dot = digits.firstIndex(of: ".") {
            exponent -= digits.distance(from: dot, to: digits.endIndex) - 1
            digits.remove(at: dot)
        }
        let n = BigUInt(digits, radix: 10)!
        if exponent >= 0 { return (negative, n * BigUInt(10).power(exponent), 1) }
        return (negative, n, BigUInt(10).power(-exponent))
    }

    /// A finite Double as an exact fraction of big integers (magnitude only).
    static func exactFraction(_ d: Double) -> (numerator: BigUInt, denominator: BigUInt) {
        let m = abs(d)
        if m == 0 { return (0, 1) }
        let significand = BigUInt(m.significandBitPattern | (m.isNormal ? UInt64(1) << 52 : 0))
        let exponent = (m.isNormal ? Int(m.exponent) : -1022) - 52
        return exponent >= 0 ? (significand << exponent, 1) : (significand, BigUInt(1) << -exponent)
    }

    @Test("fp64 from decimal text equals strtod (Double(String)) for nearest-even; directed modes bracket it")
    func fp64FromDecimalText() throws {
        var failures = 0
        for text in Self.decimalStrings(count: 2_500) {
            let parsed = try ValueParser.parse(text).value
            let hardware = Double(text)!
            let got = Format.fp64.encode(parsed).code
            if got != hardware.bitPattern {
                failures += 1
                if failures <= 10 { Issue.record("fp64 '\(text)': got \(Double(bitPattern: got)) (\(Self.hex(got))), strtod \(hardware) (\(Self.hex(hardware.bitPattern)))") }
                continue
            }
            // Directed modes, decided with exact big-integer comparisons of the text and the Double.
            let x = Self.exactFraction(text)
            let h = Self.exactFraction(hardware)
            let compare: Int // sign of |text| - |hardware|
            if hardware.isInfinite { compare = -1 } else {
                let l = x.numerator * h.denominator, r = h.numerator * x.denominator
                compare = l == r ? 0 : (l < r ? -1 : 1)
            }
            var down = hardware, up = hardware // toward -inf / +inf
            if compare != 0 {
                // |text| above |hardware| means text is above hardware when positive.
                let textAbove = (compare > 0) != x.negative
                if textAbove { up = hardware.nextUp } else { down = hardware.nextDown }
            }
            if x.numerator == 0 { down = x.negative ? -0.0 : 0.0; up = down }
            let wantZero = x.negative ? up : down
            for (mode, want) in [(RoundingMode.towardPositive, up), (.towardNegative, down), (.towardZero, wantZero)] {
                let got = Format.fp64.encode(parsed, rounding: mode).code
                if got != want.bitPattern {
                    failures += 1
                    if failures <= 10 { Issue.record("fp64 '\(text)' \(mode.shortName): got \(Double(bitPattern: got)), want \(want)") }
                }
            }
        }
        #expect(failures == 0)
        // The named cases, spelled out.
        let fives = String(BigUInt(5).power(1075))
        let half = "0." + String(repeating: "0", count: 1075 - fives.count) + fives
        #expect(Format.fp64.encode(try ValueParser.parse(half).value).code == 0) // tie to even: 0
        #expect(Format.fp64.encode(try ValueParser.parse(half + "1").value).code == 1)
        #expect(Format.fp64.encode(try ValueParser.parse("-" + half).value).code == (-0.0).bitPattern)
        #expect(Format.fp64.encode(try ValueParser.parse(half, context: nil).value, rounding: .nearestAway).code == 1)
        #expect(Format.fp64.encode(try ValueParser.parse("2.4703282292062327e-324").value).code == 0)
        #expect(Format.fp64.encode(try ValueParser.parse("2.4703282292062328e-324").value).code == 1)
        #expect(Format.fp64.encode(try ValueParser.parse("4.9406564584124654e-324").value).code == 1)
        #expect(Format.fp64.encode(try ValueParser.parse("0.1").value).code == 0x3fb9_9999_9999_999a)
        #expect(Format.fp64.encode(try ValueParser.parse("1.7976931348623159e308").value).code == 0x7ff0_0000_0000_0000)
    }
}

extension UInt64 {
    /// Hex text for messages.
    var hex: String { "0x" + String(self, radix: 16) }
}
