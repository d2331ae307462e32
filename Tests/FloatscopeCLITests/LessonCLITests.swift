import Foundation
import Testing

/// `floatscope lesson`, `render lesson` and `tui --lesson` from the command line.
@Suite("Lesson CLI")
struct LessonCLITests {
    @Test("lesson lists the lessons; lesson NAME prints its captions with computed figures, in English or Chinese")
    func listAndPrint() throws {
        let list = try CLI.run(["lesson", "--lang", "en"])
        #expect(list.status == 0)
        #expect(list.text.contains("anatomy") && list.text.contains("kquants") && list.text.contains("steps"))
        let overflow = try CLI.run(["lesson", "overflow", "--lang", "en"])
        #expect(overflow.status == 0)
        #expect(overflow.text.contains("An activation of 72000 does not fit fp16, whose largest value is 65504: it becomes inf"))
        #expect(overflow.text.contains("bf16 stores it as 72192 (error 192)"))
        let zh = try CLI.run(["lesson", "overflow", "--lang", "zh"])
        #expect(zh.status == 0)
        #expect(zh.text.contains("激活值 72000 超出 fp16 的最大值 65504"))
    }

    @Test("render lesson NAME --step K draws the step's screen with its caption")
    func renderStep() throws {
        let out = try CLI.run(["render", "lesson", "fp8", "--step", "3", "--width", "80", "--height", "24", "--lang", "en"])
        #expect(out.status == 0)
        #expect(out.text.contains("FP8: E4M3 for weights, E5M2 for gradients · 3/4 · → ← Esc"))
        #expect(out.text.contains("underflows to 0 in E4M3"))
        #expect(out.text.contains("1 Bits"))
    }

    @Test("--svg-dir writes every step as an SVG slide with its text, and an index page")
    func slides() throws {
        let dir = CLI.temporaryFile("slides")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLI.run(["render", "lesson", "nf4", "--svg-dir", dir.path, "--lang", "zh"])
        #expect(out.status == 0, "\(out.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files == ["index.html", "step-01.svg", "step-01.txt", "step-02.svg", "step-02.txt", "step-03.svg", "step-03.txt"])
        let index = try String(contentsOf: dir.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("lang=\"zh\"") && index.contains("step-03.svg") && index.contains("NF4 与双重量化"))
        let svg = try String(contentsOf: dir.appendingPathComponent("step-03.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<svg") || svg.contains("<svg"))
    }

    @Test("bad lesson arguments: clear messages naming what is accepted, exit status 2")
    func badArguments() throws {
        let unknown = try CLI.run(["render", "lesson", "nope"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown lesson 'nope'; lessons: anatomy"))
        let step = try CLI.run(["render", "lesson", "fp8", "--step", "9"])
        #expect(step.status == 2)
        #expect(step.stderr.contains("--step must be 1...4 for lesson fp8; got 9"))
        let missing = try CLI.run(["render", "lesson"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("render lesson needs a lesson name"))
        let misplaced = try CLI.run(["render", "bits", "--svg-dir", "/tmp/x"])
        #expect(misplaced.status == 2)
        let lang = try CLI.run(["lesson", "--lang", "fr"])
        #expect(lang.status == 2)
        #expect(lang.stderr.contains("'en' and 'zh'"))
        let tui = try CLI.run(["tui", "--lesson", "nope"])
        #expect(tui.status == 2)
        #expect(tui.stderr.contains("unknown lesson 'nope'"))
    }
}
