import Testing
@testable import FormatCore

/// Signal-to-quantisation-noise ratios on 2^20 seeded N(0, 1) samples, blocks of 64.
@Suite struct BlocksSQNRTests {
    static let samples = BlocksTestData.normal(1 << 20, seed: 2024)

    @Test("SQNR on N(0,1), blocks of 64: NF4 20.73 dB, INT4 (absmax/7) 19.36 dB, E2M1 (absmax to 6) 19.52 dB",
          arguments: [("nf4:64", 20.73), ("int4:64", 19.36), ("e2m1fn:64", 19.52)])
    func sqnr(spec: String, expected: Double) throws {
        let format = try BlockFormat.parse(spec)
        let db = BlocksTestData.sqnr(Self.samples, BlocksTestData.roundTrip(format, Self.samples))
        #expect(abs(db - expected) <= 0.05, "\(spec): \(db) dB")
    }
}
