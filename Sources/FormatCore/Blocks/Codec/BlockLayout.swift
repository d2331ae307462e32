/// What a block format stores: values per block, bytes per block, the fields of one block in byte
/// order, and the element format the quants are read as. Listings (`formats`, `info`), the bit
/// accounting and the anatomy view read it; nothing about a format's storage is written as prose.
public struct BlockLayout: Sendable, Hashable {
    /// Values per block (32 or 256 for GGUF types); 0 for a per-tensor codec (one block per call).
    public let valuesPerBlock: Int
    /// Bytes per block, every field included.
    public let bytesPerBlock: Int
    /// The fields of one block, in byte order; their bits add up to `bytesPerBlock * 8`.
    public let fields: [BlockField]
    /// Data stored once per call (NVFP4's float32 tensor scale, the double-quantisation mean), with
    /// `count` 1; not counted in `bitsPerValue`.
    public let callFields: [BlockField]
    /// The format each quant is read as before scaling (`uint4` for Q4_K, `int8` for Q8_0, `e2m1fn`
    /// for MXFP4, the `iq4nl` codebook for IQ4_NL).
    public let element: Format
    /// Whether `encode` needs the tensor's largest finite |x|.
    public let needsTensorAmax: Bool

    /// Creates a layout; the fields' bits must add up to whole bytes per block.
    public init(valuesPerBlock: Int, fields: [BlockField], callFields: [BlockField] = [], element: Format,
                needsTensorAmax: Bool = false) {
        let bits = fields.reduce(0) { $0 + $1.bits * $1.count }
        precondition(bits % 8 == 0, "BlockLayout: fields of \(bits) bits are not whole bytes")
        self.valuesPerBlock = valuesPerBlock
        self.bytesPerBlock = bits / 8
        self.fields = fields
        self.callFields = callFields
        self.element = element
        self.needsTensorAmax = needsTensorAmax
    }

    /// Stored bits per value, every block field included (per-call fields not): `bytesPerBlock * 8 /
    /// valuesPerBlock` (Q4_K 4.5, Q6_K 6.5625, Q8_0 8.5); the element's bits for a per-tensor codec.
    public var bitsPerValue: Double {
        valuesPerBlock == 0 ? Double(element.bitWidth) : Double(bytesPerBlock * 8) / Double(valuesPerBlock)
    }
}
