#if canImport(Glibc)
import Glibc
#endif

/// Reading a file descriptor to the end of a buffer, the one loop raw value files and the CLI's
/// standard-input converters share.
public enum DescriptorRead {
    /// Reads until `count` bytes or the end of input; -1 on an error (EINTR retried).
    public static func fully(fd: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        var done = 0
        while done < count {
            let n = read(fd, pointer + done, count - done)
            if n < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if n == 0 { break }
            done += n
        }
        return done
    }

    /// The system's text for the current `errno`.
    public static func errnoText() -> String { String(cString: strerror(errno)) }
}
