import Foundation
import Testing
@testable import FormatCore

/// The shared block vectors (Tests/Vectors/blocks, a copy of ../shared/vectors/blocks), bit for bit.
@Suite struct BlocksVectorTests {
    /// Rows of a blocks CSV: input bits, block scale (bits or code), code, dequantised bits.
    /// Codes are hex when written `0x..`, else decimal (nf4_b64.csv).
    static func rows(_ file: String) throws -> [(input: UInt32, scale: UInt32, code: UInt8, output: UInt32)] {
        try VectorFiles.rows("blocks/\(file)").map { row in
            let code = row[3].hasPrefix("0x") ? UInt8(VectorFiles.hex(row[3])) : UInt8(row[3])!
            return (UInt32(VectorFiles.hex(row[1])), UInt32(VectorFiles.hex(row[2])), code, UInt32(VectorFiles.hex(row[4])))
        }
    }

    /// Checks quantize, dequantize and roundTrip of a format against a vector file.
    static func check(_ spec: String, _ file: String, scaleBits: (QuantizedBlocks, Int) -> UInt32) throws {
        let format = try BlockFormat.parse(spec)
        let rows = try rows(file)
        #expect(rows.count >= 4_800)
        let input = rows.map { Float(bitPattern: $0.input) }
        let q = format.quantize(input)
        let dequantized = format.dequantize(q)
        let roundTrip = BlocksTestData.roundTrip(format, input)
        var failures = 0
        for (i, row) in rows.enumerated() {
            let block = i / format.blockSize
            let scale = scaleBits(q, block)
            if q.codes[i] != row.code || scale != row.scale || dequantized[i].bitPattern != row.output || roundTrip[i].bitPattern != row.output {
                failures += 1
                if failures <= 10 {
                    Issue.record("\(spec) row \(i): input \(String(row.input, radix: 16)) code \(q.codes[i]) want \(row.code), scale \(String(scale, radix: 16)) want \(String(row.scale, radix: 16)), dequantised \(String(dequantized[i].bitPattern, radix: 16)) / round trip \(String(roundTrip[i].bitPattern, radix: 16)) want \(String(row.output, radix: 16))")
                }
            }
        }
        #expect(failures == 0)
    }

    @Test("NF4 blocks of 64 match nf4_b64.csv (bitsandbytes) bit for bit")
    func nf4() throws {
        try Self.check("nf4:64", "nf4_b64.csv") { q, block in q.scales[block].bitPattern }
    }

    @Test("MXFP4 blocks of 32 match mxfp4_b32.csv bit for bit")
    func mxfp4() throws {
        try Self.check("mxfp4", "mxfp4_b32.csv") { q, block in UInt32(q.scaleCodes[block]) }
    }
}
