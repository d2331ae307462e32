import Foundation
import Testing

/// `floatscope FILE` and `floatscope tui --model FILE`: the file is opened before the terminal is
/// needed, so its errors come first, as plain messages with `model`'s exit statuses.
@Suite("model file as the app's argument")
struct ModelAppCLITests {
    static var gguf: String { CLI.packageRoot.appendingPathComponent("Tests/FloatscopeCLITests/Fixtures/tiny-llama.gguf").path }

    @Test func aMissingFileIsAnIOErrorWithItsName() throws {
        for arguments in [["/nonexistent/model.gguf"], ["tui", "--model", "/nonexistent/model.gguf"]] {
            let out = try CLI.run(arguments)
            #expect(out.status == 1, "\(arguments)")
            #expect(out.stderr.contains("/nonexistent/model.gguf: cannot open the file"), "\(out.stderr)")
        }
    }

    @Test func aFileThatIsNoModelIsAUsageError() throws {
        let readme = CLI.packageRoot.appendingPathComponent("README.md").path
        let out = try CLI.run([readme])
        #expect(out.status == 2)
        #expect(out.stderr.contains("not a model file: expected safetensors"), "\(out.stderr)")
    }

    @Test func aGoodFileReachesTheTerminalCheck() throws {
        // Opened fine; without a terminal the app then says so (exit 2), as `tui` does.
        let out = try CLI.run([Self.gguf, "--ascii"])
        #expect(out.status == 2)
        #expect(out.stderr.contains("needs a terminal"), "\(out.stderr)")
    }

    @Test func wordsThatAreNoFileStayArgumentErrors() throws {
        let out = try CLI.run(["inpsect", "0.1"])
        #expect(out.status == 2)
        #expect(out.stderr.contains("unexpected argument"), "\(out.stderr)")
    }
}
