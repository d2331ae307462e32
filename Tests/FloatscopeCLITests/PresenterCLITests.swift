import Foundation
import Testing

/// `--present` and `--theme` on `render` (shared with `tui` through AppOptions).
@Suite struct PresenterCLITests {
    @Test func renderBitsPresentDrawsBigGlyphsWithoutChrome() throws {
        let out = try CLI.run(["render", "bits", "--present", "--value", "0.1", "--width", "80", "--height", "24"])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 25)
        #expect(!out.text.contains("floatscope   1 Bits") && !out.text.contains("rounding nearest-even (r)"))
        // fp32's 0.1 is rounded in big glyphs: the big ≈ is there, and the exact decimal under it.
        #expect(out.text.contains("▄▀▀▄▄▀"))
        #expect(out.text.contains("≈ rounded; exact 0.100000001490116119384765625"))
        let normal = try CLI.run(["render", "bits", "--value", "0.1", "--width", "80", "--height", "24"])
        #expect(normal.text.hasPrefix(" floatscope") && !normal.text.contains("▄▀▀▄▄▀"))
    }

    @Test func themeLightPaintsALightPageInANSIAndSVG() throws {
        let ansi = try Self.runWithColour(["render", "bits", "--theme", "light", "--ansi", "--width", "80", "--height", "24"])
        #expect(ansi.contains("38;5;16;48;5;231m"))
        let dark = try Self.runWithColour(["render", "bits", "--theme", "dark", "--ansi", "--width", "80", "--height", "24"])
        #expect(dark.contains("\u{1B}[") && !dark.contains("48;5;231m"))
        let svg = CLI.temporaryFile("light.svg")
        defer {
            try? FileManager.default.removeItem(at: svg)
            try? FileManager.default.removeItem(atPath: String(svg.path.dropLast(4)) + ".txt")
        }
        let written = try CLI.run(["render", "bits", "--present", "--theme", "light", "--value", "65504", "--width", "80", "--height", "24", "--svg", svg.path])
        #expect(written.status == 0, "\(written.stderr)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.contains("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"))
        #expect(text.contains("fill=\"#000000\""))
        #expect(!text.contains("#1c1c1c"))
        // Also without colour: the page is still light.
        let mono = try CLI.run(["render", "bits", "--theme", "light", "--no-color", "--width", "80", "--height", "24", "--svg", svg.path])
        #expect(mono.status == 0)
        #expect(try String(contentsOf: svg, encoding: .utf8).contains("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"))
    }

    /// Standard output of the executable run with NO_COLOR unset (the test runner may set it).
    static func runWithColour(_ arguments: [String]) throws -> String {
        let out = try CLI.run(arguments, environment: ["NO_COLOR": nil])
        #expect(out.status == 0)
        return out.text
    }

    @Test func anUnknownThemeIsAUsageError() throws {
        let out = try CLI.run(["render", "bits", "--theme", "blue", "--width", "80", "--height", "24"])
        #expect(out.status == 2)
        #expect(out.stderr.contains("unknown --theme 'blue'; themes: dark, light"))
        #expect(out.text.isEmpty)
        let tui = try CLI.run(["tui", "--theme", "sepia"])
        #expect(tui.status == 2 && tui.stderr.contains("unknown --theme 'sepia'"))
    }
}
