import Foundation
import Testing
import FormatCore

/// Issue 13 through the executable, as a user runs it: each test failed before its fix.
@Suite struct TrustCLITests {
    /// The numbers written for `key`, in order, read with Swift's correctly rounded `Double(String)`
    /// (Foundation's JSONSerialization on Linux rounds some 17-digit numbers wrongly, so it cannot
    /// check exactness; `null` gives nil).
    static func rawNumbers(_ text: String, _ key: String) -> [Double?] {
        var found: [Double?] = []
        for line in text.split(separator: "\n") {
            let t = line.trimmingCharacters(in: .whitespaces)
            guard t.hasPrefix("\"\(key)\" : ") else { continue }
            let value = t.dropFirst(key.count + 5).trimmingCharacters(in: CharacterSet(charactersIn: ","))
            found.append(Double(value))
        }
        return found
    }

    /// Runs the executable with standard output on /dev/full.
    static func runToFull(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let binary = try #require(CLI.binary)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let errURL = CLI.temporaryFile("err")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = full
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try? err.close()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// The generated ml_dtypes 0.7.0 / numpy finfo table, by format name and column.
    static func finfo() throws -> [String: [String: String]] {
        let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Tests/Vectors/finfo/finfo.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        let header = lines[0].split(separator: ",").map(String.init)
        var table: [String: [String: String]] = [:]
        for line in lines.dropFirst() {
            let cells = line.split(separator: ",").map(String.init)
            table[cells[0]] = Dictionary(uniqueKeysWithValues: zip(header, cells))
        }
        return table
    }

    @Test("info --json: values are numbers that parse to ml_dtypes' / numpy's exact float64s, exact strings beside them")
    func infoJSONExact() throws {
        let table = try Self.finfo()
        let names = ["bf16", "fp16", "e5m2", "e5m2fnuz", "e4m3b11fnuz", "e8m0fnu", "e5m3fnu", "fp32", "fp64", "e4m3fn", "e2m1fn"]
        let out = try CLI.run(["info", "--json"] + names)
        #expect(out.status == 0)
        let formats = try #require(try out.json()["formats"] as? [[String: Any]])
        for (index, entry) in formats.enumerated() {
            let name = try #require(entry["name"] as? String)
            let row = try #require(table[name])
            for (key, column) in [("max", "max"), ("min", "min"), ("smallest_normal", "smallest_normal"), ("eps", "eps"), ("epsneg", "epsneg"),
                                  ("smallest_positive", "smallest_subnormal")] {
                let raw = Self.rawNumbers(out.text, key)
                #expect(raw.count == formats.count && raw[index] == Double(row[column]!)!, "\(name) \(key): \(raw) vs \(row[column]!)")
                let exact = try #require(entry[key + "_exact"] as? String, "\(name) \(key)_exact")
                #expect(ExactValue(Double(row[column]!)!) == (try ValueParser.parse(exact).value), "\(name) \(key)_exact \(exact)")
            }
            #expect(entry["numpy_precision"] as? Int == Int(row["precision"]!)!, "\(name) numpy_precision")
        }
        let bf16 = try #require(formats.first)
        #expect(bf16["smallest_normal"] as? Double == 1.1754943508222875e-38)
        // The raw text: the shortest round-trip of the double, not an fp32-rounded string.
        #expect(out.text.contains("1.1754943508222875e-38") && out.text.contains("1.7976931348623157e+308"))
    }

    @Test("info int32 uint32: exact limits in text and JSON")
    func infoIntegers() throws {
        let text = try CLI.run(["info", "int32", "uint32"])
        #expect(CLITests.row(text.text, "max") == ["2147483647", "4294967295"])
        #expect(CLITests.row(text.text, "min") == ["-2147483648", "0"])
        let json = try #require(try CLI.run(["info", "--json", "int32", "uint32"]).json()["formats"] as? [[String: Any]])
        #expect(json[0]["max"] as? Double == 2147483647 && json[0]["min"] as? Double == -2147483648 && json[1]["max"] as? Double == 4294967295)
        #expect(json[0]["max_exact"] as? String == "2147483647" && json[1]["max_exact"] as? String == "4294967295")
    }

    @Test("info: 'smallest positive' says what it is where a format has no subnormals")
    func infoSmallestLabels() throws {
        let out = try CLI.run(["info", "nf4", "int4", "e8m0fnu", "fp16"])
        #expect(CLITests.row(out.text, "smallest subnormal") == nil)
        let cells = try #require(CLITests.row(out.text, "smallest positive"))
        #expect(cells.count == 4)
        #expect(cells[0].hasSuffix("(level; no subnormals)") && cells[1] == "1 (integer; no subnormals)")
        #expect(cells[2].hasSuffix("(normal; no subnormals)") && cells[3].hasSuffix("(subnormal)"))
        let json = try #require(try CLI.run(["info", "--json", "nf4", "e8m0fnu"]).json()["formats"] as? [[String: Any]])
        #expect(json[0]["smallest_positive_kind"] as? String == "level" && json[1]["smallest_positive_kind"] as? String == "normal")
        #expect(json[1]["smallest_subnormal"] == nil || json[1]["smallest_subnormal"] is NSNull)
    }

    @Test("inspect: stored values exact or marked ≈, errors exact or marked, shortest labelled")
    func inspectText() throws {
        let out = try CLI.run(["inspect", "0.1", "-f", "bf16", "-f", "fp32"])
        #expect(out.status == 0)
        let bf16 = try #require(CLITests.row(out.text, "bf16"))
        #expect(bf16.contains("0.10009765625"))
        let fp32 = try #require(CLITests.row(out.text, "fp32"))
        #expect(fp32.contains { $0.hasPrefix("≈0.1000000014") }, "\(fp32)")
        #expect(!fp32.contains("0.1"))
        #expect(out.text.contains("shortest round-trip 0.1"))
        #expect(out.text.contains("next up 0.1005859375"))
        let int8 = try CLI.run(["inspect", "70000", "-f", "int8", "-f", "fp16"])
        #expect(try #require(CLITests.row(int8.text, "int8")).contains("69873"))
        #expect(!int8.text.contains("69900"))
    }

    @Test("inspect 1/3: the input's exact value is the fraction, not a 40-digit decimal")
    func inspectThird() throws {
        let out = try CLI.run(["inspect", "1/3", "-f", "fp16"])
        #expect(out.status == 0)
        let first = String(out.text.split(separator: "\n")[0])
        #expect(first.contains("= 1/3") && first.contains("≈0.3333"))
        #expect(!out.text.contains("= 0.333"))
        let json = try CLI.run(["inspect", "1/3", "-f", "fp16", "--json"]).json()
        let input = try #require(json["input"] as? [String: Any])
        #expect(input["exact"] as? String == "1/3" && input["is_finite_decimal"] as? Bool == false)
        let result = try #require((json["results"] as? [[String: Any]])?.first)
        #expect(result["abs_error_exact"] as? String == "1/12288")
    }

    @Test("inspect --json of a value beyond float64 (1e400): null numbers, exact strings, exit 0")
    func inspectHuge() throws {
        let out = try CLI.run(["inspect", "1e400", "-f", "int8,fp64", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let json = try out.json()
        let input = try #require(json["input"] as? [String: Any])
        #expect(input["nearest_double"] == nil || input["nearest_double"] is NSNull)
        let int8 = try #require((json["results"] as? [[String: Any]])?.first)
        #expect(int8["value"] as? Double == 127 && (int8["abs_error_exact"] as? String)?.hasSuffix("99873") == true)
    }

    @Test("inspect --json: errors and neighbours are numbers with exact strings")
    func inspectJSONNumbers() throws {
        let json = try CLI.run(["inspect", "70000", "-f", "int8", "--json"]).json()
        let r = try #require((json["results"] as? [[String: Any]])?.first)
        #expect(r["abs_error"] as? Double == 69873 && r["abs_error_exact"] as? String == "69873")
        #expect(r["next_down"] as? Double == 126 && r["value"] as? Double == 127)
    }

    @Test("bad values: 1/3/5, -hello, an endless decimal; long decimals are read")
    func badValues() throws {
        let slash = try CLI.run(["inspect", "1/3/5"])
        #expect(slash.status == 2 && slash.stderr.contains("one '/'"))
        let hello = try CLI.run(["inspect", "-hello"])
        #expect(hello.status == 2 && hello.stderr.contains("'-hello'") && hello.stdout.isEmpty)
        let monster = try CLI.run(["inspect", String(repeating: "9", count: 120_001)])
        #expect(monster.status == 2 && monster.stderr.count < 1_000)
        let long = try CLI.run(["inspect", "0." + String(repeating: "3", count: 2_000), "-f", "fp32", "--json"])
        #expect(long.status == 0)
        #expect((try long.json()["results"] as? [[String: Any]])?.first?["code"] as? String == "0x3eaaaaab")
        let negative = try CLI.run(["inspect", "-fp16:max", "-f", "fp16", "--json"])
        #expect(negative.status == 0)
        #expect((try negative.json()["results"] as? [[String: Any]])?.first?["code"] as? String == "0xfbff")
    }

    @Test("help and --version: exit 1 with a message when standard output cannot be written")
    func helpToFullDevice() throws {
        for arguments in [["--help"], ["inspect", "--help"], ["--version"], ["info", "fp16"]] {
            let r = try Self.runToFull(arguments)
            #expect(r.status == 1 && r.stderr.contains("cannot write"), "\(arguments): \(r.status) \(r.stderr)")
        }
        let version = try CLI.run(["--version"])
        #expect(version.status == 0 && version.text.hasPrefix("floatscope "))
    }

    @Test("a format named twice is listed once, in first order")
    func dedupe() throws {
        let json = try CLI.run(["inspect", "1", "-f", "bf16", "-f", "fp16,bf16,bfloat16", "--json"]).json()
        #expect((json["results"] as? [[String: Any]])?.compactMap { $0["format"] as? String } == ["bf16", "fp16"])
    }

    @Test("render below 80x24 is an error, exit 2")
    func renderTooSmall() throws {
        let out = try CLI.run(["render", "bits", "--width", "60"])
        #expect(out.status == 2 && out.stdout.isEmpty && out.stderr.contains("80"))
    }

    @Test("convert --from tf32: one rule with inspect; --to tf32 is the identity")
    func convertTF32() throws {
        let bad = try CLI.run(["convert", "--from", "tf32", "--to", "fp32"], input: CLI.bytes([Float(bitPattern: 0x3f80_0000), Float(bitPattern: 0x3f80_0001)]))
        #expect(bad.status == 2 && bad.stderr.contains("element 1") && CLI.words32(bad.stdout) == [0x3f80_0000])
        let words: [UInt32] = [0x3f80_0000, 0x3f80_2000, 0xff80_0000, 0x0000_2000, 0x8000_0000, 0x7fc0_0000]
        let same = try CLI.run(["convert", "--from", "tf32", "--to", "tf32"], input: CLI.bytes(words.map { Float(bitPattern: $0) }))
        #expect(same.status == 0 && CLI.words32(same.stdout) == words)
        let inspect = try CLI.run(["inspect", "tf32:0x3f800001"])
        #expect(inspect.status == 2)
    }

    @Test("convert NaN into e2m1fn: -0 for +NaN, +0 for -NaN (ml_dtypes)")
    func nanIntoFP4() throws {
        let out = try CLI.run(["convert", "--from", "fp32", "--to", "e2m1fn"], input: CLI.bytes([Float(bitPattern: 0x7fc0_0000), Float(bitPattern: 0xffc0_0000)]))
        #expect([UInt8](out.stdout) == [0x08, 0x00])
    }
}

/// Tensor files are refused, not read as raw values (defect 4).
@Suite struct ContainerCLITests {
    @Test("convert (standard input) and sweep --input refuse .npy, safetensors and GGUF, exit 2", arguments: ["npy", "safetensors", "gguf"])
    func refused(kind: String) throws {
        var data: Data
        switch kind {
        case "npy": data = Data([0x93] + Array("NUMPY".utf8) + [1, 0, 0x76, 0])
        case "gguf": data = Data(Array("GGUF".utf8) + [3, 0, 0, 0])
        default: data = Data([0x10, 0, 0, 0, 0, 0, 0, 0] + Array("{\"a\":{}}        ".utf8))
        }
        data.append(CLI.bytes([Float](repeating: 1, count: 64)))
        let convert = try CLI.run(["convert", "--from", "fp32", "--to", "bf16"], input: data)
        #expect(convert.status == 2 && convert.stdout.isEmpty && convert.stderr.contains("reads raw little-endian values only"))
        let file = CLI.temporaryFile("tensor")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let sweep = try CLI.run(["sweep", "--input", file.path, "--to", "bf16"])
        #expect(sweep.status == 2 && sweep.stderr.contains("reads raw little-endian values only") && sweep.stderr.contains("floatscope model"))
    }
}
