import Testing
import FormatCore

/// One row of numpy / ml_dtypes `finfo` (ml_dtypes 0.6.0, numpy for fp16/fp32/fp64), as published.
struct FinfoRow: Sendable, CustomTestStringConvertible {
    let name: String
    let bits: Int
    let eps: Double, epsneg: Double, max: Double, min: Double
    let smallestNormal: Double, smallestSubnormal: Double
    let maxexp: Int, minexp: Int
    var testDescription: String { name }
}

/// FormatFacts against ml_dtypes' published finfo numbers, and invariants every format must satisfy.
@Suite struct FactsTests {
    /// The reference table: ml_dtypes 0.6.0 `finfo` (and numpy's for float16/32/64), copied, not derived.
    static let finfo: [FinfoRow] = [
        FinfoRow(name: "bf16", bits: 16, eps: 0.0078125, epsneg: 0.00390625, max: 3.3895313892515355e+38, min: -3.3895313892515355e+38,
                 smallestNormal: 1.1754943508222875e-38, smallestSubnormal: 9.183549615799121e-41, maxexp: 128, minexp: -126),
        FinfoRow(name: "e4m3fn", bits: 8, eps: 0.125, epsneg: 0.0625, max: 448, min: -448,
                 smallestNormal: 0.015625, smallestSubnormal: 0.001953125, maxexp: 9, minexp: -6),
        FinfoRow(name: "e4m3", bits: 8, eps: 0.125, epsneg: 0.0625, max: 240, min: -240,
                 smallestNormal: 0.015625, smallestSubnormal: 0.001953125, maxexp: 8, minexp: -6),
        FinfoRow(name: "e4m3fnuz", bits: 8, eps: 0.125, epsneg: 0.0625, max: 240, min: -240,
                 smallestNormal: 0.0078125, smallestSubnormal: 0.0009765625, maxexp: 8, minexp: -7),
        FinfoRow(name: "e4m3b11fnuz", bits: 8, eps: 0.125, epsneg: 0.0625, max: 30, min: -30,
                 smallestNormal: 0.0009765625, smallestSubnormal: 0.0001220703125, maxexp: 5, minexp: -10),
        FinfoRow(name: "e5m2", bits: 8, eps: 0.25, epsneg: 0.125, max: 57344, min: -57344,
                 smallestNormal: 6.103515625e-05, smallestSubnormal: 1.52587890625e-05, maxexp: 16, minexp: -14),
        FinfoRow(name: "e5m2fnuz", bits: 8, eps: 0.25, epsneg: 0.125, max: 57344, min: -57344,
                 smallestNormal: 3.0517578125e-05, smallestSubnormal: 7.62939453125e-06, maxexp: 16, minexp: -15),
        FinfoRow(name: "e3m4", bits: 8, eps: 0.0625, epsneg: 0.03125, max: 15.5, min: -15.5,
                 smallestNormal: 0.25, smallestSubnormal: 0.015625, maxexp: 4, minexp: -2),
        FinfoRow(name: "e2m3fn", bits: 6, eps: 0.125, epsneg: 0.125, max: 7.5, min: -7.5,
                 smallestNormal: 1.0, smallestSubnormal: 0.125, maxexp: 3, minexp: 0),
        FinfoRow(name: "e3m2fn", bits: 6, eps: 0.25, epsneg: 0.125, max: 28, min: -28,
                 smallestNormal: 0.25, smallestSubnormal: 0.0625, maxexp: 5, minexp: -2),
        FinfoRow(name: "e2m1fn", bits: 4, eps: 0.5, epsneg: 0.5, max: 6, min: -6,
                 smallestNormal: 1.0, smallestSubnormal: 0.5, maxexp: 3, minexp: 0),
        FinfoRow(name: "e8m0fnu", bits: 8, eps: 1.0, epsneg: 0.5, max: 1.7014118346046923e+38, min: 5.877471754111438e-39,
                 smallestNormal: 5.877471754111438e-39, smallestSubnormal: 5.877471754111438e-39, maxexp: 128, minexp: -127),
        // numpy
        FinfoRow(name: "fp16", bits: 16, eps: 0x1p-10, epsneg: 0x1p-11, max: 65504, min: -65504,
                 smallestNormal: 0x1p-14, smallestSubnormal: 0x1p-24, maxexp: 16, minexp: -14),
        FinfoRow(name: "fp32", bits: 32, eps: 0x1p-23, epsneg: 0x1p-24, max: Double(Float.greatestFiniteMagnitude),
                 min: -Double(Float.greatestFiniteMagnitude), smallestNormal: 0x1p-126, smallestSubnormal: 0x1p-149, maxexp: 128, minexp: -126),
        FinfoRow(name: "fp64", bits: 64, eps: 0x1p-52, epsneg: 0x1p-53, max: .greatestFiniteMagnitude, min: -.greatestFiniteMagnitude,
                 smallestNormal: 0x1p-1022, smallestSubnormal: 0x1p-1074, maxexp: 1024, minexp: -1022),
    ]

