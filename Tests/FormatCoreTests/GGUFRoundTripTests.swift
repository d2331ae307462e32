import Testing
@testable import FormatCore

/// roundTrip against decode(encode) on random data for every GGUF codec (Q4_K and Q8_0 have
/// SIMD round trips, the others the protocol's default), and block independence of encode.
@Suite struct GGUFRoundTripTests {
    /// Test data drawn from the shared SplitMix64 stream.
    struct Generator {
        var bits: SplitMix64
        init(state: UInt64) { bits = SplitMix64(seed: state) }
        mutating func next() -> UInt64 { bits.next() }
        mutating func uniform() -> Float { Float(next() >> 40) * 0x1p-24 }
        /// Roughly normal (a sum of 12 uniforms minus 6), enough for test data.
        mutating func normal() -> Float {
            var s: Float = 0
            for _ in 0..<12 { s += uniform() }
            return s - 6
        }
    }

    /// `count` values (a multiple of 256) of mixed kinds in blocks of 32: weight-like, scaled by
    /// powers of ten from 1e-40 to 1e30, ties on power-of-two grids, constants, zeros, outliers,
    /// and, when `specials`, a few NaN and infinities.
    static func data(_ count: Int, seed: UInt64, specials: Bool) -> [Float] {
        var g = Generator(state: seed)
        var x = [Float](repeating: 0, count: count)
        for block in 0..<count / 32 {
            let kind = Int(g.next() % 8)
            let scale = Float(sign: .plus, exponent: Int(g.next() % 230) - 133, significand: 1 + g.uniform())
            for i in 0..<32 {
                let v: Float
                switch kind {
                case 0, 1: v = g.normal() * 0.02
                case 2: v = g.normal() * scale
                case 3: v = Float(Int(g.next() % 33) - 16) * 0.5 * Float(sign: .plus, exponent: Int(g.next() % 16) - 10, significand: 1)
                case 4: v = scale
                case 5: v = i == Int(g.next() % 32) ? scale * 100 : g.normal() * 0.01
                case 6: v = 0
                default: v = abs(g.normal()) * scale
                }
                x[32 * block + i] = v
            }
            if specials && g.next() % 4 == 0 {
                x[32 * block + Int(g.next() % 32)] = [Float.nan, .infinity, -.infinity][Int(g.next() % 3)]
            }
        }
        return x
    }

    static func check(_ codec: any BlockCodec, _ input: [Float]) -> [Int] {
        let expected = GGUFVectorFiles.decode(codec, GGUFVectorFiles.encode(codec, input), count: input.count)
        let trip = GGUFVectorFiles.roundTrip(codec, input)
        var inPlace = input
        inPlace.withUnsafeMutableBufferPointer { p in
            codec.roundTrip(UnsafePointer(p.baseAddress!), p.baseAddress!, count: input.count, tensorAmax: 0)
        }
        return (0..<input.count).filter {
            trip[$0].bitPattern != expected[$0].bitPattern || inPlace[$0].bitPattern != expected[$0].bitPattern
        }
    }

    @Test("roundTrip equals decode(encode) bit for bit, in place too, on mixed random data", arguments: GGUFVectorTests.names)
    func randomData(_ name: String) {
        let codec = GGUFVectorFiles.codec(name)
        for seed: UInt64 in [1, 2, 3] {
            let bad = Self.check(codec, Self.data(256 * 64, seed: seed, specials: seed == 3))
            #expect(bad.count == 0, "\(name) seed \(seed): roundTrip differs at \(bad.prefix(8))")
        }
    }

    @Test("encoding block by block gives the bytes of one call", arguments: GGUFVectorTests.names)
    func blockIndependence(_ name: String) {
        let codec = GGUFVectorFiles.codec(name)
        let input = Self.data(256 * 8, seed: 7, specials: true)
        let whole = GGUFVectorFiles.encode(codec, input)
        let n = codec.layout.valuesPerBlock, perBlock = codec.layout.bytesPerBlock
        var pieces: [UInt8] = []
        for b in stride(from: input.count / n - 1, through: 0, by: -1) {     // last block first
            pieces = GGUFVectorFiles.encode(codec, Array(input[b * n..<(b + 1) * n])) + pieces
        }
        #expect(pieces == whole)
        #expect(whole.count == input.count / n * perBlock)
        #expect(GGUFVectorFiles.encode(codec, []).isEmpty)
    }
}
