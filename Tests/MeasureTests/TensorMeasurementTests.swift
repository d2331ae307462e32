import Foundation
import FormatCore
import Measure
import Sweep
import Testing

/// Values in memory handed out in pieces of varying length (1 to `step`, by a fixed pattern), as a
/// file read in odd windows would.
final class ArrayValues: TensorValueReader {
    let values: [UInt32]
    let step: Int
    private var position = 0, turn = 0
    init(_ values: [Float], step: Int = 7_777) {
        self.values = values.map(\.bitPattern)
        self.step = step
    }
    func read(into buffer: UnsafeMutablePointer<UInt32>, maximum: Int) throws -> Int {
        turn += 1
        let n = min(maximum, values.count - position, 1 + (turn * 40_503) % step)
        values.withUnsafeBufferPointer { (buffer).update(from: $0.baseAddress! + position, count: n) }
        position += n
        return n
    }
}

/// A deterministic heavy-tailed sample: normal-ish values with a few outliers, zeros and tiny values.
func sampleTensor(_ count: Int, seed: UInt64, special: Bool = false) -> [Float] {
    var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    func next() -> Double {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return Double(state >> 11) / Double(1 << 53)
    }
    return (0..<count).map { k in
        if special && k == count / 3 { return .infinity }
        if k % 997 == 5 { return 0 }
        if k % 1499 == 7 { return Float(next() - 0.5) * 40 }
        if k % 2003 == 11 { return 1e-30 }
        let u = next(), v = next()
        return Float((-2 * _log(max(u, 1e-300))).squareRoot() * _cos(2 * .pi * v)) * 0.02
    }
}

@_silgen_name("log") private func _log(_ x: Double) -> Double
@_silgen_name("cos") private func _cos(_ x: Double) -> Double

@Suite("TensorMeasurement")
struct TensorMeasurementTests {
    /// The figures the definition gives: the whole tensor through the format in one call, then each pair in order.
    static func reference(_ name: String, _ x: [Float], rowLength: Int) throws -> ErrorFigures {
        var y = x
        let amax = x.reduce(Float(0)) { $1.isFinite ? max($0, abs($1)) : $0 }
        let spec = name.replacingOccurrences(of: ":row", with: ":row=\(rowLength)")
        if let f = try? Format.named(spec) {
            let t = ScalarRoundTrip(f)
            var bits = x.map(\.bitPattern), out = bits
            t.roundTrip(&bits, &out, count: x.count, firstElement: 0, tensorAmax: amax)
            y = out.map(Float.init(bitPattern:))
        } else {
            let codec = try BlockCodecRegistry.codec(spec)
            if let f = codec as? BlockFormat {
                f.roundTrip(x, &y, count: x.count, tensorAmax: amax)
            } else {
                codec.roundTrip(x, &y, count: x.count, tensorAmax: amax)
            }
        }
        var figures = ErrorFigures()
        ErrorFigures.accumulateByDefinition(x, y, count: x.count, into: &figures)
        return figures
    }

    @Test("a tensor read in odd windows gives, for every kind of format, exactly the figures of the whole tensor in one call",
          arguments: [(200_000, 1000), (131_072, 4096), (70_000, 70_000), (300, 300)])
    func piecesEqualWhole(count: Int, rowLength: Int) throws {
        let x = sampleTensor(count, seed: UInt64(count))
        let names = ["fp16", "bf16", "e4m3fn", "e4m3fn:tensor", "nf4:tensor", "int8:row", "int4:row+dq", "nf4:64", "nf4:64+dq", "nf4:100+dq",
                     "mxfp4", "nvfp4", "int4-asym:128", "q8_0", "q4_k", "q6_k"]
        let candidates = try names.map { try ModelCandidate.parse($0) }
        let m = try TensorMeasurement.measure(count: count, rowLength: rowLength, candidates: candidates, open: { ArrayValues(x) })
        for (name, outcome) in zip(names, m.outcomes) {
            let blocks = name.hasPrefix("q") ? (name == "q8_0" ? 32 : 256) : 1
            if name.hasSuffix(":row+dq"), rowLength * 256 > TensorTarget.maximumAlignment {
                #expect(outcome.figures == nil, "\(name) on rows of \(rowLength): pieces too long")
                continue
            }
            if rowLength % blocks != 0 {
                #expect(outcome.figures == nil, "\(name) on rows of \(rowLength)")
                continue
            }
            let f = try #require(outcome.figures, "\(name): \(outcome)")
            #expect(f.difference(from: try Self.reference(name, x, rowLength: rowLength), pairs: count) == nil, "\(name), \(count) values, rows of \(rowLength)")
        }
    }

