import Foundation
import Testing
import FormatCore

/// `floatscope sweep` end to end: figures, JSON, errors, files, Ctrl-C.
@Suite struct SweepCLITests {
    @Test("exhaustive fp16 -> e4m3fn sweep: counts in JSON")
    func exhaustiveJSON() throws {
        let out = try CLI.run(["sweep", "--from", "fp16", "--all", "--to", "e4m3fn", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let json = try out.json()
        let result = try #require((json["results"] as? [[String: Any]])?.first)
        #expect(result["values"] as? Int == 65_536)
        #expect(result["nan_inputs"] as? Int == 2046)
        #expect(result["infinite_inputs"] as? Int == 2)
        #expect(result["overflow_to_nan"] as? Int == 2 * (0x7bff - 0x5f40))
        #expect(result["exact"] as? Int == 254)
        #expect(result["partial"] as? Bool == false)
        #expect(json["complete"] as? Bool == true)
    }

    @Test("several targets give one comparison table; SQNR of NF4/64 on normal data")
    func comparison() throws {
        let out = try CLI.run(["sweep", "--to", "nf4:64,int4:64,e2m1fn:64,bf16", "--dist", "normal", "--samples", "256K", "--seed", "1", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let results = try #require(try out.json()["results"] as? [[String: Any]])
        #expect(results.map { $0["target"] as? String } == ["nf4:64", "int4:64", "e2m1fn:64", "bf16"])
        let sqnr = results.map { $0["sqnr_db"] as? Double ?? 0 }
        #expect(abs(sqnr[0] - 20.73) < 0.1, "nf4:64 SQNR \(sqnr[0])")
        #expect(abs(sqnr[1] - 19.36) < 0.1, "int4:64 SQNR \(sqnr[1])")
        #expect(abs(sqnr[2] - 19.52) < 0.1, "e2m1fn:64 SQNR \(sqnr[2])")
        #expect(results[0]["bits_per_value"] as? Double == 4.5)
        let text = try CLI.run(["sweep", "--to", "nf4:64,bf16", "--dist", "normal", "--samples", "64K"])
        #expect(text.text.contains("bits/value"))
        #expect(text.text.contains("nf4:64"))
    }

    @Test("a raw fp32 file as the source, and a file whose length is not whole values")
    func fileInput() throws {
        let file = CLI.temporaryFile("values.f32")
        defer { try? FileManager.default.removeItem(at: file) }
        try CLI.bytes([1, 0.1, -2.5, 65504, 1e-8, .nan]).write(to: file)
        let out = try CLI.run(["sweep", "--input", file.path, "--to", "fp16", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let result = try #require((try out.json()["results"] as? [[String: Any]])?.first)
        #expect(result["values"] as? Int == 6)
        #expect(result["nan_inputs"] as? Int == 1)
        var bad = CLI.bytes([1, 2])
        bad.append(0x7f)
        let odd = try CLI.run(["sweep", "--input", "-", "--to", "fp16"], input: bad)
        #expect(odd.status == 2)
        #expect(odd.stderr.contains("whole"))
    }

    @Test("NVFP4 from a file: the first pass finds the largest finite magnitude past NaN and infinities")
    func fileInputTensorScale() throws {
        let file = CLI.temporaryFile("tensor.f32")
        defer { try? FileManager.default.removeItem(at: file) }
        // 3 blocks of 16 (two vectors, then a scalar tail in the first pass), non-finite values in the first
        // and last, and the largest finite magnitude in the tail.
        var values = (0..<45).map { Float($0 % 7) * 0.37 - 1.1 }
        values[3] = .nan; values[34] = .infinity; values[41] = -.infinity; values[44] = -5.25
        try CLI.bytes(values).write(to: file)
        let out = try CLI.run(["sweep", "--input", file.path, "--to", "nvfp4", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let result = try #require((try out.json()["results"] as? [[String: Any]])?.first)
        // The same round trip in process, with the tensor amax 5.25: the blocks with a non-finite value give
        // NaN, the largest error is the middle block's.
        let block = try BlockFormat.parse("nvfp4")
        var output = [Float](repeating: 0, count: values.count)
        block.roundTrip(values, &output, count: values.count, tensorAmax: 5.25)
        let errors = zip(values, output).filter { $0.0.isFinite && $0.1.isFinite }.map { Double(abs($0.1 - $0.0)) }
        #expect(result["max_abs_error"] as? Double == errors.max())
        #expect(result["values"] as? Int == 45)
    }

    @Test("raw files of other formats: fp16 and e4m3fn through a table of every code, tf32 decoded value by value")
    func fileInputFormats() throws {
        // fp16 1, -2, 65504 (max), 2^-24 (smallest subnormal), NaN, little-endian.
        var half = Data()
        for w: UInt16 in [0x3c00, 0xc000, 0x7bff, 0x0001, 0x7e00] { withUnsafeBytes(of: w.littleEndian) { half.append(contentsOf: $0) } }
        let out = try CLI.run(["sweep", "--input", "-", "--input-format", "fp16", "--to", "fp32", "--json"], input: half)
        #expect(out.status == 0, "\(out.stderr)")
        let result = try #require((try out.json()["results"] as? [[String: Any]])?.first)
        #expect(result["values"] as? Int == 5)
        #expect(result["nan_inputs"] as? Int == 1)
        #expect(result["exact"] as? Int == 4)
        // e4m3fn 448 (0x7e) through bf16: 448 is exact there; 0x01 is 2^-9.
        let fp8 = try CLI.run(["sweep", "--input", "-", "--input-format", "e4m3fn", "--to", "bf16", "--json"], input: Data([0x7e, 0x01, 0xfe]))
        let fp8Result = try #require((try fp8.json()["results"] as? [[String: Any]])?.first)
        #expect(fp8Result["values"] as? Int == 3)
        #expect(fp8Result["exact"] as? Int == 3)
        #expect(fp8Result["max_abs_error"] as? Double == 0)
        // tf32 in its fp32 container: 1 + 2^-10 is a tf32 value, exact in fp32; through bf16 it rounds to 1.
        var tf32 = Data()
        withUnsafeBytes(of: Float(1 + 0x1p-10).bitPattern.littleEndian) { tf32.append(contentsOf: $0) }
        let wide = try CLI.run(["sweep", "--input", "-", "--input-format", "tf32", "--to", "bf16", "--json"], input: tf32)
        let wideResult = try #require((try wide.json()["results"] as? [[String: Any]])?.first)
        #expect(wideResult["values"] as? Int == 1)
        #expect(wideResult["max_abs_error"] as? Double == 0x1p-10)
        let odd = try CLI.run(["sweep", "--input", "-", "--input-format", "fp16", "--to", "fp32"], input: Data([0, 0x3c, 0]))
        #expect(odd.status == 2)
        #expect(odd.stderr.contains("2-byte fp16"))
    }

    @Test("a storage word with bits outside its code is refused by sweep as by convert (tf32's low 13 bits, e2m1fn's high nibble)")
    func strayStorageBitsAreRefused() throws {
        var tf32 = Data()
        for w: UInt32 in [0x3f80_0000, 0x3f80_0001] { withUnsafeBytes(of: w.littleEndian) { tf32.append(contentsOf: $0) } }
        let wide = try CLI.run(["sweep", "--input", "-", "--input-format", "tf32", "--to", "bf16"], input: tf32)
        #expect(wide.status == 2)
        #expect(wide.stderr.contains("element 1 (0x3f800001)"), "\(wide.stderr)")
        #expect(wide.stderr.contains("13 low bits zero"), "\(wide.stderr)")
        let converted = try CLI.run(["convert", "--from", "tf32", "--to", "tf32"], input: tf32)
        #expect(converted.status == 2)
        let nibble = try CLI.run(["sweep", "--input", "-", "--input-format", "e2m1fn", "--to", "fp32"], input: Data([0x02, 0x1f]))
        #expect(nibble.status == 2)
        #expect(nibble.stderr.contains("element 1 (0x1f)"), "\(nibble.stderr)")
    }

    @Test("bad specifications: a clear message and status 2", arguments: [
        (["sweep", "--to", "bf16"], "choose a source"),
        (["sweep", "--all", "--dist", "normal", "--to", "bf16"], "one source"),
        (["sweep", "--all"], "--to"),
        (["sweep", "--all", "--to", "bf61"], "bf16"),
        (["sweep", "--dist", "gauss", "--to", "bf16"], "normal"),
        (["sweep", "--dist", "normal", "--samples", "12X", "--to", "bf16"], "--samples"),
        (["sweep", "--from", "fp64", "--all", "--to", "bf16"], "32 bits"),
        (["sweep", "--dist", "normal", "--to", "nf4:tensor"], "whole tensor"),
        (["sweep", "--dist", "normal", "--to", "nf4:0"], "block"),
        (["sweep", "--all", "--to", "bf16", "--threads", "0"], "--threads"),
    ])
    func badSpecifications(arguments: [String], expected: String) throws {
        let out = try CLI.run(arguments)
        #expect(out.status == 2, "\(arguments): status \(out.status)")
        #expect(out.stderr.contains(expected), "\(arguments): \(out.stderr)")
    }

    @Test("Ctrl-C stops at once and prints the partial figures")
    func interrupt() throws {
        let binary = try #require(CLI.binary)
        let outURL = CLI.temporaryFile("out")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL) }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["sweep", "--all", "--to", "bf16"]
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        let sent = Date()
        process.interrupt()
        process.waitUntilExit()
        #expect(Date().timeIntervalSince(sent) < 5, "took too long to stop")
        #expect(process.terminationStatus == 130)
        let text = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
        #expect(text.contains("PARTIAL"), "\(text)")
        #expect(text.contains("counts"))
    }

    /// The first result of a `sweep --json` run.
    static func firstResult(_ arguments: [String]) throws -> [String: Any] {
        let out = try CLI.run(arguments)
        #expect(out.status == 0, "\(arguments): \(out.stderr)")
        return try #require((try out.json()["results"] as? [[String: Any]])?.first)
    }

    @Test("block sizes that are not a multiple of 16 count every value once", arguments: ["nf4:17", "nf4:40", "int4:24", "e2m1fn:20", "int8:row=1000", "nf4:1"])
    func oddBlockSizes(spec: String) throws {
        let result = try Self.firstResult(["sweep", "--dist", "normal", "--samples", "1K", "--to", spec, "--json"])
        #expect(result["finite_pairs"] as? Int == 1_024, "\(spec): \(result["finite_pairs"] ?? "none") finite pairs for 1,024 values")
        #expect(result["values"] as? Int == 1_024)
    }

    @Test("nf4:1 on a file of a million values: every pair counted, no trap")
    func oneElementBlocksFromFile() throws {
        let file = CLI.temporaryFile("million.f32")
        defer { try? FileManager.default.removeItem(at: file) }
        var state: UInt64 = 12_345
        let values = (0..<(1 << 20)).map { _ -> Float in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Float(Int32(truncatingIfNeeded: state >> 32)) / 0x1p31
        }
        try CLI.bytes(values).write(to: file)
        let result = try Self.firstResult(["sweep", "--input", file.path, "--to", "nf4:1", "--json"])
        #expect(result["finite_pairs"] as? Int == 1 << 20)
    }

    @Test("int8:100 over a code range: the same figures with 1, 2 and 5 threads")
    func threadCounts() throws {
        // The JSON text without the lines that name the time and the thread count.
        func figures(_ threads: Int) throws -> String {
            let out = try CLI.run(["sweep", "--range", "0x3f000000:0x3f2fffff", "--to", "int8:100", "--threads", String(threads), "--json"])
            #expect(out.status == 0, "\(out.stderr)")
            return out.text.split(separator: "\n").filter { !$0.contains("\"seconds\"") && !$0.contains("\"threads\"") }.joined(separator: "\n")
        }
        let one = try figures(1)
        #expect(one.contains("\"finite_pairs\" : \(0x30_0000)"))
        for threads in [2, 5] {
            #expect(try figures(threads) == one, "\(threads) threads")
        }
    }

    @Test("--seed seeds stochastic rounding that names no seed of its own")
    func stochasticSeed() throws {
        func run(_ extra: [String]) throws -> (String, Double) {
            let out = try CLI.run(["sweep", "--range", "0x3f000000:0x3f00ffff", "--to", "e4m3fn", "--json"] + extra)
            #expect(out.status == 0, "\(out.stderr)")
            let json = try out.json()
            let result = try #require((json["results"] as? [[String: Any]])?.first)
            return (json["rounding"] as? String ?? "", result["sum_abs_error"] as? Double ?? result["mean_abs_error"] as? Double ?? 0)
        }
        let nine = try run(["--rounding", "stochastic", "--seed", "9"])
        let ten = try run(["--rounding", "stochastic", "--seed", "10"])
        #expect(nine.0 == "stochastic:9")
        #expect(nine.1 != ten.1, "seeds 9 and 10 give the same figures")
        // An explicit seed wins over --seed.
        let explicit = try run(["--rounding", "stochastic:9", "--seed", "10"])
        #expect(explicit.0 == "stochastic:9")
        #expect(explicit.1 == nine.1)
    }

    @Test("--json: the source as fields, the fp32-normal subset, exact inputs, infinite SQNR as null plus a flag")
    func jsonFields() throws {
        let out = try CLI.run(["sweep", "--dist", "normal:0,0.001", "--samples", "4K", "--seed", "7", "--to", "nf4:1,bf16", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let json = try out.json()
        let source = try #require(json["source"] as? [String: Any])
        #expect(source["kind"] as? String == "samples")
        #expect(source["distribution"] as? String == "normal")
        #expect(source["parameters"] as? [String: Double] == ["mean": 0, "sigma": 0.001])
        #expect(source["seed"] as? Int == 7)
        #expect(source["count"] as? Int == 4_096)
        #expect(source.keys.contains("path") && source["path"] is NSNull)
        let results = try #require(json["results"] as? [[String: Any]])
        // nf4:1 is exact: SQNR infinite, kept as null with the flag, in the result and its binades.
        #expect(results[0].keys.contains("sqnr_db") && results[0]["sqnr_db"] is NSNull)
        #expect(results[0]["sqnr_db_nonfinite"] as? String == "+inf")
        let binades = try #require(results[0]["binades"] as? [[String: Any]])
        #expect(!binades.isEmpty && binades.allSatisfy { $0["sqnr_db"] is NSNull && $0["sqnr_db_nonfinite"] as? String == "+inf" })
        #expect(results[1]["sqnr_db_nonfinite"] is NSNull)
        let normal = try #require(results[1]["fp32_normal_inputs"] as? [String: Any])
        #expect(normal["count"] as? Int == results[1]["nonzero_pairs"] as? Int)
        // The input giving the max error: a number that parses to the float32's exact double, its exact decimal and bits.
        let input = try #require(results[1]["max_abs_error_input"] as? [String: Any])
        let bits = try #require(UInt32((input["bits"] as? String ?? "").dropFirst(2), radix: 16))
        // (Read from the text: Foundation's JSON parser is not exact on Linux.)
        let text = out.text.components(separatedBy: "\"max_abs_error_input\"").last!  // the second result's
        let number = text.components(separatedBy: "\"value\" : ")[1].prefix { !",\n }".contains($0) }
        #expect(Double(String(number)) == Double(Float(bitPattern: bits)), "\(number)")
        #expect((input["exact"] as? String).flatMap(Double.init) == Double(Float(bitPattern: bits)))
    }

    @Test("--verify: a sweep checked chunk by chunk against the definition says so")
    func verify() throws {
        let out = try CLI.run(["sweep", "--dist", "normal", "--samples", "100K", "--to", "nf4:64,int4:24,bf16", "--verify", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(try out.json()["verified"] as? Bool == true)
    }
}
