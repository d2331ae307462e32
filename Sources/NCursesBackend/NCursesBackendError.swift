/// Why the curses terminal could not be started.
public enum NCursesBackendError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Standard input or standard output is not a terminal (piped, redirected, no TTY).
    case notATerminal
    /// The TERM environment variable is unset or empty.
    case termNotSet
    /// TERM is "dumb", which cannot move the cursor.
    case dumbTerminal
    /// TERM names a terminal type with no terminfo entry.
    case unknownTerminal(String)
    /// Curses failed in another way.
    case setupFailed(String)

    /// A clear one-sentence message for the user (no program-name prefix).
    public var description: String {
        switch self {
        case .notATerminal:
            return "the interactive interface needs a terminal: standard input and standard output must both be a TTY (not a pipe or a file)"
        case .termNotSet:
            return "the TERM environment variable is not set; set it to your terminal type (for example TERM=xterm-256color)"
        case .dumbTerminal:
            return "TERM=dumb cannot show a full-screen interface; use a terminal that supports cursor movement (for example TERM=xterm-256color)"
        case .unknownTerminal(let name):
            return "unknown terminal type TERM=\(name): no terminfo entry found (try TERM=xterm-256color)"
        case .setupFailed(let detail):
            return "could not start the terminal interface: \(detail)"
        }
    }
}
