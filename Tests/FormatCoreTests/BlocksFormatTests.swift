import Testing
@testable import FormatCore

/// Block format specs, records and bits per value.
@Suite struct BlocksFormatTests {
    @Test("every example parses, and its canonical name parses back to the same format")
    func examples() throws {
        #expect(BlockFormat.examples.count >= 10)
        for spec in BlockFormat.examples {
            let format = try BlockFormat.parse(spec)
            #expect(format.name == spec, "\(spec) is not canonical: \(format.name)")
            #expect(try BlockFormat.parse(format.name) == format)
            #expect(!format.summary.isEmpty)
        }
    }

    @Test("records: element, block size, scale rule and format, tensor amax")
    func records() throws {
        let mx = try BlockFormat.parse("MXFP4")
        #expect(mx.name == "mxfp4" && mx.element == .e2m1fn && mx.blockSize == 32 && mx.scaleRule == .sharedExponent)
        #expect(mx.scaleFormat == .e8m0fnu && !mx.needsTensorAmax)
        let nv = try BlockFormat.parse("nvfp4")
        #expect(nv.element == .e2m1fn && nv.blockSize == 16 && nv.scaleRule == .twoLevel && nv.scaleFormat == .e4m3fn && nv.needsTensorAmax)
        #expect(try BlockFormat.parse("mxfp8").name == "mxfp8-e4m3")
        #expect(try BlockFormat.parse("mxfp6").element == .e2m3fn)
        #expect(try BlockFormat.parse("mxfp8_e5m2").element == .e5m2)
        #expect(try BlockFormat.parse("mxfp4:64").name == "mxfp4:64")
        let nf4 = try BlockFormat.parse("nf4")
        #expect(nf4.name == "nf4:64" && nf4.element == .nf4 && nf4.scaleRule == .absmax && nf4.scaleFormat == .fp32)
        #expect(try BlockFormat.parse("bnbfp4:128").name == "bnb-fp4:128")
        #expect(try BlockFormat.parse("fp4:32").name == "e2m1fn:32")
        #expect(try BlockFormat.parse("uint4:128").name == "int4-asym:128")
        let asym = try BlockFormat.parse("int8-asym:256")
        #expect(asym.element == .uint(8) && asym.scaleRule == .minMax)
        let row = try BlockFormat.parse("int8:row=4096")
        #expect(row.granularity == .row(4096) && row.blockSize == 4096)
        let tensor = try BlockFormat.parse("nf4:tensor")
        #expect(tensor.granularity == .tensor && tensor.blockSize == 0)
        let dq = try BlockFormat.parse("nf4:64+dq")
        #expect(dq.isDoubleQuantized && dq.blockSize == 64 && "\(dq)" == "nf4:64+dq")
        #expect(try BlockFormat.parse("NF4:Row=128+DQ").name == "nf4:row=128+dq")
    }

    @Test("bits per value, scale overhead included")
    func bitsPerValue() throws {
        let expected: [(String, Double)] = [
            ("nf4:64", 4.5), ("nf4:64+dq", 4 + 8.0 / 64 + 32.0 / (64 * 256)), ("nf4:128", 4.25), ("mxfp4", 4.25),
            ("mxfp6-e2m3", 6.25), ("mxfp8-e4m3", 8.25), ("nvfp4", 4.5), ("int4:64", 4.5), ("int8:row=4096", 8 + 32.0 / 4096),
            ("int4-asym:64", 4 + 36.0 / 64), ("nf4:tensor", 4), ("e2m1fn:32", 5),
        ]
        for (spec, bits) in expected { #expect(try BlockFormat.parse(spec).bitsPerValue == bits, "\(spec)") }
        #expect(abs(try BlockFormat.parse("nf4:64+dq").bitsPerValue - 4.127) < 0.0005)
    }

    @Test("bad specs are refused with a message naming what is accepted",
          arguments: ["", "foo", "nf4:0", "nf4:-3", "nf4:abc", "mxfp4+dq", "nf4:tensor+dq", "int9:64", "int12-asym",
                      "int1", "bf16:64", "e8m0:32", "fp16:32", "nf4:row=", "nf4:99999999999", "int4-asym:64+dq"])
    func refused(spec: String) {
        #expect(throws: BlockFormatError.self) { try BlockFormat.parse(spec) }
        do {
            _ = try BlockFormat.parse(spec)
        } catch {
            #expect(error.spec == spec)
            #expect(error.description.contains("Accepted") && error.description.contains("nf4:64"))
        }
    }
}
