import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Drives the real `floatscope` executable in a private tmux server, as a person would.
@Suite("floatscope in tmux", .serialized, .enabled(if: Tmux.isInstalled, "tmux is not installed: the end-to-end tests need it (.ci/setup installs it)"))
struct TerminalSessionTests {
    /// What the pane's shell prints after the app: its exit status and the terminal's modes.
    static let afterwards = "echo EXIT=$?; if stty -a | grep -q -- -icanon; then echo COOKED=no; else echo COOKED=yes; fi; "
        + "if stty -a | grep -qw -- -echo; then echo ECHO=no; else echo ECHO=yes; fi; sleep 120"

    /// A pane running floatscope with arguments and environment assignments.
    func start(_ arguments: String = "", environment: String = "LANG=C.UTF-8", width: Int = 100, height: Int = 30) throws -> Tmux {
        let binary = try #require(Tmux.floatscope, "the floatscope executable was not built next to the tests")
        return try Tmux(command: "env \(environment) '\(binary)' \(arguments); \(Self.afterwards)", width: width, height: height)
    }

    /// Checks that the app has left and the terminal is back to normal.
    func expectRestored(_ tmux: Tmux, status: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let screen = try tmux.wait(for: "ECHO=")
        if !screen.contains("ECHO="), let pid = try tmux.appPID() {
            // Still running: its state and signal masks say whether a signal is pending, blocked or ignored.
            let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
            let lines = status.split(separator: "\n").filter { ["State", "SigQ", "SigPnd", "ShdPnd", "SigBlk", "SigIgn", "SigCgt"].contains($0.prefix { $0 != ":" }) }
            Issue.record("the app (pid \(pid)) is still running: \(lines.joined(separator: "; "))", sourceLocation: sourceLocation)
        }
        #expect(screen.contains("EXIT=\(status)"), "exit status", sourceLocation: sourceLocation)
        #expect(screen.contains("COOKED=yes") && screen.contains("ECHO=yes"), "cooked mode with echo", sourceLocation: sourceLocation)
        #expect(try tmux.display("#{alternate_on}") == "0", "normal screen", sourceLocation: sourceLocation)
        #expect(try tmux.display("#{cursor_flag}") == "1", "cursor shown", sourceLocation: sourceLocation)
        #expect(try tmux.display("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_sgr_flag}") == "0000",
                "mouse reporting off", sourceLocation: sourceLocation)
        #expect(!screen.contains("floatscope   1 Bits"), "the app's screen is gone", sourceLocation: sourceLocation)
    }

    /// Whether SGR sequences in `text` select a colour (default colours 39 and 49 do not count).
    static func hasColour(_ text: String) -> Bool {
        var rest = Substring(text)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(where: { !($0.isNumber || $0 == ";") }) else { break }
            if rest[end] == "m" {
                let codes = rest[..<end].split(separator: ";").compactMap { Int($0) }
                if codes.contains(where: { (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0) }) { return true }
            }
            rest = rest[end...]
        }
        return false
    }

    /// The screen line for a format's row.
    func row(_ screen: String, _ name: String) -> String {
        screen.split(separator: "\n").map(String.init).first { $0.dropFirst(2).hasPrefix(name + " ") } ?? ""
    }

    @Test func typeAValueToggleABitResizeAndQuit() throws {
        let tmux = try start()  // plain `floatscope`: the app with its defaults
        defer { tmux.stop() }
        var screen = try tmux.wait { $0.contains("? help · q quit") && $0.contains("rounding nearest-even") }
        #expect(screen.contains("value 0.1"))
        #expect(row(screen, "fp32").contains("0 01111011 10011001100110011001101"))

        try tmux.send("/", "6", "5", "5", "0", "4", "Enter")
        screen = try tmux.wait { $0.contains("= 65504") && self.row($0, "e5m2").contains("overflow→inf") }
        #expect(row(screen, "fp16").contains("0 11110 1111111111"))
        #expect(row(screen, "e5m2").contains("overflow→inf"))

        try tmux.send("Down", "Down", "Down", "Space")
        screen = try tmux.wait { $0.contains("fp16:0xfbff") && self.row($0, "fp16").contains("source") && $0.contains("= -65504") }
        #expect(row(screen, "fp16").hasPrefix("▶ fp16"))
        #expect(row(screen, "fp16").contains("1 11110 1111111111"))
        #expect(row(screen, "fp16").contains("source"))
        #expect(screen.contains("= -65504"))

        try tmux.resize(width: 80, height: 24)
        screen = try tmux.wait {
            $0.contains("rounding nearest-even") && $0.contains("fp16 · IEEE 754 binary16") && !$0.contains("abs err  ")
                && $0.split(separator: "\n").allSatisfy { $0.count <= 80 } && self.row($0, "fp16").contains("1 11110 1111111111")
        }
        #expect(screen.split(separator: "\n").count <= 24)
        #expect(row(screen, "fp16").contains("1 11110 1111111111"))
        #expect(screen.contains("fp16 · IEEE 754 binary16"))

        try tmux.resize(width: 60, height: 20)
        screen = try tmux.wait(for: "Terminal too small")
        #expect(screen.contains("need at least 80x24, have 60x20"))

        try tmux.resize(width: 100, height: 30)
        screen = try tmux.wait { $0.contains("fp16:0xfbff") && !$0.contains("too small") && self.row($0, "fp16").contains("0xfbff") }
        #expect(row(screen, "fp16").contains("0xfbff"))

        try tmux.send("q")
        try expectRestored(tmux, status: 0)
    }

    @Test func mouseClickTogglesABitAndTheWheelSteps() throws {
        let tmux = try start("tui --value 1 --formats fp16,bf16")
        defer { tmux.stop() }
        var screen = try tmux.wait(for: "rounding nearest-even")
        #expect(row(screen, "fp16").contains("0 01111 0000000000"))
        // X10 mouse report (tmux-256color's kmous): ESC [ M, 32+button, 33+x, 33+y.
        // The first exponent bit of fp16 (row y=4) is at x=11: press then release.
        try tmux.send("\u{1B}[M ,%\u{1B}[M#,%", literal: true)
        // Wait for the whole frame: tmux may be caught half-way through drawing it.
        screen = try tmux.wait { $0.contains("fp16:0x7c00") && self.row($0, "bf16").contains("inf") }
        #expect(row(screen, "fp16").contains("0 11111 0000000000"))
        #expect(row(screen, "bf16").contains("inf"))
        // Wheel down (button 64+1) over bf16's row (y=5) steps bf16 down from inf.
        try tmux.send("\u{1B}[Ma,&", literal: true)
        screen = try tmux.wait { $0.contains("bf16:0x7f7f") && self.row($0, "bf16").hasPrefix("▶ bf16 ") && $0.contains("bf16 · ") }
        #expect(row(screen, "bf16").contains("0 11111110 1111111"))
        try tmux.send("q")
        try expectRestored(tmux, status: 0)
    }

    @Test(arguments: [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 130)])
    func signalsRestoreTheTerminal(_ signal: Int32, _ status: Int) throws {
        let tmux = try start("tui --value 2.5")
        defer { tmux.stop() }
        try tmux.wait(for: "nf4")
        let pid = try #require(try tmux.appPID())
        kill(pid, signal)
        try expectRestored(tmux, status: status)
    }

    @Test func controlCQuitsWith130() throws {
        let tmux = try start("tui")
        defer { tmux.stop() }
        try tmux.wait(for: "nf4")
        try tmux.send("/", "1", "2")
        try tmux.wait(for: "Enter apply")
        try tmux.send("C-c")
        try expectRestored(tmux, status: 130)
    }

    @Test func helpOverlayAndFormatPicker() throws {
        let tmux = try start("tui", width: 80, height: 24)
        defer { tmux.stop() }
        try tmux.wait(for: "nf4")
        try tmux.send("?")
        var screen = try tmux.wait(for: "Everywhere")
        #expect(screen.contains("toggle bit; row = source"))
        // Esc and the next key are sent apart: ESC followed at once by a key is Alt+key.
        try tmux.send("Escape")
        try tmux.wait { !$0.contains("Everywhere") }
        try tmux.send("a")
        screen = try tmux.wait(for: "[x] fp32")
        #expect(screen.contains("[x] fp32") && screen.contains("[ ] fp64"))
        try tmux.send("Home", "Space")
        screen = try tmux.wait { $0.contains("added fp64") && $0.contains("[x] fp64") }
        try tmux.send("Escape")
        screen = try tmux.wait { !$0.contains("[x] fp64") && self.row($0, "fp64").contains("0 01111111011 10011001100110011") }
        #expect(row(screen, "fp64").contains("0 01111111011 10011001100110011"))
        // Esc on a main screen does not quit (it cancels or closes elsewhere); q does.
        try tmux.send("Escape")
        screen = try tmux.wait(for: "q quits")
        try tmux.send("q")
        try expectRestored(tmux, status: 0)
    }

    @Test func asciiAndNoColourWithoutAUTF8Locale() throws {
        let tmux = try start("tui --value 65504", environment: "LANG=C LC_ALL=C NO_COLOR=1")
        defer { tmux.stop() }
        let screen = try tmux.wait { $0.contains("nf4") && $0.contains("rounding nearest-even") }
        #expect(screen.allSatisfy { $0.isASCII })
        #expect(row(screen, "fp32").hasPrefix("> fp32"))
        #expect(row(screen, "e5m2").contains("overflow->inf"))
        let escapes = try tmux.screenWithEscapes()
        #expect(!Self.hasColour(escapes), "no colours")
        #expect(escapes.contains("\u{1B}[1m") || escapes.contains("\u{1B}[7m"), "attributes still used")
        try tmux.send("q")
        try expectRestored(tmux, status: 0)
    }

    @Test func coloursWithA256ColourTerminal() throws {
        let tmux = try start("tui", environment: "-u NO_COLOR LANG=C.UTF-8")
        defer { tmux.stop() }
        try tmux.wait(for: "rounding nearest-even")
        let escapes = try tmux.screenWithEscapes()
        #expect(Self.hasColour(escapes), "colours")
        #expect(escapes.contains("\u{1B}[41m") && escapes.contains("\u{1B}[42m") && escapes.contains("\u{1B}[46m"),
                "sign, exponent and mantissa backgrounds")
        try tmux.send("q")
        try expectRestored(tmux, status: 0)
    }

    @Test(arguments: ["TERM=dumb", "-u TERM"])
    func unusableTerminalsGetAMessageAndStatus2(_ environment: String) throws {
        let tmux = try start("", environment: "\(environment) LANG=C.UTF-8")
        defer { tmux.stop() }
        let screen = try tmux.wait(for: "ECHO=")
        #expect(screen.contains("EXIT=2"))
        #expect(screen.contains("floatscope inspect") && screen.contains("floatscope table") && screen.contains("floatscope render"))
        #expect(screen.contains(environment == "TERM=dumb" ? "TERM=dumb" : "TERM environment variable is not set"))
    }
}
