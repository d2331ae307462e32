#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ValueFiles

/// Raw reads and writes on file descriptors 0, 1 and 2, without buffering surprises.
enum StandardStreams {
    /// Writes a message to standard error.
    static func writeError(_ text: String) {
        var text = text
        text.withUTF8 { buffer in _ = writeAll(fd: 2, buffer.baseAddress!, buffer.count) }
    }

    /// Writes a string to standard output.
    static func writeOutput(_ text: String) throws {
        var text = text
        try text.withUTF8 { buffer in
            if !writeAll(fd: 1, buffer.baseAddress!, buffer.count) { throw CLIError.io("cannot write to standard output: \(errnoText())") }
        }
    }

    /// Writes every byte, retrying short writes and EINTR; false on failure.
    @discardableResult
    static func writeAll(fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Bool {
        var done = 0
        while done < count {
            let n = write(fd, pointer + done, count - done)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            done += n
        }
        return true
    }

    /// The current errno as text.
    static func errnoText() -> String { DescriptorRead.errnoText() }

    /// Asks for a larger kernel buffer when a descriptor is a pipe (fewer context switches in
    /// `a | floatscope convert | b`); harmless when it is not a pipe or the request is refused.
    static func enlargePipeBuffer(_ fd: Int32, bytes: Int32 = 1 << 20) {
        #if os(Linux)
        _ = fcntl(fd, 1031 /* F_SETPIPE_SZ */, bytes)
        #endif
    }

    /// Whether a descriptor is a terminal.
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }
}
