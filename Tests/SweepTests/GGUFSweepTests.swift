import Testing
@testable import FormatCore
@testable import Sweep

/// The GGUF types as sweep targets: verify mode on randomised sources (NaN, infinities, subnormals,
/// huge values) in whole blocks, 1 and 2 threads; and the zero-padded tail of a whole-block codec.
@Suite struct GGUFSweepTests {
    @Test("verify mode finds no difference for every GGUF type on randomised sources")
    func verifyMode() throws {
        let base = VerifyModeTests.baseSeed
        for case_ in 0..<24 {
            var r = VerifyModeTests.Random(state: base &+ UInt64(case_) &* 7919)
            let codec = GGUFCodecs.all[case_ % GGUFCodecs.all.count]
            let n = codec.layout.valuesPerBlock
            let count = n * (1 + r.below(r.chance(0.2) ? 300 : 40))
            let threads = 1 + r.below(2)
            let source = SweepSource.values(VerifyModeTests.inputs(&r, count: count))
            let result = SweepEngine(threads: threads, verify: true).run(source, through: BlockRoundTrip(codec))
            #expect(result.mismatch == nil, "case \(case_) of FLOATSCOPE_VERIFY_SEED=\(base): \(codec.name), \(count) values, \(threads) thread(s)")
            #expect(!result.partial && result.statistics.elements == UInt64(count))
        }
    }

    @Test("a partial last block of a whole-block codec is quantised as if padded with zeros")
    func paddedTail() throws {
        let codec = try BlockCodecRegistry.codec("q4_k")
        let x = (0..<300).map { Float($0 % 17) * 0.01 - 0.08 }
        var padded = x + [Float](repeating: 0, count: 212)
        padded.withUnsafeMutableBufferPointer { codec.roundTrip($0.baseAddress!, $0.baseAddress!, count: 512, tensorAmax: 0) }
        var y = [UInt32](repeating: 0, count: 300)
        let bits = x.map(\.bitPattern)
        _ = bits.withUnsafeBufferPointer { b in
            y.withUnsafeMutableBufferPointer { BlockRoundTrip(codec).roundTrip(b.baseAddress!, $0.baseAddress!, count: 300, firstElement: 0, tensorAmax: 0, blockMagnitudes: nil) }
        }
        #expect(y == padded.prefix(300).map(\.bitPattern))
    }
}
