import Testing

/// A lesson end to end: start it, walk forward and back, leave it and keep exploring, open the menu.
extension TerminalSessionTests {
    @Test func walkALessonLeaveItAndUseTheMenu() throws {
        let tmux = try start("tui --lesson overflow --lang en", width: 80, height: 24)
        defer { tmux.stop() }
        var screen = try tmux.wait(for: "1/3 ·")
        #expect(screen.contains("An activation of 72000 does not fit fp16"))
        try tmux.send("Right")
        screen = try tmux.wait(for: "2/3 ·")
        #expect(screen.contains("flushes to 0"))
        try tmux.send("n")
        screen = try tmux.wait(for: "3/3 ·")
        try tmux.send("Left")
        screen = try tmux.wait(for: "2/3 ·")
        // Esc leaves the lesson and keeps the screen: the value of step 2 is still there.
        try tmux.send("Escape")
        screen = try tmux.wait(for: "left the lesson")
        #expect(!screen.contains("2/3 ·"))
        #expect(screen.contains("value 2.061153622438558e-09"))
        try tmux.send("L")
        screen = try tmux.wait(for: "Enter starts")
        #expect(screen.contains("kquants"))
        try tmux.send("Down", "Enter")
        screen = try tmux.wait(for: "Range versus precision: fp16 and bf16 ·")
        #expect(screen.contains("1/3 ·"))
        try tmux.send("q")
        try expectRestored(tmux, status: 0)
    }
}