    @Test("a tensor holding an infinity: per-tensor formats give all NaN as the whole call does; dq offsets skip the NaN block")
    func nonFinite() throws {
        let x = sampleTensor(50_000, seed: 3, special: true)
        let names = ["e4m3fn:tensor", "nf4:64+dq", "nvfp4", "fp16"]
        let m = try TensorMeasurement.measure(count: x.count, rowLength: 500, candidates: try names.map { try ModelCandidate.parse($0) },
                                              open: { ArrayValues(x, step: 3_001) })
        for (name, outcome) in zip(names, m.outcomes) {
            #expect(outcome.figures?.difference(from: try Self.reference(name, x, rowLength: 500), pairs: x.count) == nil, "\(name)")
        }
        #expect(m.outcomes[0].figures?.overflows == x.count - 1)
        #expect(m.statistics.infinityCount == 1)
    }

    @Test("the eight-lane accumulation equals the definition in every count and maximum, its sums within the order-of-addition bound, and the check catches a wrong sum")
    func lanesAgainstDefinition() {
        var state: UInt32 = 77
        func next() -> UInt32 { state = state &* 1_664_525 &+ 1_013_904_223; return state }
        for trial in 0..<200 {
            let n = Int(next() % 300)
            let x: [Float] = (0..<n).map { k in
                switch next() % 50 {
                case 0: return .nan
                case 1: return -.infinity
                case 2: return 0
                default: return Float(Int32(bitPattern: next() >> 8)) * 0x1p-20 * (trial % 2 == 0 ? 1 : 1e-30)
                }
            }
            let y: [Float] = x.map { v in
                switch next() % 40 {
                case 0: return .infinity
                case 1: return v
                default: return v.isFinite ? v * (1 + Float(Int32(bitPattern: next()) >> 20) * 0x1p-12) : v
                }
            }
            var fast = ErrorFigures(), plain = ErrorFigures()
            ErrorFigures.accumulate(x, y, count: n, into: &fast)
            ErrorFigures.accumulateByDefinition(x, y, count: n, into: &plain)
            #expect(fast.difference(from: plain, pairs: n) == nil, "trial \(trial)")
            #expect(fast.pairs == plain.pairs && fast.exact == plain.exact && fast.maxAbsoluteError == plain.maxAbsoluteError)
            if plain.sumSquaredError > 0 {
                var wrong = fast
                wrong.sumSquaredError *= 1 + 0x1p-20
                #expect(wrong.difference(from: plain, pairs: n) != nil)
            }
        }
    }

    @Test("statistics pass 1 in lanes equals the value-by-value definition exactly, on values of every kind in pieces of every length")
    func firstPassLanes() {
        var state: UInt32 = 4242
        func next() -> UInt32 { state = state &* 1_664_525 &+ 1_013_904_223; return state }
        for trial in 0..<60 {
            let n = Int(next() % 5000)
            let x: [UInt32] = (0..<n).map { _ in
                switch next() % (trial % 3 == 0 ? 4 : 200) {
                case 0: return 0
                case 1: return next() & 0x807F_FFFF            // subnormal
                case 2: return 0x7F80_0000 | (next() & 0x8000_0001) // infinity or NaN
                default: return (next() & 0x8000_0000) | (0x3000_0000 + next() % 0x1F00_0000)
                }
            }
            var fast = TensorStatisticsPass(), plain = TensorStatisticsPass()
            var start = 0
            x.withUnsafeBufferPointer { b in
                while start < n {
                    let m = min(n - start, 1 + Int(next() % 700))
                    fast.first(b.baseAddress! + start, count: m)
                    plain.firstByDefinition(b.baseAddress! + start, count: m)
                    start += m
                }
            }
            fast.finishFirst()
            plain.finishFirst()
            #expect(fast.statistics == plain.statistics, "trial \(trial)")
        }
    }

