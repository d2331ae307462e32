/// What a block format stores: values per block, bytes per block, the fields of one block in byte
/// order, and the element format the quants are read as. Listings (`formats`, `info`), the bit
/// accounting and the anatomy view read it; nothing about a format's storage is written as prose.
public struct BlockLayout: Sendable, Hashable {
    /// Values per block (32 or 256 for GGUF types); 0 for a per-tensor codec (one block per call).
    public let valuesPerBlock: Int
    /// Bits per block, every field included.
    public let bitsPerBlock: Int
    /// The fields of one block, in order; their bits add up to `bitsPerBlock`.
    public let fields: [BlockField]
    /// Data stored once per group of `blocksPerGroup` blocks (the double-quantised scales' float32
    /// absmax per 256 blocks); counted in `bitsPerValue` as if every group were full.
    public let groupFields: [BlockField]
    /// Blocks per group for `groupFields` (0 when there are none).
    public let blocksPerGroup: Int
    /// Data stored once per call (NVFP4's float32 tensor scale, the double-quantisation mean, the one
    /// scale of a per-tensor format); not counted in `bitsPerValue`.
    public let callFields: [BlockField]
    /// The format each quant is read as before scaling (`uint4` for Q4_K, `int8` for Q8_0, `e2m1fn`
    /// for MXFP4, the `iq4nl` codebook for IQ4_NL).
    public let element: Format
    /// Whether `encode` needs the tensor's largest finite |x|.
    public let needsTensorAmax: Bool

    /// Creates a layout.
    public init(valuesPerBlock: Int, fields: [BlockField], groupFields: [BlockField] = [], blocksPerGroup: Int = 0,
                callFields: [BlockField] = [], element: Format, needsTensorAmax: Bool = false) {
        self.valuesPerBlock = valuesPerBlock
        self.bitsPerBlock = fields.reduce(0) { $0 + $1.bits * $1.count }
        self.fields = fields
        self.groupFields = groupFields
        self.blocksPerGroup = groupFields.isEmpty ? 0 : blocksPerGroup
        self.callFields = callFields
        self.element = element
        self.needsTensorAmax = needsTensorAmax
    }

    /// Whether every block starts on a byte (true for every GGUF type).
    public var isByteAligned: Bool { bitsPerBlock % 8 == 0 }

    /// Bytes per block when blocks are whole bytes (GGUF: 18, 20, 22, 24, 34, 84, 110, 144, 176, 210),
    /// else the bytes a block spans at most, rounded up.
    public var bytesPerBlock: Int { (bitsPerBlock + 7) / 8 }

    /// Stored bits per value, block and group fields included, per-call fields not: `bitsPerBlock /
    /// valuesPerBlock` (Q4_K 4.5, Q6_K 6.5625, Q8_0 8.5, NF4/64 4.5; NF4/64+dq 4.126953125 with its 32
    /// bits per 256 blocks); the element's bits for a per-tensor codec. Exact (a dyadic rational).
    public var bitsPerValue: Double {
        guard valuesPerBlock > 0 else { return Double(element.bitWidth) }
        let blockBits = Double(bitsPerBlock) / Double(valuesPerBlock)
        guard blocksPerGroup > 0 else { return blockBits }
        return blockBits + Double(groupBits) / Double(blocksPerGroup * valuesPerBlock)
    }

    /// Bits of one group's fields.
    public var groupBits: Int { groupFields.reduce(0) { $0 + $1.bits * $1.count } }

    /// Bits of the per-call fields.
    public var callBits: Int { callFields.reduce(0) { $0 + $1.bits * $1.count } }

    /// Bytes that `count` values take: per-call fields, then each group's fields, then the blocks
    /// one after another (a partial last block counts whole); for a per-tensor layout the per-call
    /// fields and `count` elements. Each of the three parts is rounded up to whole bytes; blocks
    /// whose bits are not whole bytes follow each other without padding.
    public func byteCount(values count: Int) -> Int {
        let call = (callBits + 7) / 8
        guard valuesPerBlock > 0 else { return call + (count * element.bitWidth + 7) / 8 }
        let blocks = (count + valuesPerBlock - 1) / valuesPerBlock
        let groups = blocksPerGroup == 0 ? 0 : (blocks + blocksPerGroup - 1) / blocksPerGroup
        return call + groups * ((groupBits + 7) / 8) + (blocks * bitsPerBlock + 7) / 8
    }

    /// The layout in words: values and bytes per block, each field, bits per value.
    public var description: String {
        func text(_ f: BlockField) -> String {
            let size = f.bits * f.count % 8 == 0 && f.count > 1 ? "\(f.bits * f.count / 8) B" : f.count > 1 ? "\(f.count) x \(f.bits) bits" : f.encoding
            return "\(f.name) \(size)"
        }
        let size = isByteAligned ? "\(bytesPerBlock) bytes" : "\(bitsPerBlock) bits"
        let block = valuesPerBlock == 0 ? "one block per tensor" : "\(valuesPerBlock) values in \(size)"
        return "\(block) (\(fields.map(text).joined(separator: ", "))); \(bitsPerValue) bits/value"
    }
}
