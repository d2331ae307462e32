import Testing

/// The Sweep screen end to end: a background sweep that keeps the app responsive, then a cancel.
extension TerminalSessionTests {
    @Test func startASweepSwitchScreensCancelItAndQuit() throws {
        let tmux = try start("tui --value 1")
        defer { tmux.stop() }
        try tmux.wait(for: "rounding nearest-even")
        try tmux.send("5")
        var screen = try tmux.wait(for: "idle: no sweep yet")
        #expect(screen.contains("source fp16, all codes"))
        // fp32, all codes: 2^32 values per target, so it is still running when cancelled.
        try tmux.send("f")
        try tmux.wait(for: "source fp32, all codes")
        try tmux.send("Enter")
        screen = try tmux.wait { $0.contains("values/s") && $0.contains("target 1/4 bf16") }
        #expect(screen.contains("values/s"))
        // Other screens answer during the sweep: toggle fp32's sign bit on the Bits screen.
        try tmux.send("1")
        try tmux.wait(for: "value 1")
        try tmux.send("Home", "Space")
        screen = try tmux.wait(for: "= -1")
        #expect(screen.contains("= -1"))
        try tmux.send("5")
        screen = try tmux.wait { $0.contains("values/s") && $0.contains("source fp32") }
        try tmux.send("c")
        screen = try tmux.wait(timeout: 20) { $0.contains("cancelled: fp32, all codes") }
        #expect(screen.contains("cancelled: fp32, all codes"))
        #expect(screen.contains("~bf16"))
        try tmux.send("q")
        try expectRestored(tmux, status: 0)
    }
}
