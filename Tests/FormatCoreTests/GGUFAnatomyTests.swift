import Testing
@testable import FormatCore

/// The GGUF types taken apart: every element's reconstruction gives ggml's dequantised value bit for
/// bit, and the fields read in element order agree with it.
@Suite("GGUF anatomy")
struct GGUFAnatomyTests {
    /// Weight-like data with an outlier per row and a zero block.
    static func data(_ count: Int) -> [Float] {
        var x = BlocksTestData.normal(count, seed: 21).map { $0 * 0.02 }
        x[5] = 0.9
        for i in 256..<512 where i < count { x[i] = 0 }
        return x
    }

    @Test("every element's reconstruction equals decode bit for bit", arguments: GGUFCodecs.all.map(\.name))
    func reconstructions(name: String) throws {
        let codec = try BlockCodecRegistry.codec(name)
        let n = codec.layout.valuesPerBlock
        let x = Self.data(n * 24)
        for block in [0, 1, 8, 9, 23] {
            let anatomy = BlockAnatomy(codec: codec, values: x, block: block)
            for i in anatomy.blockRange {
                let r = try #require(anatomy.reconstruction(of: i))
                #expect(r.result.bitPattern == anatomy.decoded[i].bitPattern, "\(name) element \(i): \(r.formula) \(r.terms)")
            }
            // Fields span the whole block, in order, without gaps.
            let blockFields = anatomy.fields.filter { $0.scope == .block }
            var offset = blockFields.first!.bitOffset
            for f in blockFields {
                #expect(f.bitOffset == offset && f.items.count == f.field.count, "\(name) field \(f.field.name)")
                offset += f.field.bits * f.field.count
            }
            #expect(offset - blockFields.first!.bitOffset == codec.layout.bytesPerBlock * 8)
        }
    }

    @Test("Q4_K's fields: 8 scales and 8 mins, quants in element order, as the reconstruction reads them")
    func q4kFields() throws {
        let codec = try BlockCodecRegistry.codec("q4_k")
        let anatomy = BlockAnatomy(codec: codec, values: Self.data(256 * 4), block: 2)
        let scales = try #require(anatomy.fields.first { $0.field.name == "scales" })
        let qs = try #require(anatomy.fields.first { $0.field.name == "qs" })
        #expect(scales.items.allSatisfy { (0...63).contains($0) } && qs.items.allSatisfy { (0...15).contains($0) })
        for e in [0, 31, 32, 63, 64, 100, 200, 255] {
            let r = try #require(anatomy.reconstruction(of: anatomy.blockRange.lowerBound + e))
            let t = Dictionary(uniqueKeysWithValues: r.terms.map { ($0.symbol, $0.value.doubleValue) })
            #expect(t["q"] == Double(qs.items[e]) && t["sc"] == Double(scales.items[e / 32]) && t["m"] == Double(scales.items[8 + e / 32]))
        }
        #expect(anatomy.fields.first { $0.field.name == "d" }?.value(0) != nil, "d reads as an fp16 value")
    }
}
