import Testing

/// The app in Simplified Chinese end to end: every screen reached by its number key shows its
/// Chinese labels at 80x24, and q restores the terminal.
extension TerminalSessionTests {
    @Test func everyScreenInChinese() throws {
        let tmux = try start("tui --lang zh --value 0.1", width: 80, height: 24)
        defer { tmux.stop() }
        try tmux.wait(for: "舍入 nearest-even")
        let labels: [(key: String, text: String)] = [
            ("2", "数轴："), ("3", "位画面的格式"), ("4", "正态分位数"), ("7", "没有打开模型文件"),
            ("8", "实验 · 损失缩放"), ("9", "常见说法"), ("1", "相对误差"),
        ]
        for (key, text) in labels {
            try tmux.send(key)
            let screen = try tmux.wait(for: text)
            #expect(screen.contains(text), "screen \(key): \(screen)")
        }
        try tmux.send("?")
        try tmux.wait(for: "按键")
        try tmux.send("q")
        try tmux.send("q")
        try expectRestored(tmux, status: 0)
    }
}
