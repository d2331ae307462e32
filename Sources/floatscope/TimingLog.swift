#if canImport(Glibc)
import AppRuntime
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import FloatscopeApp

/// Appends one line per frame (`update_us view_us draw_us total_us cells`) to a file, for the
/// hidden `tui --timing-log FILE` option used by Benchmarks/TUI.md.
final class TimingLog {
    private var file: UnsafeMutablePointer<FILE>?

    /// Opens (creates or appends to) the file; failures are ignored (no log).
    init(path: String) {
        file = fopen(path, "a")
    }

    /// Writes one frame's timing.
    func record(_ timing: FrameTiming) {
        guard let file else { return }
        func us(_ d: Duration) -> Int64 { d.components.seconds * 1_000_000 + d.components.attoseconds / 1_000_000_000_000 }
        let line = "\(us(timing.update)) \(us(timing.view)) \(us(timing.draw)) \(us(timing.total)) \(timing.cellsSent)\n"
        fputs(line, file)
        fflush(file)
    }

    /// Closes the file.
    func close() {
        if let file { fclose(file) }
        file = nil
    }
}