    @Test("statistics: counts, moments, kurtosis, outliers and fp16/bf16 overflow and underflow of a small known tensor")
    func statistics() throws {
        var x: [Float] = [1, 2, 3, 4, 0, -0.0, .nan, 70_000, 65_519.996, 65_520, 0x1p-25, 0x1p-24, 0x1.000002p-25, 0x1p-134, 0x1p-133, 3e38]
        x += Array(repeating: 1, count: 200)
        let m = try TensorMeasurement.measure(count: x.count, rowLength: x.count, candidates: [], open: { ArrayValues(x, step: 5) })
        let s = m.statistics
        #expect(s.count == 216 && s.nanCount == 1 && s.infinityCount == 0 && s.zeroCount == 2)
        #expect(s.finiteAmax == 3e38)
        #expect(s.fp16Overflow == 3)            // 70000, 65520, 3e38; 65519.996 rounds to 65504
        #expect(s.fp16Underflow == 3)           // 2^-25 (a tie, to even: 0), 2^-134, 2^-133; not 2^-24 nor just above 2^-25
        #expect(s.bf16Overflow == 0)
        #expect(s.bf16Underflow == 1)           // 2^-134 only
        #expect(s.smallestExponent == -134 && s.largestExponent == 127)
        #expect(s.beyondSixSigma == 1)          // 3e38 alone
        #expect(s.binades[0 + 149] == 201 && s.binades[1 + 149] == 2 && s.binades[-134 + 149] == 1 && s.binades.reduce(0, +) == 213)
        #expect(OverflowThresholds.fp16.overflowBits == Float(65520).bitPattern)
        #expect(OverflowThresholds.fp16.underflowBits == Float(0x1p-25).bitPattern)
        #expect(OverflowThresholds.bf16.underflowBits == Float(0x1p-134).bitPattern)
        #expect(OverflowThresholds(.fp32).overflowBits == nil && OverflowThresholds(.fp32).underflowBits == nil)

        let y: [Float] = [1, 2, 3, 4]
        let k = try TensorMeasurement.measure(count: 4, rowLength: 4, candidates: [], open: { ArrayValues(y, step: 1) }).statistics
        #expect(k.mean == 2.5 && k.standardDeviation == 1.25.squareRoot() && k.kurtosis == 2.5625 / 1.5625)
        #expect(k.rms == 7.5.squareRoot())
    }

    @Test("error figures: SQNR, relative RMSE and cosine follow from the sums; overflows and non-finite inputs are counted apart")
    func figures() {
        var f = ErrorFigures()
        f.add(3, 4); f.add(4, 3); f.add(.nan, 1); f.add(1, .infinity)
        #expect(f.pairs == 2 && f.nonFiniteInputs == 1 && f.overflows == 1)
        #expect(f.sumSquaredError == 2 && f.sumSquaredInput == 25 && f.sumProduct == 24)
        #expect(f.relativeRMSE == (2.0 / 25).squareRoot())
        #expect(f.cosine == 24.0 / 25)
        #expect(abs(f.sqnr! - 10 * (25.0 / 2).log10Approx) < 1e-12)
        var z = ErrorFigures()
        z.add(2, 2)
        #expect(z.sqnr == .infinity && z.exact == 1)
        #expect(ErrorFigures().sqnr == nil)
    }

    @Test("candidates: defaults parse, ELEMENT:row takes each tensor's rows, GGUF types need whole blocks per row, bad names say why")
    func candidates() throws {
        #expect(ModelCandidate.defaults.map(\.name) == ModelCandidate.defaultNames)
        let row = try ModelCandidate.parse("int8:row")
        guard case .scaled(let f) = row.target(rowLength: 4096, count: 8192) else { Issue.record("int8:row"); return }
        #expect(f.name == "int8:row=4096")
        guard case .notApplicable(let why) = try ModelCandidate.parse("q4_k").target(rowLength: 896, count: 896 * 2) else {
            Issue.record("q4_k on rows of 896"); return
        }
        #expect(why.description.contains("896"))
        do { _ = try ModelCandidate.parse("q9_k"); Issue.record("accepted q9_k") } catch { #expect(error.description.contains("unknown format 'q9_k'")) }
        do { _ = try ModelCandidate.parse("int4-asym:tensor"); Issue.record("accepted int4-asym:tensor") } catch {
            #expect(error.description.contains("minimum and maximum"))
        }
        // A partial block is stored whole, as the codec writes it: 32 bytes of codes and a float32 absmax.
        #expect(try ModelCandidate.parse("nf4:64").target(rowLength: 7, count: 7).bytes(count: 7) == 32 + 4)
    }
}

extension Double {
    /// log10 through the exponent and a series-free identity good to the last bits for the test's ratio.
    fileprivate var log10Approx: Double { Decibels.of(self) / 10 }
}
