import Foundation
import Testing

/// `floatscope FILE.gguf` in tmux: the app opens on the Model screen, measures in the background,
/// answers keys, quits with q and gives the terminal back.
@Suite("floatscope FILE in tmux", .serialized, .enabled(if: Tmux.isInstalled, "tmux is not installed: the end-to-end tests need it (.ci/setup installs it)"))
struct ModelSessionTests {
    static let gguf = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../FloatscopeCLITests/Fixtures/tiny-llama.gguf").standardized.path

    @Test func aModelFileOpensTheModelScreenAndMeasuresIt() throws {
        let session = TerminalSessionTests()
        for (width, height) in [(80, 24), (100, 30)] {
            let tmux = try session.start("'\(Self.gguf)'", width: width, height: height)
            defer { tmux.stop() }
            let screen = try tmux.wait(timeout: 60) { $0.contains("measured 8/8 tensors") }
            #expect(screen.contains("7 Model"), "\(screen)")
            #expect(screen.contains("blk.0.attn_q.weight"))
            #expect(screen.contains("fp16") && screen.contains("e4m3fn") && screen.contains("e5m2"), "the ranges under the histogram")
            try tmux.send("s")
            _ = try tmux.wait(for: "sort size (s)")
            try tmux.send("h")
            _ = try tmux.wait(for: "by layer and tensor kind")
            try tmux.send("q")
            try session.expectRestored(tmux, status: 0)
        }
    }
}
