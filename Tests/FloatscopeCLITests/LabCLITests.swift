import Foundation
import Testing

/// `floatscope lab` end to end: figures worked out by hand, JSON that parses back to exact doubles,
/// non-finite values as null plus a special text, determinism for a seed, and bad arguments (exit 2).
@Suite struct LabCLITests {
    @Test("loss-scale: fp16's thresholds at S = 1 (2^-25 underflows, 2^-24 is subnormal, 65520 overflows), exact shares")
    func lossScaleThresholds() throws {
        let out = try CLI.run(["lab", "loss-scale", "--values", "0x1p-25,0x1p-24,65504,65520,0,-0x1p-14", "--scale", "1", "--formats", "fp16,bf16", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let json = try out.json()
        #expect(json["scale"] as? Double == 1)
        let formats = try #require(json["formats"] as? [[String: Any]])
        let fp16 = formats[0], bf16 = formats[1]
        #expect(fp16["format"] as? String == "fp16")
        #expect(fp16["underflow"] as? Int == 1 && fp16["subnormal"] as? Int == 1 && fp16["normal"] as? Int == 2
                && fp16["overflow"] as? Int == 1 && fp16["zero_inputs"] as? Int == 1)
        let share = try #require(fp16["overflow_share"] as? [String: Any])
        #expect(share["exact"] as? String == "1/6")
        #expect(share["nearest"] as? Double == 1.0 / 6.0)
        #expect(bf16["normal"] as? Int == 5 && bf16["overflow"] as? Int == 0)
        let histogram = try #require(json["histogram"] as? [String: Any])
        #expect(histogram["lowest_binade"] as? Int == -25)
        #expect(histogram["zeros"] as? Int == 1)
    }

    @Test("loss-scale: S = 2^k moves every binade by k; the text marks rounded shares with ≈; same seed, same figures")
    func lossScaleScaleAndSeed() throws {
        let a = try CLI.run(["lab", "loss-scale", "--count", "4096", "--seed", "3", "--scale", "2^-4", "--json"])
        let b = try CLI.run(["lab", "loss-scale", "--count", "4096", "--seed", "3", "--scale", "0.0625", "--json"])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)")
        #expect(a.stdout == b.stdout)
        let c = try CLI.run(["lab", "loss-scale", "--count", "4096", "--seed", "4", "--scale", "2^-4", "--json"])
        #expect(c.stdout != a.stdout)
        let text = try CLI.run(["lab", "loss-scale", "--count", "4096", "--grad", "lognormal:-26,2", "--scale", "1"])
        #expect(text.status == 0)
        #expect(text.text.contains("underflow %") && text.text.contains("≈"))
        #expect(text.text.contains("fp16    subnormal from 2^-24, normal from 2^-14, largest below 2^16"))
    }

    @Test("scaler: growth every --growth-interval clean steps, halving and a skip on each overflow")
    func scalerSchedule() throws {
        let clean = try CLI.run(["lab", "scaler", "--grad", "lognormal:-20,0", "--steps", "30", "--per-step", "4", "--growth-interval", "10", "--json"])
        #expect(clean.status == 0, "\(clean.stderr)")
        let scales = try #require(try clean.json()["scale"] as? [Double])
        #expect(scales == Array(repeating: 65536.0, count: 10) + Array(repeating: 131072.0, count: 10) + Array(repeating: 262144.0, count: 10))
        // |g| = 1: 1 · 2^16 overflows fp16, 1 · 2^15 does not; growing back to 2^16 overflows again.
        let bumpy = try CLI.run(["lab", "scaler", "--grad", "lognormal:0,0", "--steps", "30", "--per-step", "2", "--growth-interval", "10", "--json"])
        let json = try bumpy.json()
        let skipped = try #require(json["skipped"] as? [Bool])
        #expect(skipped.indices.filter { skipped[$0] } == [0, 11, 22])
        let s = try #require(json["scale"] as? [Double])
        #expect(s[0] == 65536 && s[1] == 32768 && s[10] == 32768 && s[11] == 65536 && s[12] == 32768 && s[29] == 32768)
        #expect(json["skipped_steps"] as? Int == 3 && json["final_scale"] as? Double == 32768)
        #expect((json["overflow"] as? [Int])?[0] == 2)
        let text = try CLI.run(["lab", "scaler", "--grad", "lognormal:0,0", "--steps", "30", "--per-step", "2", "--growth-interval", "10"])
        #expect(text.text.contains("30 steps, 3 skipped, final scale 2^15"))
    }

