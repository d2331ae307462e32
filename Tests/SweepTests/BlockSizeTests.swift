import Foundation
import Testing
@testable import FormatCore
@testable import Sweep

/// Block sizes that are not a multiple of 16, tiny blocks, and rows: every value counted once, figures
/// that do not depend on the thread count, and an independent reference for int4 SQNR.
@Suite struct BlockSizeTests {
    static func normal(_ count: UInt64, seed: UInt64 = 1) -> [UInt32] {
        SweepEngine(threads: 1).materialize(.samples(.normal(mean: 0, sigma: 1), count: count, seed: seed))
    }

    /// The definition's figures for the values of `inputs`, round-tripped in the engine's chunks.
    static func definition(_ inputs: [UInt32], _ target: BlockRoundTrip) -> SweepStatistics {
        let chunk = SweepEngine.chunkLength(alignment: target.traits.alignment)
        var y = [UInt32](repeating: 0, count: inputs.count)
        var s = SweepStatistics()
        inputs.withUnsafeBufferPointer { x in y.withUnsafeMutableBufferPointer { y in
            for start in stride(from: 0, to: x.count, by: chunk) {
                let n = min(chunk, x.count - start)
                target.roundTrip(x.baseAddress! + start, y.baseAddress! + start, count: n, firstElement: 0, tensorAmax: 0)
                SweepDefinition(target.traits).accumulate(x: x.baseAddress! + start, y: y.baseAddress! + start, count: n, into: &s)
            }
        }}
        return s
    }

    @Test("block sizes that are not a multiple of 16 count every value once, and agree with the definition",
          arguments: ["nf4:17", "nf4:40", "int4:24", "e2m1fn:20", "int8:row=1000", "nf4:1", "int8:100", "nf4:4097"])
    func oddBlockSizes(spec: String) throws {
        let target = BlockRoundTrip(try BlockFormat.parse(spec))
        for count: UInt64 in [1_024, 70_001] {
            let inputs = Self.normal(count)
            let got = SweepEngine(threads: 2).run(.values(inputs), through: target).statistics
            #expect(got.elements == count, "\(spec) values")
            #expect(got.finitePairs == count, "\(spec) on \(count): \(got.finitePairs) finite pairs")
            SweepTests.compare(got, Self.definition(inputs, target), "\(spec) on \(count)")
        }
    }

    @Test("int4:24 SQNR equals an independent reference (absmax scale amax/7, round half to even, float64)")
    func int4SQNR() throws {
        let inputs = Self.normal(65_536).map { Double(Float(bitPattern: $0)) }
        var signal = 0.0, noise = 0.0
        for start in stride(from: 0, to: inputs.count, by: 24) {
            let block = inputs[start..<min(start + 24, inputs.count)]
            let amax = block.map(\.magnitude).max()!
            for x in block {
                let y = amax == 0 ? 0 : (x / amax * 7).rounded(.toNearestOrEven) * amax / 7
                signal += x * x
                noise += (y - x) * (y - x)
            }
        }
        let want = 10 * log10(signal / noise)
        let got = SweepEngine(threads: 2).run(.samples(.normal(mean: 0, sigma: 1), count: 65_536, seed: 1),
                                              through: BlockRoundTrip(try BlockFormat.parse("int4:24"))).statistics.sqnr
        #expect(abs(got - want) < 0.001, "int4:24 SQNR \(got), reference \(want)")
    }

    @Test("one-element blocks on a million values: every pair counted, no counter overflow")
    func oneElementBlocks() throws {
        let inputs = Self.normal(1 << 20, seed: 4)
        let result = SweepEngine(threads: 2).run(.values(inputs), through: BlockRoundTrip(try BlockFormat.parse("nf4:1")))
        #expect(result.statistics.finitePairs == 1 << 20)
        // A block of one is its own absmax: ±1 × |x| gives x back.
        #expect(result.statistics.exact == 1 << 20)
    }

    @Test("int8:100 over a code range gives the same figures with 1, 2 and 5 threads")
    func threadCounts() throws {
        let target = BlockRoundTrip(try BlockFormat.parse("int8:100"))
        let source = SweepSource.codeRange(.fp32, lower: 0x3f00_0000, upper: 0x3f00_0000 + 3_000_000)
        let one = SweepEngine(threads: 1).run(source, through: target).statistics
        for threads in [2, 5] {
            #expect(SweepEngine(threads: threads).run(source, through: target).statistics == one, "\(threads) threads")
        }
        #expect(one.finitePairs == 3_000_001)
    }
}

/// A sweep run in consecutive slices (the app's way of showing figures as it goes) equals one run.
@Suite struct SlicedSweepTests {
    @Test("consecutive slices at group boundaries give exactly the figures of one sweep", arguments: ["bf16", "int8:100"])
    func slices(name: String) throws {
        let target: any RoundTripper = name.contains(":") ? BlockRoundTrip(try BlockFormat.parse(name)) : ScalarRoundTrip(try Format.named(name))
        let group = SweepEngine.groupLength(for: target)
        let source = SweepSource.samples(.laplace(location: 0, scale: 1), count: 2 * group + 12_345, seed: 8)
        let engine = SweepEngine(threads: 2)
        let whole = engine.run(source, through: target).statistics
        var sliced = SweepStatistics()
        for lower in stride(from: 0, to: source.count, by: Int(group)) {
            sliced = engine.run(source, elements: lower..<min(lower + group, source.count), continuing: sliced, through: target).statistics
        }
        #expect(sliced == whole)
    }
}
