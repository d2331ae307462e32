import Foundation
import Testing
import FormatCore

/// Block formats everywhere a format is accepted: `formats`, `info`, `convert` to and from block
/// bytes, `sweep` targets, read through `BlockCodecRegistry`.
@Suite struct BlockCLITests {
    /// Seeded N(0, 0.02)-like values (a small LCG plus Irwin-Hall; the exact distribution does not matter).
    static func values(_ count: Int, seed: UInt64) -> [Float] {
        var s = seed
        return (0..<count).map { _ in
            var sum = 0.0
            for _ in 0..<4 {
                s = s &* 6364136223846793005 &+ 1442695040888963407
                sum += Double(s >> 11) * 0x1p-53
            }
            return Float((sum - 2) * 0.035)
        }
    }

    @Test("convert --to BLOCK writes encode's bytes, --from BLOCK gives roundTrip's values, with and without --row",
          arguments: ["nf4:64", "nf4:64+dq", "mxfp4", "nvfp4", "int4-asym:128", "mxfp6-e3m2", "int8:row=256"])
    func convertBothWays(spec: String) throws {
        let codec = try BlockCodecRegistry.codec(spec)
        let x = Self.values(1024, seed: 3)
        let rows = 4, row = 256
        // Per row, as the library quantises it.
        var expectedBytes: [UInt8] = [], expectedValues: [Float] = []
        for r in 0..<rows {
            let part = Array(x[(r * row)..<((r + 1) * row)])
            let amax = part.map(abs).max()!
            var bytes = [UInt8](repeating: 0, count: codec.encodedByteCount(count: row))
            part.withUnsafeBufferPointer { v in bytes.withUnsafeMutableBytes { codec.encode(v.baseAddress!, count: row, tensorAmax: amax, into: $0.baseAddress!) } }
            var y = [Float](repeating: 0, count: row)
            part.withUnsafeBufferPointer { v in y.withUnsafeMutableBufferPointer { codec.roundTrip(v.baseAddress!, $0.baseAddress!, count: row, tensorAmax: amax) } }
            expectedBytes += bytes
            expectedValues += y
        }
        let q = try CLI.run(["convert", "--from", "fp32", "--to", spec, "--row", "\(row)"], input: CLI.bytes(x))
        #expect(q.status == 0, "\(q.stderr)")
        #expect(Array(q.stdout) == expectedBytes, "\(spec): convert's bytes differ from encode's")
        let d = try CLI.run(["convert", "--from", spec, "--to", "fp32", "--row", "\(row)"], input: q.stdout)
        #expect(d.status == 0, "\(d.stderr)")
        #expect(CLI.words32(d.stdout) == expectedValues.map(\.bitPattern), "\(spec): dequantised values differ from roundTrip")
    }

    @Test("convert refuses partial blocks and rows, block to block, and --packed with a block format; exit 2 with a message")
    func convertRefusals() throws {
        let x = CLI.bytes(Self.values(250, seed: 1))
        let partial = try CLI.run(["convert", "--from", "fp32", "--to", "mxfp4"], input: x)
        #expect(partial.status == 2 && partial.stderr.contains("not a whole number of mxfp4 blocks of 32"))
        let badRow = try CLI.run(["convert", "--from", "fp32", "--to", "nf4:64", "--row", "100"], input: x)
        #expect(badRow.status == 2 && badRow.stderr.contains("--row 100"))
        let shortRow = try CLI.run(["convert", "--from", "fp32", "--to", "nf4:64", "--row", "128"], input: x)
        #expect(shortRow.status == 2 && shortRow.stderr.contains("not 128"))
        #expect(shortRow.stdout.count == 36 * 2, "the whole row before the short one is written")
        let both = try CLI.run(["convert", "--from", "nf4:64", "--to", "mxfp4"], input: x)
        #expect(both.status == 2 && both.stderr.contains("goes through values"))
        let packed = try CLI.run(["convert", "--from", "fp32", "--to", "nf4:64", "--packed"], input: x)
        #expect(packed.status == 2 && packed.stderr.contains("--packed"))
        let noRow = try CLI.run(["convert", "--from", "nvfp4", "--to", "fp32"], input: Data(count: 40))
        #expect(noRow.status == 2 && noRow.stderr.contains("--row"))
        let scalarRow = try CLI.run(["convert", "--from", "fp32", "--to", "fp16", "--row", "4"], input: x)
        #expect(scalarRow.status == 2)
    }

