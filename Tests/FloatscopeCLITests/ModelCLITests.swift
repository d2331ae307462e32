import Foundation
import Testing

@Suite("model command")
struct ModelCLITests {
    static let fixtures = CLI.packageRoot.appendingPathComponent("Tests/TensorFilesTests/Fixtures")
    static var safetensors: String { fixtures.appendingPathComponent("all_dtypes.safetensors").path }
    static var gguf: String { fixtures.appendingPathComponent("all_types.gguf").path }

    @Test("--json: every tensor, the default formats, figures that follow from the sums, sizes from the layouts")
    func json() throws {
        let out = try CLI.run(["model", Self.safetensors, "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let root = try out.json()
        let formats = try #require(root["formats"] as? [String])
        #expect(formats == ["fp16", "bf16", "e4m3fn:tensor", "int8:row", "nf4:64", "nf4:64+dq", "mxfp4", "nvfp4", "q8_0", "q6_k", "q4_k"])
        let tensors = try #require(root["tensors"] as? [[String: Any]])
        #expect(tensors.count == 21)
        let f32 = try #require(tensors.first { $0["name"] as? String == "f32" })
        let stats = try #require(f32["statistics"] as? [String: Any])
        #expect(stats["count"] as? Int == 66 && stats["nan"] as? Int == 2 && stats["infinite"] as? Int == 2)
        let outcomes = try #require(f32["formats"] as? [[String: Any]])
        let fp16 = try #require(outcomes.first { $0["format"] as? String == "fp16" })
        #expect(fp16["bytes"] as? Int == 132)
        let figures = try #require(fp16["figures"] as? [String: Any])
        let sx = try #require(figures["sum_squared_input"] as? Double), se = try #require(figures["sum_squared_error"] as? Double)
        #expect(figures["sqnr_db"] as? Double == 10 * log10(sx / se))
        #expect(figures["pairs"] as? Int == 62)
        let q4k = try #require(outcomes.first { $0["format"] as? String == "q4_k" })
        #expect((q4k["not_applicable"] as? String)?.contains("rows of whole blocks of 256") == true)
        let totals = try #require(root["totals"] as? [[String: Any]])
        #expect(totals.count == 11)
    }

    @Test("text and CSV: tables, n/a notes, one CSV line per tensor and format; --tensors filters, --sort orders")
    func textAndCSV() throws {
        let text = try CLI.run(["model", Self.gguf, "--formats", "fp16,q4_k", "--sort", "sqnr:q4_k"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.text.contains("Totals per format"))
        #expect(text.text.contains("iq2_xxs not read: GGUF type IQ2_XXS"))
        #expect(text.text.contains("q4_k n/a on"))
        let csv = try CLI.run(["model", Self.gguf, "--formats", "fp16,nf4:64", "--csv", "--tensors", "^q[0-9]"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.text.split(separator: "\n")
        // q4_0 q4_1 q5_0 q5_1 q8_0 q2_k q3_k q4_k q5_k q6_k: 10 tensors, 2 formats each.
        #expect(lines.count == 1 + 20)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("q") })
    }

    @Test("bad input: no file, a missing file, a file that is not a model, bad formats, regex, sort: clear messages, exit 2 (1 for I/O)")
    func badInput() throws {
        let none = try CLI.run(["model"])
        #expect(none.status == 2 && none.stderr.contains("name a model file"))
        let missing = try CLI.run(["model", "/nonexistent/model.safetensors"])
        #expect(missing.status == 1, "\(missing.stderr)")
        let junk = CLI.temporaryFile("junk.safetensors")
        try Data(repeating: 0x41, count: 100).write(to: junk)
        defer { try? FileManager.default.removeItem(at: junk) }
        let notModel = try CLI.run(["model", junk.path])
        #expect(notModel.status == 2 && notModel.stderr.contains(junk.lastPathComponent), "\(notModel.stderr)")
        let format = try CLI.run(["model", Self.safetensors, "--formats", "fp16,q9_k"])
        #expect(format.status == 2 && format.stderr.contains("unknown format 'q9_k'"))
        let regex = try CLI.run(["model", Self.safetensors, "--tensors", "(["])
        #expect(regex.status == 2 && regex.stderr.contains("not a regular expression"))
        let nothing = try CLI.run(["model", Self.safetensors, "--tensors", "^zzz"])
        #expect(nothing.status == 2 && nothing.stderr.contains("matches none of the 21 tensors"))
        let sort = try CLI.run(["model", Self.safetensors, "--sort", "sqnr:e5m2"])
        #expect(sort.status == 2 && sort.stderr.contains("not one of the measured formats"))
        let empty = try CLI.run(["model", Self.safetensors, "--formats", ",,"])
        #expect(empty.status == 2 && empty.stderr.contains("--formats names no format"))
        let noMix = try CLI.run(["model", Self.safetensors, "--mix", ""])
        #expect(noMix.status == 2 && noMix.stderr.contains("--mix names no mix"))
        let both = try CLI.run(["model", Self.safetensors, "--json", "--csv"])
        #expect(both.status == 2)
    }
}

@Suite("memory command")
struct MemoryCLITests {
    @Test("--params 7B: weights at each format's bits per value, training recipes with their formulas")
    func params() throws {
        let out = try CLI.run(["memory", "--params", "7B", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let sections = try #require(try out.json()["sections"] as? [[String: Any]])
        let weights = try #require(sections.first?["lines"] as? [[String: Any]])
        func bytes(_ label: String, _ lines: [[String: Any]]) -> Double? { lines.first { $0["label"] as? String == label }?["bytes"] as? Double }
        #expect(bytes("fp16", weights) == 14e9)
        #expect(bytes("nf4:64+dq", weights) == 7e9 * 4.126953125 / 8)
        #expect(bytes("q4_k", weights) == 7e9 * 4.5 / 8)
        let training = try #require(sections[1]["lines"] as? [[String: Any]])
        #expect(bytes("mixed precision, fp32 master (ZeRO)", training) == 112e9)
        #expect(bytes("pure bf16", training) == 56e9)
        let text = try CLI.run(["memory", "--params", "1.5B"])
        #expect(text.text.contains("1,500,000,000 × 16 bits / 8"))
    }

    @Test("a GGUF file: exact sizes, QLoRA, and the KV cache from its metadata")
    func file() throws {
        let path = CLI.packageRoot.appendingPathComponent("Tests/FloatscopeCLITests/Fixtures/tiny-llama.gguf").path
        let out = try CLI.run(["memory", path, "--formats", "fp16,q8_0", "--context", "1000", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let sections = try #require(try out.json()["sections"] as? [[String: Any]])
        let kv = try #require(sections.first { ($0["title"] as? String)?.hasPrefix("KV cache") == true }?["lines"] as? [[String: Any]])
        // 2 layers × (2 kv heads × 16 + 2 × 16) elements × 2 bytes = 256 bytes per token.
        #expect(kv.first?["bytes"] as? Double == 256)
        #expect(kv.last?["bytes"] as? Double == 256_000)
        let weights = try #require(sections.first?["lines"] as? [[String: Any]])
        // 16,512 parameters in fp16; q8_0 applies to every row (64 wide: 34 bytes per 32) and keeps nothing at its stored size.
        #expect(weights.first?["bytes"] as? Double == Double(2 * 16_512))
        #expect(weights.last?["bytes"] as? Double == Double(16_512 / 32 * 34))
        // The mixes, tensor by tensor: Q4_K_M as `model --mix q4_k_m` sizes it.
        let mixes = try #require(sections.first { ($0["title"] as? String)?.hasPrefix("llama.cpp mixes") == true }?["lines"] as? [[String: Any]])
        let q4km = try #require(mixes.first { $0["label"] as? String == "Q4_K_M" })
        #expect(q4km["bytes"] as? Double == Double(2048 / 32 * 22 + 2 * 4096 / 32 * 22 + 2048 / 32 * 22 + 2048 / 32 * 34 + 2 * 64 * 4 + 2048 / 32 * 34))
    }

    @Test("bad input: neither or both of file and --params, a bad count, a bad KV type: exit 2 with the reason")
    func badInput() throws {
        #expect(try CLI.run(["memory"]).status == 2)
        let bad = try CLI.run(["memory", "--params", "seven"])
        #expect(bad.status == 2 && bad.stderr.contains("not a parameter count"))
        let kv = try CLI.run(["memory", "--params", "7B", "--kv-type", "q3"])
        #expect(kv.status == 2 && kv.stderr.contains("--kv-type takes"))
    }
}

@Suite("model --mix")
struct ModelMixCLITests {
    static var tiny: String { CLI.packageRoot.appendingPathComponent("Tests/FloatscopeCLITests/Fixtures/tiny-llama.gguf").path }

    @Test("a mix gives each tensor llama-quantize's type with its reason, measured in that type; sizes add up")
    func mix() throws {
        let out = try CLI.run(["model", Self.tiny, "--formats", "fp16", "--mix", "q4_k_m", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let root = try out.json()
        let mixes = try #require(root["mixes"] as? [[String: Any]])
        let tensors = try #require(mixes.first?["tensors"] as? [[String: Any]])
        func type(_ name: String) -> String? { tensors.first { $0["name"] as? String == name }?["type"] as? String }
        // Rows of 64 are not whole K-quant blocks: llama.cpp falls back to Q5_0, attn_v of a use_more_bits
        // layer and the output tensor to Q8_0; 1-D tensors stay F32.
        #expect(type("blk.0.attn_q.weight") == "Q5_0")
        #expect(type("blk.1.attn_v.weight") == "Q8_0")
        #expect(type("output.weight") == "Q8_0")
        #expect(type("blk.0.attn_norm.weight") == "F32")
        #expect(mixes.first?["layers"] as? Int == 2 && mixes.first?["kv_heads"] as? Int == 2)
        let totals = try #require(root["totals"] as? [[String: Any]])
        let q4km = try #require(totals.first { $0["format"] as? String == "q4_k_m" })
        // 32×64 Q5_0 (44 B per 64) + 2 × 64×64 Q5_0 + 32×64 Q5_0 + 32×64 Q8_0 + 2 × 64 F32 + 32×64 Q8_0
        let expected = 2048 / 32 * 22 + 2 * 4096 / 32 * 22 + 2048 / 32 * 22 + 2048 / 32 * 34 + 2 * 64 * 4 + 2048 / 32 * 34
        #expect(q4km["bytes"] as? Int == expected)
        let text = try CLI.run(["model", Self.tiny, "--formats", "fp16", "--mix", "q2_k"])
        #expect(text.text.contains("Mix Q2_K: the type llama-quantize gives each tensor"))
        #expect(text.text.contains("6 tensors are stored in another type than this mix gives them"))
    }

    @Test("a bad mix name lists the accepted ones; exit 2")
    func badMix() throws {
        let out = try CLI.run(["model", Self.tiny, "--mix", "q4_k_xl"])
        #expect(out.status == 2 && out.stderr.contains("q4_k_m") && out.stderr.contains("unknown mix"), "\(out.stderr)")
    }
}

@Suite("model --against")
struct ModelAgainstCLITests {
    static func fixture(_ name: String) -> String { CLI.packageRoot.appendingPathComponent("Tests/FloatscopeCLITests/Fixtures/\(name)").path }

    @Test("a Q8_0 file (gguf-py's quantiser) against its original: the real error equals floatscope's q8_0 measurement of the original, sum for sum")
    func realErrorEqualsMeasurement() throws {
        let against = try CLI.run(["model", Self.fixture("tiny-llama-q8_0.gguf"), "--against", Self.fixture("tiny-llama.gguf"), "--json"])
        #expect(against.status == 0, "\(against.stderr)")
        let measured = try CLI.run(["model", Self.fixture("tiny-llama.gguf"), "--formats", "q8_0", "--json"])
        let real = try #require(try against.json()["tensors"] as? [[String: Any]])
        let predicted = try #require(try measured.json()["tensors"] as? [[String: Any]])
        #expect(real.count == 8)
        var compared2D = 0
        for r in real where r["stored_type"] as? String == "Q8_0" {
            let name = try #require(r["name"] as? String)
            let p = try #require(predicted.first { $0["name"] as? String == name })
            let pf = try #require(((p["formats"] as? [[String: Any]])?.first?["figures"]) as? [String: Any])
            let rf = try #require(r["figures"] as? [String: Any])
            for key in ["sum_squared_error", "sum_squared_input", "sum_product", "max_abs_error"] {
                #expect(pf[key] as? Double == rf[key] as? Double, "\(name) \(key)")
            }
            compared2D += 1
        }
        #expect(compared2D == 6)
        let root = try against.json()
        #expect(root["compared_tensors"] as? Int == 8 && root["bytes"] as? Int == 17_920)
    }

    @Test("llama's attn_q and attn_k against a Hugging Face original: the converter's rope row order is undone (an F32 conversion compares equal; before, both were refused)")
    func ropeRowsAreReordered() throws {
        let original = Self.fixture("rope/hf/model.safetensors")
        let f32 = try CLI.run(["model", Self.fixture("rope/converted.gguf"), "--against", original, "--json"])
        #expect(f32.status == 0, "\(f32.stderr)")
        let tensors = try #require(try f32.json()["tensors"] as? [[String: Any]])
        #expect(tensors.count == 12)
        for t in tensors {
            let figures = try #require(t["figures"] as? [String: Any], "\(t["name"] ?? "?") not compared: \(t["problem"] ?? "")")
            #expect(figures["sum_squared_error"] as? Double == 0, "\(t["name"] ?? "?")")
        }
        // Q8_0 blocks lie along rows, so the real error of the reordered tensors equals floatscope's q8_0
        // measurement of the original (the same blocks, summed in another order).
        let q8 = try CLI.run(["model", Self.fixture("rope/converted-q8_0.gguf"), "--against", original, "--json"])
        let measured = try CLI.run(["model", original, "--formats", "q8_0", "--json"])
        let real = try #require(try q8.json()["tensors"] as? [[String: Any]])
        let predicted = try #require(try measured.json()["tensors"] as? [[String: Any]])
        for (gguf, hf) in [("blk.0.attn_q.weight", "model.layers.0.self_attn.q_proj.weight"), ("blk.0.attn_k.weight", "model.layers.0.self_attn.k_proj.weight")] {
            let r = try #require(real.first { $0["name"] as? String == gguf }?["figures"] as? [String: Any])
            let p = try #require(((predicted.first { $0["name"] as? String == hf }?["formats"] as? [[String: Any]])?.first?["figures"]) as? [String: Any])
            #expect(r["max_abs_error"] as? Double == p["max_abs_error"] as? Double, "\(gguf)")
            for key in ["sum_squared_error", "sum_squared_input", "sum_product"] {
                let a = try #require(r[key] as? Double), b = try #require(p[key] as? Double)
                #expect(abs(a - b) <= 1e-12 * abs(b), "\(gguf) \(key): \(a) against \(b)")
            }
        }
    }

    @Test("unpaired tensors are listed with the reason; a missing original is an I/O error")
    func unpaired() throws {
        let out = try CLI.run(["model", Self.fixture("tiny-llama.gguf"), "--against", ModelCLITests.gguf])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.text.contains("no tensor of this name in the original"))
        #expect(out.text.contains("compared  0 of 8 tensors"))
        let missing = try CLI.run(["model", Self.fixture("tiny-llama.gguf"), "--against", "/nonexistent.gguf"])
        #expect(missing.status == 1)
    }
}

@Suite("model --budget")
struct ModelPlanCLITests {
    @Test("a plan fits its budget, is at least as good as every single format that fits, and prints llama-quantize arguments")
    func plan() throws {
        let tiny = ModelMixCLITests.tiny
        let out = try CLI.run(["model", tiny, "--formats", "q8_0,q5_0,q4_0", "--budget", "5.5", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let root = try out.json()
        let plan = try #require(root["plan"] as? [String: Any])
        let budget = try #require(plan["budget_bytes"] as? Int), bytes = try #require(plan["bytes"] as? Int)
        #expect(budget == 16_512 * 55 / 80 && bytes <= budget)
        let text = try CLI.run(["model", tiny, "--formats", "q8_0,q5_0,q4_0", "--size", "11352B"])
        #expect(text.text.contains("llama-quantize --tensor-type '^token_embd\\.weight$="))
        let bad = try CLI.run(["model", tiny, "--budget", "4", "--size", "1GB"])
        #expect(bad.status == 2 && bad.stderr.contains("not both"))
        let badSize = try CLI.run(["model", tiny, "--size", "lots"])
        #expect(badSize.status == 2 && badSize.stderr.contains("--size takes"))
    }
}