    /// Formats where ml_dtypes' epsneg (1 - nextDown(1)) differs from FormatFacts' 2^-(m+1): 1 is their
    /// smallest normal, so the gap below 1 is the subnormal step, not half the gap above. Pending a decision.

    @Test("FormatFacts agree with ml_dtypes / numpy finfo", arguments: finfo)
    func matchesFinfo(row: FinfoRow) throws {
        let format = try Format.named(row.name)
        let facts = FormatFacts(format)
        #expect(format.bitWidth == row.bits)
        #expect(facts.epsilon == ExactValue(row.eps), "eps")
        #expect(facts.epsilonBelow == ExactValue(row.epsneg), "epsneg")
        #expect(facts.maxFinite == ExactValue(row.max), "max")
        #expect(facts.minFinite == ExactValue(row.min), "min")
        #expect(facts.smallestNormal == ExactValue(row.smallestNormal), "smallest_normal")
        #expect(facts.smallestPositive == ExactValue(row.smallestSubnormal), "smallest_subnormal")
        #expect(facts.maxExponentNumpy == row.maxexp, "maxexp")
        #expect(facts.minExponentNumpy == row.minexp, "minexp")
    }

    @Test("every ml_dtypes format of the vectors has a finfo row")
    func tableCoversVectors() {
        let names = Set(Self.finfo.map(\.name))
        for name in VectorFiles.formatNames { #expect(names.contains(name), "\(name) has no finfo row") }
    }

    @Test("facts of integers and codebooks")
    func nonFloatFacts() {
        let int8 = FormatFacts(.int(8)), uint4 = FormatFacts(.uint(4)), int32 = FormatFacts(.int(32))
        #expect(int8.maxFinite == ExactValue(127.0) && int8.minFinite == ExactValue(-128.0) && int8.finiteCount == 256)
        #expect(uint4.maxFinite == ExactValue(15.0) && uint4.minFinite == ExactValue(0.0) && uint4.finiteCount == 16)
        #expect(int32.maxFinite == ExactValue(2147483647.0) && int32.minFinite == ExactValue(-2147483648.0))
        #expect(int8.epsilon == nil && int8.smallestNormal == nil && int8.smallestPositive == ExactValue(1.0) && int8.nanCount == 0)
        let nf4 = FormatFacts(.nf4)
        #expect(nf4.maxFinite == ExactValue(1.0) && nf4.minFinite == ExactValue(-1.0) && nf4.finiteCount == 16)
        #expect(nf4.smallestPositive == ExactValue(Double(Float(0.07958029955625534))))
        let bnb = FormatFacts(.bnbFP4)
        #expect(bnb.maxFinite == ExactValue(1.0) && bnb.minFinite == ExactValue(-1.0))
        #expect(bnb.smallestPositive == ExactValue(Double(Float(0.0625) / 12)))
    }

    // MARK: Invariants of every format in the catalog

    static let catalogNames = Format.catalog.map(\.name)

    /// Every code of a format of at most 16 bits, decoded.
    static func allDecoded(_ format: Format) -> [DecodedValue] {
        (0..<format.codeCount!).map { format.decode($0) }
    }

    @Test("finite + NaN + infinity codes = 2^bits", arguments: catalogNames)
    func codeCounts(name: String) throws {
        let format = try Format.named(name)
        let facts = FormatFacts(format)
        let infinities: UInt64 = format.floatSemantics?.hasInfinity == true ? 2 : 0
        // 2^64 wraps to 0 for fp64, so compare modulo 2^64.
        #expect(facts.finiteCount &+ facts.nanCount &+ infinities == (format.codeCount ?? 0))
        if format.bitWidth <= 16 {
            let decoded = Self.allDecoded(format)
            #expect(UInt64(decoded.filter(\.isFinite).count) == facts.finiteCount)
            #expect(UInt64(decoded.filter { $0.category == .nan }.count) == facts.nanCount)
            #expect(UInt64(decoded.filter { $0.category == .infinity }.count) == infinities)
        }
        if let s = format.floatSemantics {
            #expect(s.bitWidth == (s.isSigned ? 1 : 0) + s.exponentBits + s.mantissaBits)
            #expect(s.hasNaN == (s.nonFinite != .finiteOnly))
            #expect((s.nanEncoding == .ieee) == (s.nonFinite == .ieee754))
        }
    }

    @Test("the largest finite value: normal, and nothing finite above it", arguments: catalogNames)
    func maxFinite(name: String) throws {
        let format = try Format.named(name)
        let facts = FormatFacts(format)
        var maxCode: UInt64
        switch format.kind {
        case .float(let s):
            maxCode = s.maxFiniteMagnitudeCode
            let decoded = format.decode(maxCode)
            #expect(decoded.category == .normal)
            #expect(decoded.exact == facts.maxFinite)
            if let up = format.nextUp(maxCode) {
                #expect(format.decode(up).category == .infinity, "\(name): nextUp(max) = \(format.hexCode(up))")
            } else {
                #expect(!s.hasInfinity)
            }
            if s.isSigned {
                let negative = maxCode | s.signMask
                #expect(format.decode(negative).exact == facts.maxFinite.negated)
                if let down = format.nextDown(negative) { #expect(format.decode(down).category == .infinity) }
            }
        case .integer(let s):
            maxCode = s.code(of: s.maxValue)
            #expect(format.nextUp(maxCode) == nil)
            #expect(format.decode(maxCode).exact == facts.maxFinite)
        case .codebook(let c):
            maxCode = UInt64(c.codesByValue.last!)
            #expect(format.nextUp(maxCode) == nil)
            #expect(format.decode(maxCode).exact == facts.maxFinite)
        }
        if format.bitWidth <= 16 {
            // Nothing finite is larger, and the smallest positive, smallest normal and the ends agree
            // with an enumeration of every code (all values of these formats are Doubles).
            let decoded = Self.allDecoded(format).filter(\.isFinite)
            let values = decoded.map { IndependentReference.double(of: $0.value)! }
            #expect(ExactValue(values.max()!) == facts.maxFinite)
            #expect(ExactValue(values.min()!) == facts.minFinite || (values.min()! == 0 && facts.minFinite.isZero))
            #expect(ExactValue(values.filter { $0 > 0 }.min()!) == facts.smallestPositive)
            if format.floatSemantics != nil {
                let normals = zip(decoded, values).filter { $0.0.category == .normal && $0.1 > 0 }.map(\.1)
                #expect(ExactValue(normals.min()!) == facts.smallestNormal)
            }
        }
    }

    @Test("eps and epsneg are the gaps above and below 1", arguments: catalogNames.filter { (try? Format.named($0))?.floatSemantics != nil })
    func epsilonGaps(name: String) throws {
        let format = try Format.named(name)
        let facts = FormatFacts(format)
        guard case .float(let s) = format.kind else { return }
        let oneCode = UInt64(s.bias) << UInt64(s.mantissaBits) // exponent field = bias, mantissa 0
        #expect(format.decode(oneCode).exact == ExactValue(1.0))
        let above = format.decode(format.nextUp(oneCode)!).exact.finiteMagnitude!
        let below = format.decode(format.nextDown(oneCode)!).exact.finiteMagnitude!
        #expect(facts.epsilon == ExactValue.finite(Rational.distance(above, .one)))
        #expect(facts.epsilonBelow == ExactValue.finite(Rational.distance(.one, below)))
    }

    @Test("bias: 2^(e-1) - 1 for IEEE-style and OCP formats, 2^(e-1) for FNUZ (11 for e4m3b11fnuz)")
    func biases() {
        for format in Format.catalog {
            guard let s = format.floatSemantics else { continue }
            let ieee = (1 << (s.exponentBits - 1)) - 1
            switch (format.name, s.nanEncoding) {
            case ("e4m3b11fnuz", _): #expect(s.bias == 11)
            case (_, .negativeZero): #expect(s.bias == ieee + 1, "\(format.name)")
            default: #expect(s.bias == ieee, "\(format.name)")
            }
        }
    }

    @Test("nextUp and nextDown step to the neighbouring value and undo each other", arguments: catalogNames.filter {
        (try? Format.named($0)).map { $0.bitWidth <= 16 } ?? false
    })
    func neighbours(name: String) throws {
        let format = try Format.named(name)
        let decoded = Self.allDecoded(format)
        // Every value of these formats is a Double; distinct finite values in order (±0 count once).
        func double(_ code: UInt64) -> Double? { IndependentReference.double(of: format.decode(code).value) }
        let values = Set(decoded.compactMap { IndependentReference.double(of: $0.value) }).sorted()
        var failures = 0
        func check(_ ok: Bool, _ d: DecodedValue, _ what: String) {
            if ok { return }
            failures += 1
            if failures <= 5 { Issue.record("\(name) \(format.hexCode(d.code)): \(what)") }
        }
        for d in decoded where d.isFinite {
            let v = IndependentReference.double(of: d.value)!
            let i = IndependentReference.lowerBound(values, v)
            let up = format.nextUp(d.code), down = format.nextDown(d.code)
            // nextUp is the next larger value (or infinity / nil at the top); nextDown likewise.
            if i + 1 < values.count {
                check(up.flatMap(double) == values[i + 1], d, "nextUp \(up.map(format.hexCode) ?? "nil"), want \(values[i + 1])")
            } else {
                check(up.map { format.decode($0).category == .infinity } ?? true, d, "nextUp of the largest value")
            }
            if i > 0 {
                check(down.flatMap(double) == values[i - 1], d, "nextDown \(down.map(format.hexCode) ?? "nil"), want \(values[i - 1])")
            } else {
                check(down.map { format.decode($0).category == .infinity } ?? true, d, "nextDown of the smallest value")
            }
            // Round trips, except at the ends; zeros compare by value (nextUp(nextDown(+0)) is -0 where -0 exists).
            if i + 1 < values.count, let up {
                let back = format.nextDown(up)
                check(back.flatMap(double) == v && (v == 0 || back == d.code), d, "nextDown(nextUp) = \(back.map(format.hexCode) ?? "nil")")
            }
            if i > 0, let down {
                let back = format.nextUp(down)
                check(back.flatMap(double) == v && (v == 0 || back == d.code), d, "nextUp(nextDown) = \(back.map(format.hexCode) ?? "nil")")
            }
        }
        #expect(failures == 0)
        // NaN has no neighbours.
        for d in decoded where d.category == .nan {
            #expect(format.nextUp(d.code) == nil && format.nextDown(d.code) == nil)
        }
    }

    @Test("decode then encode gives the code back (exact and binary paths)", arguments: catalogNames)
    func roundTrip(name: String) throws {
        let format = try Format.named(name)
        var codes: [UInt64]
        if format.bitWidth <= 16 {
            codes = Array(0..<format.codeCount!)
        } else {
            var rng = SplitMix64(seed: UInt64(format.bitWidth))
            codes = (0..<3_000).map { _ in rng.next() & format.codeMask }
            codes += [0, 1, format.codeMask, format.codeMask >> 1, (format.codeMask >> 1) + 1]
        }
        var failures = 0
        for code in codes {
            let decoded = format.decode(code)
            let exact = format.encode(decoded.exact), binary = format.encode(decoded.value)
            let ok: Bool
            switch decoded.category {
            case .nan:
                ok = format.decode(exact.code).category == .nan && format.decode(binary.code).category == .nan
            default:
                ok = exact.code == code && binary.code == code && !exact.status.contains(.inexact) && !binary.status.contains(.inexact)
            }
            if !ok {
                failures += 1
                if failures < 5 { Issue.record("\(name) \(format.hexCode(code)): exact \(format.hexCode(exact.code)) \(exact.status), binary \(format.hexCode(binary.code)) \(binary.status)") }
            }
        }
        #expect(failures == 0)
    }

    @Test("names and aliases resolve to their format and are unique")
    func names() throws {
        var seen: [String: String] = [:]
        for format in Format.catalog {
            for spelling in [format.name] + format.aliases {
                #expect(try Format.named(spelling) == format)
                #expect(try Format.named(spelling.uppercased()) == format)
                let key = spelling.lowercased().filter { !"-_ .".contains($0) }
                // (A format may list two spellings that normalise alike; two formats may not share one.)
                #expect(seen[key] == nil || seen[key] == format.name, "'\(spelling)' of \(format.name) is also a name of \(seen[key] ?? "")")
                seen[key] = format.name
            }
        }
        #expect(try Format.named("int5") == .int(5))
        #expect(try Format.named("UINT_32") == .uint(32))
        #expect(throws: FormatLookupError.self) { try Format.named("int33") }
        #expect(throws: FormatLookupError.self) { try Format.named("int1") }
    }
}
