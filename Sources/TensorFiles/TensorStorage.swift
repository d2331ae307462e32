/// How a tensor's values lie in its file when they are not plain C-order bytes at
/// `TensorInfo.byteOffset`: in Fortran order (first index fastest, numpy `fortran_order`), inside a
/// zip member (`.npz`), or both. For a stored member `byteOffset`/`byteCount` are the values
/// themselves; for a deflated one they are the member's compressed data, and the values start
/// `valuesOffset` bytes into its inflated data (after the `.npy` header).
public struct TensorStorage: Sendable, Hashable {
    /// Values stored first index fastest; the reader gathers them into C order.
    public var fortranOrder: Bool
    /// The npz member that holds the array (its header and values), if any.
    public var member: ZipEntry?
    /// Where the values start in the member's uncompressed data (the `.npy` header's length).
    public var valuesOffset: Int

    /// Creates a storage description.
    public init(fortranOrder: Bool = false, member: ZipEntry? = nil, valuesOffset: Int = 0) {
        self.fortranOrder = fortranOrder
        self.member = member
        self.valuesOffset = valuesOffset
    }

    /// Plain C-order bytes at the tensor's offset (safetensors, GGUF, a C-order `.npy`).
    public static let contiguous = TensorStorage()
}
