import Testing

/// The Lab screen end to end: the loss-scaling picture, S changed by keys, the scaler's plot.
extension TerminalSessionTests {
    @Test func theLabShowsLossScalingAndTheScaler() throws {
        let tmux = try start("tui --value 1", width: 100, height: 30)
        defer { tmux.stop() }
        try tmux.wait(for: "rounding nearest-even")
        try tmux.send("8")
        var screen = try tmux.wait(for: "S = 2^0 (+ -)")
        #expect(screen.contains("fp16") && screen.contains("underflow"))
        for _ in 0..<16 { try tmux.send("+") }
        screen = try tmux.wait(for: "S = 2^16 (+ -)")
        #expect(screen.contains("format  underflow"))
        try tmux.send("v")
        screen = try tmux.wait(for: "skips │")
        #expect(screen.contains("GradScaler: from 2^16"))
        try tmux.send("q")
        try expectRestored(tmux, status: 0)
    }
}
