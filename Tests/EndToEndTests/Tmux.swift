import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One pane of a private tmux server (`tmux -L NAME -f /dev/null`) running a command.
final class Tmux {
    /// Whether tmux is installed.
    static let isInstalled = Spawn.isInstalled("tmux")

    /// The built `floatscope` executable: next to the test bundle, else `.build/debug`.
    static let floatscope: String? = {
        var candidates: [String] = []
        if let runner = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: runner).deletingLastPathComponent().appendingPathComponent("floatscope").path)
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("floatscope").path)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/floatscope").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The server's socket: a file in a directory of its own, removed when the server stops (with
    /// `-L` tmux leaves its socket files behind in /tmp/tmux-UID after every run).
    let socket: String
    /// The directory holding the socket.
    let directory: String

    /// Starts a server with one detached session `p` of the given size running `command` in sh.
    init(command: String, width: Int = 100, height: Int = 30) throws {
        directory = (NSTemporaryDirectory() as NSString).appendingPathComponent("floatscope-e2e-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        socket = (directory as NSString).appendingPathComponent("socket")
        let result = try tmux(["new-session", "-d", "-s", "p", "-x", "\(width)", "-y", "\(height)", command])
        guard result.status == 0 else { throw SpawnError(message: "tmux new-session failed: \(result.error)") }
    }

    deinit {
        stop()
    }

    /// Stops the server (and with it the pane's processes).
    func stop() {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Runs a tmux command against this server.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> Spawn.Result {
        try Spawn.run(["tmux", "-S", socket, "-f", "/dev/null"] + arguments)
    }

    /// Sends keys by tmux name (`Down`, `Space`, `Enter`, `C-c`) or literal text with `literal`.
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", "p"] + (literal ? ["-l"] : []) + keys)
    }

    /// The pane's text.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "p"]).output
    }

    /// The pane's text with colour escapes.
    func screenWithEscapes() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", "p"]).output
    }

    /// A tmux format evaluated for the pane (`#{alternate_on}`...).
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "p", format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Resizes the window (the app gets SIGWINCH / KEY_RESIZE).
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "p", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen satisfies `condition` (up to `timeout` seconds); returns the last screen.
    @discardableResult
    func wait(timeout: Double = 10, until condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = try screen()
        while !condition(text) && Date() < deadline {
            usleep(20_000)
            text = try screen()
        }
        return text
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func wait(for text: String, timeout: Double = 10) throws -> String {
        try wait(timeout: timeout) { $0.contains(text) }
    }

    /// The process id of the pane's shell's child (the app), if running.
    func appPID() throws -> pid_t? {
        guard let shell = pid_t(try display("#{pane_pid}")) else { return nil }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = pid_t(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8) else { continue }
            // Fields after the command name (in parentheses): state, ppid...
            guard let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, pid_t(fields[1]) == shell, stat.contains("(floatscope)") { return pid }
        }
        return nil
    }
}