    @Test("info BLOCK lists the layout from the record; JSON block_formats parse to the record's numbers")
    func info() throws {
        let text = try CLI.run(["info", "nf4:64+dq", "fp16", "mxfp4"])
        #expect(text.status == 0)
        #expect(text.text.contains("4.126953125") && text.text.contains("group_absmax") && text.text.contains("fp16"))
        let json = try CLI.run(["info", "--json", "nvfp4", "int4-asym:64"]).json()
        let blocks = try #require(json["block_formats"] as? [[String: Any]])
        #expect(blocks.count == 2 && (json["formats"] as? [Any])?.isEmpty == true)
        #expect(blocks[0]["bits_per_value"] as? Double == 4.5 && blocks[0]["bytes_per_block"] as? Int == 9)
        #expect(blocks[1]["bits_per_block"] as? Int == 292 && blocks[1]["bytes_per_block"] is NSNull)
        let bad = try CLI.run(["info", "q9_z"])
        #expect(bad.status == 2 && bad.stderr.contains("not a block format either"))
    }

    @Test("formats lists every block format of the registry, text and JSON")
    func formats() throws {
        let json = try CLI.run(["formats", "--json"]).json()
        let blocks = try #require(json["block_formats"] as? [[String: Any]])
        #expect(blocks.map { $0["name"] as? String } == BlockCodecRegistry.listing.map(\.name))
        let text = try CLI.run(["formats"]).text
        for codec in BlockCodecRegistry.listing { #expect(text.contains(codec.name)) }
    }

    @Test("sweep takes GGUF types with every figure, and refuses a source that is not whole blocks (exit 2)")
    func sweepGGUF() throws {
        let json = try CLI.run(["sweep", "--to", "q4_k,q8_0,mxfp4_gguf", "--dist", "normal:0,0.02", "--samples", "4K", "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let results = try #require(try json.json()["results"] as? [[String: Any]])
        #expect(results.map { $0["target"] as? String } == ["q4_k", "q8_0", "mxfp4_gguf"])
        #expect(results.map { $0["bits_per_value"] as? Double } == [4.5, 8.5, 4.25])
        let partial = try CLI.run(["sweep", "--to", "q6_k", "--dist", "normal", "--samples", "1000"])
        #expect(partial.status == 2 && partial.stderr.contains("whole blocks of 256"))
        let convert = try CLI.run(["convert", "--from", "fp32", "--to", "q4_k"], input: CLI.bytes(Self.values(512, seed: 9)))
        #expect(convert.status == 0 && convert.stdout.count == 288)
        let back = try CLI.run(["convert", "--from", "q4_k", "--to", "fp32"], input: convert.stdout)
        #expect(back.status == 0 && back.stdout.count == 2048)
    }

    @Test("sweep's text report marks every rounded figure with ≈ and leaves exact ones bare")
    func sweepTextMarks() throws {
        let out = try CLI.run(["sweep", "--to", "q4_k,nf4:64", "--dist", "normal:0,0.02", "--samples", "4K"])
        #expect(out.status == 0)
        let rows = out.text.split(separator: "\n").filter { $0.hasPrefix("q4_k") || $0.hasPrefix("nf4:64") }
        #expect(rows.count == 2)
        for row in rows {
            let cells = row.split(separator: " ").map(String.init)
            #expect(cells[1] == "4.5", "bits/value is exact: \(row)")
            for cell in [cells[2], cells[3], cells[4]] { #expect(cell.hasPrefix("≈"), "RMSE, SQNR, mean rel are rounded: \(row)") }
        }
        let single = try CLI.run(["sweep", "--from", "fp16", "--all", "--to", "e4m3fn"]).text
        #expect(single.contains("SQNR ≈32.11 dB") && single.contains("max abs 16 at x = 272") && single.contains("RMSE ≈2.02774"))
    }

    @Test("without --row, formats whose blocks stand alone stream in chunks: the bytes of one call, both ways")
    func streamingWithoutRow() throws {
        let x = Self.values(256 * 1100, seed: 4)   // more than one 2^18-value chunk, not a multiple of it
        let codec = try BlockCodecRegistry.codec("q4_k")
        var expected = [UInt8](repeating: 0, count: codec.encodedByteCount(count: x.count))
        x.withUnsafeBufferPointer { v in expected.withUnsafeMutableBytes { codec.encode(v.baseAddress!, count: x.count, tensorAmax: 0, into: $0.baseAddress!) } }
        let q = try CLI.run(["convert", "--from", "fp32", "--to", "q4_k"], input: CLI.bytes(x))
        #expect(q.status == 0 && Array(q.stdout) == expected)
        var y = [Float](repeating: 0, count: x.count)
        expected.withUnsafeBytes { b in y.withUnsafeMutableBufferPointer { codec.decode(b.baseAddress!, count: x.count, into: $0.baseAddress!) } }
        let d = try CLI.run(["convert", "--from", "q4_k", "--to", "fp32"], input: q.stdout)
        #expect(d.status == 0 && CLI.words32(d.stdout) == y.map(\.bitPattern))
        let tail = try CLI.run(["convert", "--from", "fp32", "--to", "q8_0"], input: CLI.bytes(Self.values(262_144 + 40, seed: 2)))
        #expect(tail.status == 2 && tail.stderr.contains("262144 values before them were converted") && tail.stdout.count == 262_144 / 32 * 34)
    }
}
