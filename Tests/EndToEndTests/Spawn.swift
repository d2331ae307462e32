import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs programs with `posix_spawnp`, standard streams redirected to files, never pipes: a
/// daemonising child (the tmux server) inherits nothing it could keep open, so nothing hangs.
enum Spawn {
    /// The result of a finished program.
    struct Result {
        /// Exit status (128 + n when killed by signal n).
        let status: Int32
        /// What it wrote to standard output.
        let output: String
        /// What it wrote to standard error.
        let error: String
    }

    /// The environment for children: ours without TMUX (tests may run inside tmux), plus `extra`.
    static func environment(_ extra: [String: String] = [:], removing: [String] = []) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["TMUX"] = nil
        env["TMUX_PANE"] = nil
        for key in removing { env[key] = nil }
        for (key, value) in extra { env[key] = value }
        return env
    }

    /// Runs `arguments` (looked up in PATH), waits, and returns its status and output.
    /// Standard input is /dev/null.
    static func run(_ arguments: [String], environment: [String: String] = Spawn.environment()) throws -> Result {
        let directory = FileManager.default.temporaryDirectory
        let outPath = directory.appendingPathComponent("floatscope-e2e-\(UUID().uuidString).out").path
        let errPath = directory.appendingPathComponent("floatscope-e2e-\(UUID().uuidString).err").path
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // A clean signal state: the test runner's threads block most signals, and a child (the
        // tmux server above all) would inherit that mask and never see SIGTERM or SIGCHLD.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard rc == 0 else { throw SpawnError(message: "cannot start \(arguments[0]): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exit: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let error = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return Result(status: exit, output: output, error: error)
    }

    /// Whether a program is on the PATH.
    static func isInstalled(_ program: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(program)")
        }
    }
}
