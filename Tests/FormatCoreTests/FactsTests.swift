import Foundation
import Testing
import FormatCore

/// One row of numpy / ml_dtypes `finfo` (Tests/Vectors/finfo/finfo.csv, written by make_finfo.py
/// beside it with ml_dtypes 0.7.0 and numpy; the tests only read it).
struct FinfoRow: Sendable, CustomTestStringConvertible {
    let name: String
    let bits: Int
    let eps: Double, epsneg: Double, max: Double, min: Double
    let smallestNormal: Double, smallestSubnormal: Double
    let maxexp: Int, minexp: Int
    let precision: Int
    var testDescription: String { name }
}

/// FormatFacts against ml_dtypes' finfo numbers, and invariants every format must satisfy.
@Suite struct FactsTests {
    /// The reference table, read from the checked-in CSV.
    static let finfo: [FinfoRow] = {
        let url = VectorFiles.ownDirectory.appendingPathComponent("finfo/finfo.csv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst().map { line in
            let f = line.split(separator: ",").map(String.init)
            return FinfoRow(name: f[0], bits: Int(f[1])!, eps: Double(f[2])!, epsneg: Double(f[3])!, max: Double(f[4])!,
                            min: Double(f[5])!, smallestNormal: Double(f[6])!, smallestSubnormal: Double(f[7])!,
                            maxexp: Int(f[8])!, minexp: Int(f[9])!, precision: Int(f[10])!)
        }
    }()

    @Test("the finfo table was read")
    func tableRead() { #expect(Self.finfo.count == 16) }

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
        #expect(facts.numpyPrecision == row.precision, "precision")
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
