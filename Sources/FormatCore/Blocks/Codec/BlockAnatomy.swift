/// One real block of a block format taken apart: the values encoded together (one call), their bytes,
/// the fields of the chosen block with their bits and stored values, the dequantised values, the
/// reconstruction of one element, the bit accounting and the block's error against its inputs.
public struct BlockAnatomy: Sendable {
    /// Where a field's data lives.
    public enum Scope: String, Sendable {
        /// Once per call (per row).
        case call
        /// Once per group of blocks.
        case group
        /// In every block.
        case block
    }

    /// One field as stored: its bit offset in `bytes` and its items.
    public struct StoredField: Sendable {
        /// The field.
        public let field: BlockField
        /// Where it is stored.
        public let scope: Scope
        /// Offset of its first bit from the start of `bytes`.
        public let bitOffset: Int
        /// The items: stored numbers of `field.bits` bits, in the order the field's role gives
        /// (element order for quants), negative where the encoding is signed.
        public let items: [Int64]

        /// Item `i` as stored, in hex (`0x0677`).
        public func hex(_ i: Int) -> String { BlockField.hex(UInt64(bitPattern: items[i]), bits: field.bits) }

        /// The value of item `i` when the field's encoding is a format (`fp16`, `fp32`, `e8m0fnu`,
        /// `e4m3fn`), else nil.
        public func value(_ i: Int) -> ExactValue? {
            guard let format = try? Format.named(field.encoding), format.bitWidth == field.bits,
                  let code = format.code(fromStorage: UInt64(bitPattern: items[i]) << UInt64(format.storageShift)) else { return nil }
            return format.decode(code).exact
        }
    }

    /// The codec.
    public let codec: any BlockCodec
    /// The values encoded together.
    public let values: [Float]
    /// The block shown.
    public let block: Int
    /// `encode(values)`.
    public let bytes: [UInt8]
    /// `decode(bytes)`.
    public let decoded: [Float]
    /// The per-call fields, the chosen block's group fields and its own fields.
    public let fields: [StoredField]

    /// Encodes `values` (a whole number of blocks, at least one) and takes block `block` apart.
    /// NVFP4's tensor amax is that of `values`.
    public init(codec: any BlockCodec, values: [Float], block: Int = 0) {
        let layout = codec.layout
        let count = values.count
        let size = layout.valuesPerBlock == 0 ? count : layout.valuesPerBlock
        precondition(count > 0 && count % size == 0, "BlockAnatomy: \(count) values are not whole blocks of \(size)")
        let blocks = count / size
        let chosen = min(max(block, 0), blocks - 1)
        let amax = values.reduce(Float(0)) { $1.isFinite ? max($0, abs($1)) : $0 }
        var bytes = [UInt8](repeating: 0, count: codec.encodedByteCount(count: count))
        values.withUnsafeBufferPointer { v in bytes.withUnsafeMutableBytes { codec.encode(v.baseAddress!, count: count, tensorAmax: amax, into: $0.baseAddress!) } }
        var decoded = [Float](repeating: 0, count: count)
        bytes.withUnsafeBytes { b in decoded.withUnsafeMutableBufferPointer { codec.decode(b.baseAddress!, count: count, into: $0.baseAddress!) } }

        var fields: [StoredField] = []
        var reader = 0
        func read(_ list: [BlockField], scope: Scope, from start: Int) -> Int {
            var position = start
            bytes.withUnsafeBytes { raw in
                for f in list {
                    var r = BitReader(raw.baseAddress!)
                    r.skip(bits: position)
                    let items = (0..<f.count).map { _ in Int64(bitPattern: r.read(bits: f.bits)) }
                    fields.append(StoredField(field: f, scope: scope, bitOffset: position, items: items))
                    position += f.bits * f.count
                }
            }
            return position
        }
        reader = read(layout.callFields, scope: .call, from: 0)
        reader = (reader + 7) / 8 * 8
        let groupBytes = (layout.groupBits + 7) / 8
        if layout.blocksPerGroup > 0 {
            let group = chosen / layout.blocksPerGroup
            _ = read(layout.groupFields, scope: .group, from: reader + group * groupBytes * 8)
            let groups = (blocks + layout.blocksPerGroup - 1) / layout.blocksPerGroup
            reader += groups * groupBytes * 8
        }
        if layout.valuesPerBlock > 0 {
            let start = reader + chosen * layout.bitsPerBlock
            _ = read(layout.fields, scope: .block, from: start)
            // Fields with a packing of the codec's own, read by the codec.
            if let explaining = codec as? any BlockExplaining, layout.isByteAligned {
                let first = fields.count - layout.fields.count
                bytes.withUnsafeBytes { raw in
                    for k in layout.fields.indices {
                        if let items = explaining.fieldItems(k, ofBlockAt: raw.baseAddress! + start / 8) {
                            let f = fields[first + k]
                            fields[first + k] = StoredField(field: f.field, scope: f.scope, bitOffset: f.bitOffset, items: items)
                        }
                    }
                }
            }
        }
        self.codec = codec
        self.values = values
        self.block = chosen
        self.bytes = bytes
        self.decoded = decoded
        self.fields = fields
    }

    /// The indices of the chosen block's values.
    public var blockRange: Range<Int> {
        let size = codec.layout.valuesPerBlock == 0 ? values.count : codec.layout.valuesPerBlock
        return (block * size)..<((block + 1) * size)
    }

    /// The byte range of the chosen block in `bytes` (its first and last byte when blocks are not
    /// whole bytes).
    public var blockByteRange: Range<Int> {
        let l = codec.layout
        guard let first = fields.first(where: { $0.scope == .block }) else { return 0..<bytes.count }
        return (first.bitOffset / 8)..<((first.bitOffset + l.bitsPerBlock + 7) / 8)
    }

    /// How element `index` (of `values`) is reconstructed, when the codec can say.
    public func reconstruction(of index: Int) -> BlockReconstruction? {
        guard let explaining = codec as? any BlockExplaining else { return nil }
        return bytes.withUnsafeBytes { explaining.reconstruction(of: index, in: $0.baseAddress!, count: values.count) }
    }

    /// The block's error: largest |y - x|, Σ(y - x)² and Σx² over its values, in float64 (each
    /// difference and square exact in float64 for float32 inputs; the sums rounded).
    public var blockError: (maxAbs: Double, sumSquaredError: Double, sumSquares: Double) {
        var maxAbs = 0.0, sse = 0.0, ss = 0.0
        for i in blockRange {
            let x = Double(values[i]), y = Double(decoded[i])
            let e = abs(y - x)
            maxAbs = max(maxAbs, e.isNaN ? .infinity : e)
            sse += e * e
            ss += x * x
        }
        return (maxAbs, sse, ss)
    }
}