    @Test("master-weights: bf16 loses every 2^-9 update of 1, fp32 keeps them all (error exactly 0)")
    func masterWeights() throws {
        let out = try CLI.run(["lab", "master-weights", "--w0", "1", "--lr", "1", "--constant", "0.001953125", "--steps", "100", "--points", "4", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let json = try out.json()
        #expect(json["sample_steps"] as? [Int] == [25, 50, 75, 100])
        let runs = try #require(json["runs"] as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: runs.map { ($0["scheme"] as? String ?? "", $0) })
        let bf16 = try #require(byName["bf16"]), fp32 = try #require(byName["fp32"])
        #expect(bf16["vanished"] as? Int == 100)
        #expect((bf16["vanished_share"] as? [String: Any])?["exact"] as? String == "1")
        #expect((bf16["final"] as? [String: Any])?["value"] as? Double == 1)
        #expect((fp32["final"] as? [String: Any])?["value"] as? Double == 1.1953125)
        #expect((fp32["error"] as? [String: Any])?["exact"] as? String == "0")
        #expect((bf16["error"] as? [String: Any])?["exact"] as? String == "-0.1953125")
        let exact = try #require(json["exact"] as? [[String: Any]])
        #expect(exact.last?["exact"] as? String == "1.1953125")
    }

    @Test("master-weights: an fp16 weight that overflows is null with special inf, and its error is null")
    func masterWeightsOverflow() throws {
        let out = try CLI.run(["lab", "master-weights", "--w0", "65504", "--lr", "1", "--constant", "100", "--steps", "2", "--schemes", "fp16,fp32", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let runs = try #require(try out.json()["runs"] as? [[String: Any]])
        let final = try #require(runs[0]["final"] as? [String: Any])
        #expect(final["value"] is NSNull || final["value"] == nil)
        #expect(final["special"] as? String == "inf")
        #expect(runs[0]["error"] == nil || runs[0]["error"] is NSNull)
        #expect((runs[1]["final"] as? [String: Any])?["value"] as? Double == 65704)
    }

    @Test("accumulate: 4096 ones in fp16 stall at 2048 in the same format; relative error exactly 1/2")
    func accumulateOnes() throws {
        let out = try CLI.run(["lab", "accumulate", "--formats", "fp16", "--kind", "sum", "--constant", "1", "--max-log2", "12", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let series = try #require(try out.json()["series"] as? [[String: Any]])
        #expect(series.map { $0["method"] as? String } == ["same", "fp32-acc", "pairwise", "kahan"])
        let same = series[0]
        let results = try #require(same["results"] as? [[String: Any]])
        #expect(results.last?["value"] as? Double == 2048)
        let relative = try #require(same["relative_error"] as? [[String: Any]])
        #expect(relative.last?["exact"] as? String == "0.5")
        for other in series.dropFirst() {
            #expect(((other["results"] as? [[String: Any]])?.last?["value"] as? Double) == 4096)
        }
        let text = try CLI.run(["lab", "accumulate", "--formats", "bf16", "--kind", "dot", "--max-log2", "6"])
        #expect(text.status == 0 && text.text.contains("bf16 dot") && text.text.contains("fp32-acc"))
    }

    @Test("bad arguments: a clear message and exit status 2", arguments: [
        (["lab", "loss-scale", "--formats", "int8"], "int8"),
        (["lab", "loss-scale", "--scale", "0"], "scale"),
        (["lab", "loss-scale", "--scale", "2^x"], "2^K"),
        (["lab", "loss-scale", "--grad", "normal"], "lognormal"),
        (["lab", "loss-scale", "--values", "1,abc"], "abc"),
        (["lab", "loss-scale", "--count", "0"], "--count"),
        (["lab", "scaler", "--steps", "0"], "--steps"),
        (["lab", "scaler", "--format", "bf17"], "bf17"),
        (["lab", "scaler", "--steps", "100000", "--per-step", "4096"], "2^24"),
        (["lab", "scaler", "--format", "int8"], "int8"),
        (["lab", "master-weights", "--schemes", "bf16+kahn"], "bf16+kahn"),
        (["lab", "master-weights", "--steps", "0"], "steps"),
        (["lab", "accumulate", "--kind", "prod"], "sum, dot or both"),
        (["lab", "accumulate", "--max-log2", "25"], "--max-log2"),
        (["lab", "accumulate", "--formats", "e4m3fn", "--dist", "uniform:1000,2000"], "e4m3fn"),
    ])
    func badArguments(_ arguments: [String], _ mention: String) throws {
        let out = try CLI.run(arguments)
        #expect(out.status == 2, "\(arguments): status \(out.status)")
        #expect(out.stderr.contains(mention), "\(arguments): \(out.stderr)")
        #expect(out.stdout.isEmpty)
    }
}

@Suite("lab loss-scale --values-from")
struct LabValuesFromCLITests {
    /// A version 1 `.npy` file of little-endian float32 values, written by hand.
    static func npy(_ values: [Float]) throws -> URL {
        var header = "{'descr': '<f4', 'fortran_order': False, 'shape': (\(values.count),), }"
        while (10 + header.count + 1) % 64 != 0 { header += " " }
        header += "\n"
        var data = Data([0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.count & 0xff), UInt8(header.count >> 8)])
        data.append(contentsOf: Array(header.utf8))
        data.append(CLI.bytes(values))
        let url = CLI.temporaryFile("grads.npy")
        try data.write(to: url)
        return url
    }

    @Test("gradients from a .npy file count exactly as the same values given with --values; a file of several tensors needs --tensor")
    func fromFile() throws {
        let file = try Self.npy([0x1p-27, 0x1p-15, -0x1p-9, 0])
        defer { try? FileManager.default.removeItem(at: file) }
        let fromFile = try CLI.run(["lab", "loss-scale", "--values-from", file.path, "--scale", "1", "--json"])
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        let given = try CLI.run(["lab", "loss-scale", "--values", "7.450580596923828e-09,3.0517578125e-05,-0.001953125,0", "--scale", "1", "--json"])
        let a = try #require(try fromFile.json()["formats"] as? [[String: Any]])
        let b = try #require(try given.json()["formats"] as? [[String: Any]])
        #expect(a.count == 3 && a.count == b.count)
        for (x, y) in zip(a, b) {
            for key in ["underflow", "subnormal", "normal", "overflow", "zero_inputs"] where x[key] != nil || y[key] != nil {
                #expect(x[key] as? Int == y[key] as? Int, "\(key)")
            }
        }
        let gguf = CLI.packageRoot.appendingPathComponent("Tests/FloatscopeCLITests/Fixtures/tiny-llama.gguf").path
        let several = try CLI.run(["lab", "loss-scale", "--values-from", gguf])
        #expect(several.status == 2)
        #expect(several.stderr.contains("holds 8 tensors; name one with --tensor"))
        let named = try CLI.run(["lab", "loss-scale", "--values-from", gguf, "--tensor", "output.weight"])
        #expect(named.status == 0)
        #expect(named.text.contains("gradients  2048 from tensor output.weight"))
        let missing = try CLI.run(["lab", "loss-scale", "--values-from", "/nonexistent.npy"])
        #expect(missing.status == 1)
        let both = try CLI.run(["lab", "loss-scale", "--values-from", file.path, "--values", "1"])
        #expect(both.status == 2)
    }
}

@Suite("lab: reviewed edge cases")
struct LabEdgeCaseCLITests {
    @Test("gradients that are not finite are said to be counted in no column (before: an all-zero table and nothing else)")
    func nonFiniteGradients() throws {
        let out = try CLI.run(["lab", "loss-scale", "--grad", "lognormal:2000,1", "--count", "10"])
        #expect(out.status == 0)
        #expect(out.text.contains("10 of the 10 gradients are not finite"))
    }

    @Test("a first scale that is infinite in float32 is refused (PyTorch keeps the scale in float32)")
    func infiniteInitialScale() throws {
        let out = try CLI.run(["lab", "scaler", "--init-scale", "2^200"])
        #expect(out.status == 2)
        #expect(out.stderr.contains("--init-scale must be finite in float32"))
        #expect(try CLI.run(["lab", "scaler", "--init-scale", "2^127", "--steps", "10"]).status == 0)
    }
}
