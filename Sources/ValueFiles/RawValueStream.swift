#if canImport(Glibc)
import Glibc
#endif
import FormatCore
import Sweep
import TensorFiles

/// Raw little-endian values of a format read from a file or standard input (`-`), as float32 bit
/// patterns: the value source of `sweep --input`, a `ValueStream` the sweep engine reads. Refuses a
/// tensor container (safetensors, GGUF, npy, npz: `TensorContainer`), a word that holds no code of the
/// format and a partial last value, naming the element.
public final class RawValueStream: ValueStream, @unchecked Sendable {
    private let fd: Int32
    private let format: Format
    private let size: Int
    /// How stored words become float32 bit patterns: as they are (fp32), through a table of every code
    /// (formats of up to 16 bits: `Float32Codes.table`, the model readers' one rule), or decoded one by one
    /// (`Float32Codes.bits`).
    private enum Conversion { case identity, table([UInt32]), decode }
    private var conversion: Conversion
    /// Bytes read and not yet converted: a partial value left from the previous read at the front.
    private var raw: [UInt8] = []
    private var carried = 0
    /// The number of values the file holds (nil for standard input or an empty size).
    public let expectedCount: UInt64?
    /// Whether the first bytes were checked for a tensor container's magic (`TensorContainer`).
    private var checkedContainer = false
    private let path: String
    /// Values converted so far (to name a bad word by its element number).
    private var element: UInt64 = 0

    /// Opens `path` (`-`: standard input) holding values of `format`.
    public init(path: String, format: Format) throws(RawValueError) {
        self.format = format
        self.path = path
        size = format.storageBytes
        conversion = format == .fp32 ? .identity : .decode
        if path == "-" {
            fd = 0
            expectedCount = nil
        } else {
            fd = open(path, O_RDONLY)
            if fd < 0 { throw RawValueError(.io, "cannot open '\(path)': \(DescriptorRead.errnoText())") }
            var st = stat()
            expectedCount = fstat(fd, &st) == 0 && st.st_size > 0 ? UInt64(st.st_size) / UInt64(format.storageBytes) : nil
        }
    }

    /// Closes the file (standard input stays open).
    public func close() { if fd > 2 { _ = Glibc.close(fd) } }

    /// Reads up to `maximum` values into `buffer` as float32 bit patterns; 0 at the end.
    public func read(into buffer: UnsafeMutablePointer<UInt32>, maximum: Int) throws -> Int {
        if case .decode = conversion, format.bitWidth <= 16 {
            let f = format
            conversion = .table(Float32Codes.table(f))
        }
        let capacity = maximum * size
        if raw.count < capacity { raw.append(contentsOf: repeatElement(0, count: capacity - raw.count)) }
        let got = raw.withUnsafeMutableBytes { DescriptorRead.fully(fd: fd, $0.baseAddress! + carried, capacity - carried) }
        if got < 0 { throw RawValueError(.io, "cannot read input: \(DescriptorRead.errnoText())") }
        let total = carried + got
        if !checkedContainer {
            checkedContainer = true
            if let container = TensorContainer.detect(raw.prefix(min(total, TensorContainer.prefixLength))) {
                throw RawValueError(.input, container.message(source: path == "-" ? "standard input" : "'\(path)'"))
            }
        }
        let count = total / size
        let size = self.size, format = self.format
        let shift = UInt64(format.storageShift), mask = format.codeMask
        // One rule with `convert` and `inspect`: a word with bits outside the format's code holds no value.
        if let bad = raw.withUnsafeBytes({ format.firstInvalidStorageWord($0.baseAddress!, count: count) }) {
            throw RawValueError(.input, "element \(element + UInt64(bad.index)) (0x\(String(bad.word, radix: 16))) of \(path == "-" ? "standard input" : "'\(path)'") is not a \(format.name) storage word: \(format.storageRule)\(format == .tf32 ? " (to sweep fp32 data through tf32, use --input-format fp32 --to tf32)" : "")")
        }
        element += UInt64(count)
        raw.withUnsafeBytes { p in
            @inline(__always) func word(_ k: Int) -> UInt64 { Format.loadStorageWord(p.baseAddress! + k * size, size: size) }
            switch conversion {
            case .identity:
                for k in 0..<count { buffer[k] = UInt32(littleEndian: p.loadUnaligned(fromByteOffset: 4 * k, as: UInt32.self)) }
            case .table(let table):
                table.withUnsafeBufferPointer { t in
                    for k in 0..<count { buffer[k] = t[Int((word(k) >> shift) & mask)] }
                }
            case .decode:
                for k in 0..<count { buffer[k] = Float32Codes.bits(format, code: (word(k) >> shift) & mask) }
            }
        }
        // Keep the bytes of a partial last value at the front for the next read.
        let rest = total - count * size
        if rest > 0 {
            raw.withUnsafeMutableBytes { $0.baseAddress!.copyMemory(from: $0.baseAddress! + count * size, byteCount: rest) }
        }
        carried = rest
        if got == 0 && rest > 0 {
            throw RawValueError(.input, "the input ends with \(rest) byte(s) that do not make a whole \(size)-byte \(format.name) value")
        }
        return count
    }

    /// A first pass over a file for the largest finite magnitude (NVFP4's tensor scale).
    public static func largestMagnitude(path: String, format: Format) throws -> Float {
        let s = try RawValueStream(path: path, format: format)
        defer { s.close() }
        let buffer = UnsafeMutablePointer<UInt32>.allocate(capacity: 1 << 20)
        defer { buffer.deallocate() }
        var best: Float = 0
        while true {
            let n = try s.read(into: buffer, maximum: 1 << 20)
            if n == 0 { break }
            best = max(best, buffer.withMemoryRebound(to: Float.self, capacity: n) { BlockFormat.largestFiniteMagnitude($0, count: n) })
        }
        return best
    }
}
