/// A bounds-checked little-endian cursor over bytes that the caller keeps alive: every read checks
/// that its bytes lie inside the region before touching them, and throws a `TensorFileError` naming
/// the file, the field and its byte offset otherwise. It never traps and never allocates in
/// proportion to a number it has read.
public struct ByteRegion {
    /// The bytes.
    public let bytes: UnsafeRawBufferPointer
    /// The offset of the next read.
    public private(set) var position: Int
    /// The file, for error messages.
    public let file: String

    /// A cursor at `position` (0 by default).
    public init(_ bytes: UnsafeRawBufferPointer, file: String, position: Int = 0) {
        self.bytes = bytes
        self.file = file
        self.position = min(max(position, 0), bytes.count)
    }

    /// Bytes left after `position`.
    public var remaining: Int { bytes.count - position }

    /// An error at `offset` (the current position by default).
    public func error(_ message: String, tensor: String? = nil, at offset: Int? = nil) -> TensorFileError {
        TensorFileError(file: file, tensor: tensor, byteOffset: offset ?? position, message: message)
    }

    /// Throws unless `count` more bytes are left; `what` names the field.
    public func require(_ count: Int, _ what: String, tensor: String? = nil) throws(TensorFileError) {
        guard count >= 0, count <= remaining else {
            throw error("\(what) needs \(count < 0 ? "a negative number of" : String(count)) bytes but only \(remaining) remain (file of \(bytes.count) bytes)", tensor: tensor)
        }
    }

    /// Reads one little-endian integer.
    public mutating func read<T: FixedWidthInteger>(_ type: T.Type, _ what: String, tensor: String? = nil) throws(TensorFileError) -> T {
        let size = MemoryLayout<T>.size
        try require(size, what, tensor: tensor)
        let value = T(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: T.self))
        position += size
        return value
    }

    /// Skips `count` bytes.
    public mutating func skip(_ count: Int, _ what: String, tensor: String? = nil) throws(TensorFileError) {
        try require(count, what, tensor: tensor)
        position += count
    }

    /// The next `count` bytes, without copying.
    public mutating func slice(_ count: Int, _ what: String, tensor: String? = nil) throws(TensorFileError) -> UnsafeRawBufferPointer {
        try require(count, what, tensor: tensor)
        let slice = UnsafeRawBufferPointer(rebasing: bytes[position..<position + count])
        position += count
        return slice
    }

    /// Moves to `offset` (at most the end).
    public mutating func seek(to offset: Int, _ what: String) throws(TensorFileError) {
        guard offset >= 0, offset <= bytes.count else {
            throw error("\(what) at byte \(offset) lies beyond the end of the file (\(bytes.count) bytes)")
        }
        position = offset
    }
}
