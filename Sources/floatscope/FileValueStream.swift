#if canImport(Glibc)
import Glibc
#endif
import FormatCore
import Sweep

/// Raw little-endian values of a format read from a file or standard input, as float32 bit patterns.
final class FileValueStream: ValueStream, @unchecked Sendable {
    private let fd: Int32
    private let format: Format
    private let size: Int
    private var raw: [UInt8] = []
    private var carry: [UInt8] = []
    let expectedCount: UInt64?
    private(set) var trailingBytes = 0

    init(path: String, format: Format) throws {
        self.format = format
        size = format.storageBytes
        if path == "-" {
            fd = 0
            expectedCount = nil
        } else {
            fd = open(path, O_RDONLY)
            if fd < 0 { throw CLIError.io("cannot open '\(path)': \(StandardStreams.errnoText())") }
            var st = stat()
            expectedCount = fstat(fd, &st) == 0 && st.st_size > 0 ? UInt64(st.st_size) / UInt64(format.storageBytes) : nil
        }
    }

    func close() { if fd > 2 { _ = Glibc.close(fd) } }

    func read(into buffer: UnsafeMutablePointer<UInt32>, maximum: Int) throws -> Int {
        let want = maximum * size - carry.count
        if raw.count < want { raw = [UInt8](repeating: 0, count: want) }
        let got = raw.withUnsafeMutableBytes { StandardStreams.readFully(fd: fd, $0.baseAddress!, want) }
        if got < 0 { throw CLIError.io("cannot read input: \(StandardStreams.errnoText())") }
        let bytes = carry + raw[0..<got]
        let count = bytes.count / size
        if got == 0 && !bytes.isEmpty && count == 0 {
            throw CLIError.usage("the input ends with \(bytes.count) byte(s) that do not make a whole \(size)-byte \(format.name) value")
        }
        bytes.withUnsafeBytes { p in
            for k in 0..<count {
                var word: UInt64 = 0
                for b in 0..<size { word |= UInt64(p[k * size + b]) << UInt64(8 * b) }
                if format == .fp32 {
                    buffer[k] = UInt32(truncatingIfNeeded: word)
                } else {
                    buffer[k] = Float(format.decode(format.code(fromStorage: word)).value.doubleValue).bitPattern
                }
            }
        }
        carry = Array(bytes[(count * size)...])
        if got == 0 && !carry.isEmpty {
            throw CLIError.usage("the input ends with \(carry.count) byte(s) that do not make a whole \(size)-byte \(format.name) value")
        }
        return count
    }

    /// A first pass over a file for the largest finite magnitude (NVFP4's tensor scale).
    static func largestMagnitude(path: String, format: Format) throws -> Float {
        let s = try FileValueStream(path: path, format: format)
        defer { s.close() }
        let buffer = UnsafeMutablePointer<UInt32>.allocate(capacity: 1 << 20)
        defer { buffer.deallocate() }
        var best: Float = 0
        while true {
            let n = try s.read(into: buffer, maximum: 1 << 20)
            if n == 0 { break }
            for k in 0..<n {
                let v = Float(bitPattern: buffer[k] & 0x7fff_ffff)
                if v.isFinite && v > best { best = v }
            }
        }
        return best
    }
}
