import FormatCore
import Sweep
import Testing
@testable import Lab

/// Accumulation: sums of ones worked out by hand, pairwise against its recursive definition, and
/// the exact result against an independent sum.
@Suite struct AccumulationTests {
    func ones(_ maxLog2: Int) -> Accumulation {
        var a = Accumulation()
        a.constant = 1
        a.maxLog2 = maxLog2
        return a
    }

    @Test("4096 ones in fp16: the same-format sum sticks at 2048 (2049 ties to even), fp32, pairwise and Kahan give 4096")
    func onesFP16() throws {
        for kind in AccumulationKind.allCases {
            let series = try ones(12).run(.fp16, kind: kind)
            let byMethod = Dictionary(uniqueKeysWithValues: series.map { ($0.method, $0) })
            #expect(byMethod[.sameFormat]!.results == [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 2048])
            for method in [AccumulationMethod.fp32Accumulator, .pairwise, .kahan] {
                #expect(byMethod[method]!.results == (0...12).map { Double(1 << $0) }, "\(method) \(kind)")
            }
            #expect(byMethod[.sameFormat]!.exact.last == Dyadic(4096)!)
            #expect(byMethod[.sameFormat]!.error(at: 12) == Dyadic(-2048)!)
        }
    }

    @Test("bf16 ones stop at 256 in the same format")
    func onesBF16() throws {
        let same = try #require(try ones(10).run(.bf16, kind: .sum).first { $0.method == .sameFormat })
        #expect(same.results.last == 256)
    }

    @Test("uniform values: incremental pairwise equals the recursive definition; the exact sum equals an independent one")
    func pairwiseAndExact() throws {
        var acc = Accumulation()
        acc.maxLog2 = 9
        acc.seed = 11
        for format in [Format.fp16, .bf16, .e4m3fn] {
            let f = try FormatArithmetic(format)
            let a = try acc.inputs(f, stream: 0)
            let series = try acc.run(format, kind: .sum)
            let pairwise = try #require(series.first { $0.method == .pairwise })
            for (i, n) in pairwise.counts.enumerated() {
                #expect(pairwise.results[i] == Accumulation.pairwise(a[0..<n], in: f), "\(format.name) N=\(n)")
                // Independent exact sum: every input is a multiple of 2^-30 below 2, so Int64 fixed point holds it.
                let fixed = a[0..<n].reduce(Int64(0)) { $0 + Int64($1 * 0x1p30) }
                #expect(pairwise.exact[i] == Dyadic(Double(fixed))! * Dyadic(0x1p-30)!)
            }
        }
    }

    @Test("dot products: the fp32 accumulator of fp16 products stays within 2^-20 relative; deterministic for a seed")
    func dot() throws {
        var acc = Accumulation()
        acc.maxLog2 = 10
        acc.values = .normal(mean: 0, sigma: 1)
        let first = try acc.run(.fp16, kind: .dot)
        #expect(first == (try acc.run(.fp16, kind: .dot)))
        let wide = try #require(first.first { $0.method == .fp32Accumulator })
        let i = wide.counts.count - 1
        let error = wide.error(at: i)!.magnitude.nearestDouble
        #expect(error <= 0x1p-20 * 1024 * 16, "error \(error)")
        acc.seed = 1
        #expect(first != (try acc.run(.fp16, kind: .dot)))
    }

    @Test("inputs that overflow the format and N beyond the limit are refused")
    func refused() {
        var acc = Accumulation()
        acc.values = .uniform(lower: 1000, upper: 2000)
        #expect(throws: LabError.self) { try acc.run(.e4m3fn, kind: .sum) }
        acc = Accumulation()
        acc.maxLog2 = 21
        #expect(throws: LabError.self) { try acc.run(.fp16, kind: .sum) }
    }
}
