import Testing
@testable import FormatCore

/// The anatomy of one block: fields read back from the bytes at their offsets, and each element's
/// reconstruction, whose terms give the dequantised value by the stated float32 order.
@Suite("Block anatomy")
struct BlockAnatomyTests {
    static let specs = ["nf4:64", "nf4:64+dq", "bnb-fp4:64", "int4:32", "int8:128", "mxfp4", "mxfp6-e2m3", "nvfp4", "int4-asym:64", "e2m1fn:32"]

    /// A float32 from an exact term.
    static func f(_ t: BlockReconstruction.Term) -> Float { Float(t.value.doubleValue) }

    @Test("reconstruction terms give decode's value bit for bit, for every element of a block", arguments: specs)
    func reconstruction(spec: String) throws {
        let format = try BlockFormat.parse(spec)
        let x = BlocksTestData.normal(format.blockSize * 300, seed: 11).map { $0 * 0.02 }
        let anatomy = BlockAnatomy(codec: format, values: x, block: 257)
        #expect(anatomy.block == 257)
        for i in anatomy.blockRange {
            let r = try #require(anatomy.reconstruction(of: i))
            #expect(r.result.bitPattern == anatomy.decoded[i].bitPattern, "\(spec) element \(i)")
            let t = Dictionary(uniqueKeysWithValues: r.terms.map { ($0.symbol, Self.f($0)) })
            let q = t["q"]!
            let recomputed: Float
            switch format.scaleRule {
            case .sharedExponent: recomputed = q * t["2^(e-127)"]!
            case .twoLevel: recomputed = (q * t["s"]!) * t["tensor_scale"]!
            case .absmax:
                if format.isDoubleQuantized { #expect((t["c"]! * t["group_absmax"]!) + t["offset"]! == t["absmax"]!) }
                recomputed = q * (t["absmax"]! / t["M"]!)
            case .minMax: recomputed = (q - t["zp"]!) * t["step"]!
            }
            #expect(recomputed.bitPattern == r.result.bitPattern, "\(spec) element \(i): terms \(r.terms)")
        }
    }

    @Test("fields are read at their offsets: the block's codes are the quantised codes", arguments: specs)
    func fields(spec: String) throws {
        let format = try BlockFormat.parse(spec)
        let x = BlocksTestData.normal(format.blockSize * 300, seed: 5)
        let anatomy = BlockAnatomy(codec: format, values: x, block: 299)
        let q = format.quantize(x, tensorAmax: x.map(abs).max()!)
        let codes = try #require(anatomy.fields.first { $0.field.name == "q" })
        #expect(codes.items.map { UInt8($0) } == Array(q.codes[anatomy.blockRange]))
        if format.scaleRule == .sharedExponent {
            #expect(anatomy.fields.first { $0.field.name == "e" }?.items == [Int64(q.scaleCodes[299])])
            #expect(anatomy.fields.first { $0.field.name == "e" }?.value(0) == BinaryValue(q.scales[299]).exact)
        }
        if format.isDoubleQuantized {
            #expect(anatomy.fields.first { $0.field.name == "group_absmax" }?.items == [Int64(q.doubleQuantization!.groupAbsmax[1].bitPattern)])
        }
        let e = anatomy.blockError
        #expect(e.sumSquares > 0 && e.maxAbs >= 0)
    }
}
