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
        let both = try CLI.run(["model", Self.safetensors, "--json", "--csv"])
        #expect(both.status == 2)
    }
}
