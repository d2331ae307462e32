import Glibc

/// Last-resort terminal restore if the process crashes while the app owns the terminal: the
/// handler (async-signal-safe: `tcsetattr`, `write`, `sigaction` only) puts back the terminal
/// modes saved at start, leaves the alternate screen, shows the cursor and turns mouse
/// reporting off, then hands the signal to the handler that was there before (Swift's
/// backtracer prints its report on the normal screen) or to the default action.
enum CrashRestore {
    /// The terminal modes before the app started.
    nonisolated(unsafe) static var savedModes = termios()
    /// Whether `savedModes` holds something.
    nonisolated(unsafe) static var haveModes = false
    /// The actions replaced, indexed by signal number.
    nonisolated(unsafe) static var previous: [sigaction] = Array(repeating: sigaction(), count: 32)
    /// Mouse off (X10, button-event, SGR), attributes reset, cursor on, normal screen.
    nonisolated(unsafe) static let sequence: UnsafeMutableBufferPointer<UInt8> = {
        let bytes = Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n".utf8)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
        return buffer
    }()

    /// The signals that mean a crash.
    static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]

    /// Saves the terminal modes (call before curses changes them) and installs the handlers.
    static func install() {
        _ = sequence
        haveModes = tcgetattr(0, &savedModes) == 0
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                if CrashRestore.haveModes { _ = tcsetattr(0, TCSANOW, &CrashRestore.savedModes) }
                _ = write(1, CrashRestore.sequence.baseAddress, CrashRestore.sequence.count)
                if number >= 0 && number < 32 {
                    _ = sigaction(number, &CrashRestore.previous[Int(number)], nil)
                } else {
                    _ = Glibc.signal(number, SIG_DFL)
                }
                _ = raise(number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            _ = sigaction(signal, &action, &previous[Int(signal)])
        }
    }

    /// Puts the previous actions back.
    static func uninstall() {
        for signal in signals { _ = sigaction(signal, &previous[Int(signal)], nil) }
    }
}
