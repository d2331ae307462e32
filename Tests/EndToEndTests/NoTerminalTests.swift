import Foundation
import Testing

/// Without a terminal at all (no tmux needed).
@Suite("floatscope without a terminal")
struct NoTerminalTests {
    @Test(arguments: [[], ["tui"], ["tui", "--value", "65504"]])
    func pipesGetAMessageNamingTheOtherCommands(_ arguments: [String]) throws {
        let binary = try #require(Tmux.floatscope, "the floatscope executable was not built next to the tests")
        let result = try Spawn.run([binary] + arguments, environment: Spawn.environment(["TERM": "xterm-256color"]))
        #expect(result.status == 2)
        #expect(result.output.isEmpty, "nothing written to standard output")
        #expect(result.error.contains("standard input and standard output must both be a TTY"))
        for command in ["floatscope inspect", "floatscope table", "floatscope render"] { #expect(result.error.contains(command)) }
        #expect(!result.error.contains("\u{1B}"))
    }

    @Test func renderPrintsTheScreen() throws {
        let binary = try #require(Tmux.floatscope, "the floatscope executable was not built next to the tests")
        let result = try Spawn.run([binary, "render", "bits", "--value", "65504", "--formats", "fp16,bf16,e5m2", "--width", "80", "--height", "24"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 25)
        #expect(lines[4].hasPrefix("▶ fp16   0 11110 1111111111"))
        let ansi = try Spawn.run([binary, "render", "bits", "--width", "80", "--height", "24", "--ansi", "--keys", "down space"])
        #expect(ansi.status == 0 && ansi.output.contains("\u{1B}[0;"))
        #expect(ansi.output.contains("tf32:0x5ee66"))
        let bad = try Spawn.run([binary, "render", "bits", "--keys", "upp"])
        #expect(bad.status == 2 && bad.error.contains("cannot read key 'upp'"))
        let badValue = try Spawn.run([binary, "tui", "--value", "abc"])
        #expect(badValue.status == 2 && badValue.error.contains("'abc' is not a number"))
    }
}
