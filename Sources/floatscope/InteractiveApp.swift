#if canImport(Glibc)
import AppRuntime
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import FloatscopeApp
import TensorFileIO
import TensorFiles
import NCursesBackend
import TUICore

/// Starts the full-screen app on the real terminal and gives the terminal back on every exit path.
enum InteractiveApp {
    /// What to use instead when there is no terminal.
    static let alternatives = """
        For scripts and pipes use the non-interactive commands:
          floatscope inspect VALUE [--format F ...]        one value in many formats
          floatscope table FORMAT                          every code of a small format
          floatscope render bits --value V --width 100 --height 30   the app's screen as text
        """

    /// Checks the terminal, runs the app and restores the terminal; returns the exit status
    /// (0, 130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP).
    static func run(configuration: AppConfiguration, appearance: Appearance = .dark, ascii: Bool, noColor: Bool, mouse: Bool, timingLog: String?) throws -> Int32 {
        // Checked before curses is touched, so nothing is ever written into a pipe.
        let backend: NCursesBackend
        CrashRestore.install()
        do {
            backend = try NCursesBackend(options: NCursesOptions(noColor: noColor, mouse: mouse))
        } catch {
            CrashRestore.uninstall()
            throw CLIError.usage("\(String(describing: error)).\n\(alternatives)")
        }
        defer {
            backend.restore()
            CrashRestore.uninstall()
        }
        var context = backend.renderContext
        if ascii { context.glyphs = .ascii }
        context.theme = Theme.standard(for: context.colorMode, appearance: appearance)
        let model: AppModel
        do {
            model = try AppModel(configuration: configuration, size: backend.size)
        } catch {
            backend.restore()
            throw CLIError.usage(String(describing: error))
        }
        var runner = AppRunner(backend: backend, model: model, context: context)
        runner.openModel = { paths in
            do throws(TensorFileError) { return (ModelHandle(try ModelFiles.open(paths)), nil) } catch { return (nil, error.description) }
        }
        let log = timingLog.map(TimingLog.init(path:))
        if let log { runner.frameObserver = { log.record($0) } }
        let status = runner.run() ?? 0
        backend.restore()
        log?.close()
        return status
    }
}
