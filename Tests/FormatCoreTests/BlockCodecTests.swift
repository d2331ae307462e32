import Testing
@testable import FormatCore

/// The scaled block families as byte codecs: `roundTrip` (their fast path) equals `decode(encode(x))`
/// bit for bit, `encode` writes exactly `encodedByteCount` bytes, the layout's bit account equals
/// `bitsPerValue`, and the registry finds every spec.
@Suite("Block codecs")
struct BlockCodecTests {
    /// Specs of every family at awkward sizes.
    static let specs: [String] = BlockFormat.examples + [
        "nf4:1", "nf4:17", "nf4:300", "nf4:17+dq", "bnb-fp4:40", "int3:24", "int8:7", "int2:5+dq", "int5-asym:33",
        "int4-asym:64", "uint8:9", "mxfp4:20", "mxfp6-e3m2:7", "mxfp8-e5m2:48", "nvfp4:5", "nvfp4:32", "e4m3fn:10",
        "e2m1fn:32+dq", "int6:tensor", "int4-asym:tensor", "mxfp4:tensor", "nvfp4:tensor",
    ]

    /// Bits equal, NaN payloads included.
    static func sameBits(_ a: [Float], _ b: [Float]) -> Bool { a.map(\.bitPattern) == b.map(\.bitPattern) }

    @Test("decode(encode(x)) equals roundTrip(x) bit for bit, and encode writes exactly encodedByteCount bytes", arguments: specs)
    func bytesRoundTrip(spec: String) throws {
        let format = try BlockFormat.parse(spec)
        for (seed, count) in [(1, 1), (2, 64), (3, 1000), (4, 4099), (5, 300 * 70)] as [(UInt64, Int)] {
            var x = BlocksTestData.awkward(count, seed: seed)
            if count > 100 { x[37] = .nan; x[count - 3] = -.infinity }
            let amax = Float(x.filter(\.isFinite).map(abs).max() ?? 0)
            let n = format.encodedByteCount(count: count)
            var bytes = [UInt8](repeating: 0xA5, count: n + 16)
            x.withUnsafeBufferPointer { v in
                bytes.withUnsafeMutableBytes { format.encode(v.baseAddress!, count: count, tensorAmax: amax, into: $0.baseAddress!) }
            }
            #expect(bytes[n...].allSatisfy { $0 == 0xA5 }, "\(spec): encode wrote past encodedByteCount (\(n)) for \(count) values")
            var decoded = [Float](repeating: 0, count: count)
            bytes.withUnsafeBytes { b in decoded.withUnsafeMutableBufferPointer { format.decode(b.baseAddress!, count: count, into: $0.baseAddress!) } }
            var fast = [Float](repeating: 0, count: count)
            x.withUnsafeBufferPointer { v in fast.withUnsafeMutableBufferPointer { format.roundTrip(v.baseAddress!, $0.baseAddress!, count: count, tensorAmax: amax) } }
            #expect(Self.sameBits(decoded, fast), "\(spec), \(count) values: decode(encode) differs from roundTrip")
        }
    }

    @Test("the layout's bits per value is the format's bit account", arguments: specs)
    func layoutAccount(spec: String) throws {
        let format = try BlockFormat.parse(spec)
        #expect(format.layout.bitsPerValue == format.bitsPerValue, "\(spec)")
        #expect(abs(format.bitsPerValue - Self.formula(format)) < 1e-12, "\(spec)")
        if format.blockSize > 0 {
            let blocks = 513
            let l = format.layout
            let expectedBits = Double(blocks * l.bitsPerBlock + (l.blocksPerGroup > 0 ? 3 * l.groupBits : 0))
            let bytes = format.encodedByteCount(count: blocks * format.blockSize)
            let overhead = (format.layout.callBits + 7) / 8 + (format.layout.blocksPerGroup > 0 ? 4 : 0) + 1
            #expect(Double(bytes * 8) >= expectedBits && Double(bytes * 8) <= expectedBits + Double(8 * overhead), "\(spec)")
        }
    }

    /// The bit account by the usual formula: element bits plus 8 (E8M0, E4M3), 32 (fp32 absmax), 32 +
    /// element bits (step and zero point), or 8 + 32/256 (double-quantised) per block.
    static func formula(_ f: BlockFormat) -> Double {
        let e = Double(f.element.bitWidth), n = Double(f.blockSize)
        if f.blockSize == 0 { return e }
        switch f.scaleRule {
        case .sharedExponent, .twoLevel: return e + 8 / n
        case .absmax: return f.isDoubleQuantized ? e + (8 + 32.0 / 256) / n : e + 32 / n
        case .minMax: return e + (32 + e) / n
        }
    }

    @Test("the registry finds fixed and parametric specs, and names what it cannot")
    func registry() throws {
        #expect(try BlockCodecRegistry.codec("NF4:64+dq").name == "nf4:64+dq")
        #expect(try BlockCodecRegistry.codec("mxfp4").name == "mxfp4")
        for codec in BlockCodecRegistry.fixed {
            #expect(try BlockCodecRegistry.codec(codec.name.uppercased()).name == codec.name)
        }
        #expect(throws: BlockFormatError.self) { try BlockCodecRegistry.codec("q9_z") }
        #expect(BlockCodecRegistry.listing.count == BlockCodecRegistry.fixed.count + BlockFormat.examples.count)
    }

    @Test("bit writer and reader: fields of 1 to 64 bits, least significant bit first")
    func bitPacking() {
        var g = BlocksTestData.Generator(seed: 7)
        let fields: [(UInt64, Int)] = (0..<500).map { _ in
            let bits = Int(g.next() % 64) + 1
            return (bits == 64 ? g.next() : g.next() & ((1 << UInt64(bits)) - 1), bits)
        }
        let total = fields.reduce(0) { $0 + $1.1 }
        var bytes = [UInt8](repeating: 0xFF, count: (total + 7) / 8)
        bytes.withUnsafeMutableBytes { raw in
            var w = BitWriter(raw.baseAddress!)
            for (v, b) in fields { w.write(v, bits: b) }
        }
        bytes.withUnsafeBytes { raw in
            var r = BitReader(raw.baseAddress!)
            for (v, b) in fields { #expect(r.read(bits: b) == v) }
        }
        var nibbles = [UInt8](repeating: 0, count: 2)
        nibbles.withUnsafeMutableBytes { raw in
            var w = BitWriter(raw.baseAddress!)
            for c in [1, 2, 3, 4] as [UInt64] { w.write(c, bits: 4) }
        }
        #expect(nibbles == [0x21, 0x43])
    }
}
