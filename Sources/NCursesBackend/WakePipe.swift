import Glibc

/// A non-blocking pipe other threads write a byte to, so that a `poll` on its read end returns:
/// how background work (and signals, through the C shim's handler) wakes a waiting `readEvent`.
///
/// The descriptors live as long as the object; a waker closure keeps it alive, so a late write
/// never reaches a descriptor number the process has reused.
final class WakePipe: Sendable {
    /// The end `poll` watches.
    let readEnd: Int32
    /// The end `wake` writes to.
    let writeEnd: Int32

    /// Opens the pipe (both ends non-blocking, closed on exec), or nil when the system refuses.
    init?() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    /// Writes one byte (a full pipe already has bytes pending, which is as good).
    func wake() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Reads every pending byte.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(readEnd, &buffer, buffer.count) > 0 {}
    }
}
