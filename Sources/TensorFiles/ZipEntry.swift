/// One member of a zip archive (an `.npz`) as its central directory and local header describe it:
/// the name, how it is compressed, its CRC-32 and sizes, and where its (compressed) data starts.
public struct ZipEntry: Sendable, Hashable {
    /// How a member's data is stored.
    public enum Method: UInt16, Sendable, Hashable {
        /// Method 0: the bytes as they are (`np.savez`).
        case stored = 0
        /// Method 8: deflate, RFC 1951 (`np.savez_compressed`).
        case deflate = 8
    }

    /// The member's name (UTF-8), `x.npy` for the array `x`.
    public var name: String
    /// Stored or deflated.
    public var method: Method
    /// The CRC-32 of the uncompressed data.
    public var crc32: UInt32
    /// The bytes of the data in the archive.
    public var compressedSize: Int
    /// The bytes of the data once inflated (equal to `compressedSize` when stored).
    public var uncompressedSize: Int
    /// Absolute offset of the member's local header.
    public var localHeaderOffset: Int
    /// Absolute offset of the first byte of the data (after the local header).
    public var dataOffset: Int

    /// Creates an entry.
    public init(name: String, method: Method, crc32: UInt32, compressedSize: Int, uncompressedSize: Int,
                localHeaderOffset: Int, dataOffset: Int) {
        self.name = name
        self.method = method
        self.crc32 = crc32
        self.compressedSize = compressedSize
        self.uncompressedSize = uncompressedSize
        self.localHeaderOffset = localHeaderOffset
        self.dataOffset = dataOffset
    }
}
