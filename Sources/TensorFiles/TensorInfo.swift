/// One tensor of a model file: its name, shape, stored type, how its values decode, and where its
/// bytes lie.
public struct TensorInfo: Sendable, Hashable {
    /// The name in the file (`model.layers.0.self_attn.q_proj.weight`, `blk.0.attn_q.weight`).
    public var name: String
    /// Outermost dimension first (numpy, safetensors and PyTorch order; GGUF's `ne[]` reversed).
    /// Empty for a scalar.
    public var shape: [Int]
    /// The file's own name of the type: `BF16`, `F8_E4M3`, `Q4_K`.
    public var storedType: String
    /// How the values decode to float32.
    public var encoding: TensorEncoding
    /// The number of values (the product of `shape`).
    public var elementCount: Int
    /// The bytes the values take in the file (compressed, for a deflated npz member).
    public var byteCount: Int
    /// Index into `ModelFile.paths`.
    public var file: Int
    /// Absolute offset of the first byte of the values in that file (of the compressed member, for a
    /// deflated npz member: see `storage`).
    public var byteOffset: Int
    /// Fortran order and npz members; `.contiguous` for the others.
    public var storage: TensorStorage

    /// Creates a tensor description.
    public init(name: String, shape: [Int], storedType: String, encoding: TensorEncoding,
                elementCount: Int, byteCount: Int, file: Int, byteOffset: Int, storage: TensorStorage = .contiguous) {
        self.name = name
        self.shape = shape
        self.storedType = storedType
        self.encoding = encoding
        self.elementCount = elementCount
        self.byteCount = byteCount
        self.file = file
        self.byteOffset = byteOffset
        self.storage = storage
    }
}
