#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TensorFiles

/// One file mapped read-only into memory (open, fstat, mmap), unmapped when the last reference goes.
/// An empty file maps to an empty region. Failures are `TensorFileError`s of category `io`.
public final class MappedFile: @unchecked Sendable {
    /// The path as given.
    public let path: String
    /// The whole file.
    public let bytes: UnsafeRawBufferPointer

    /// Maps `path`. Refuses directories and other non-regular files.
    public init(path: String) throws(TensorFileError) {
        self.path = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Self.systemError(path, "cannot open") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Self.systemError(path, "cannot stat") }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw TensorFileError(file: path, message: "is not a regular file", category: .io)
        }
        let size = Int(info.st_size)
        guard size > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else {
            throw Self.systemError(path, "cannot map \(size) bytes of")
        }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    deinit {
        if let base = bytes.baseAddress {
            munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
        }
    }

    /// An I/O error with the system's reason (`No such file or directory`).
    static func systemError(_ path: String, _ what: String) -> TensorFileError {
        let code = errno
        let reason = strerror(code).map { String(cString: $0) } ?? "errno \(code)"
        return TensorFileError(file: path, message: "\(what) the file: \(reason)", category: .io)
    }
}
