import FormatCore

/// The facts of a block format (a codec of `BlockCodecRegistry`) as JSON and as display rows: the
/// layout record, never prose.
struct BlockFactsJSON: Encodable {
    /// One field of a block, of a group of blocks, or of a call.
    struct Field: Encodable {
        let name: String, bits: Int, count: Int, encoding: String, role: String
        init(_ f: BlockField) { name = f.name; bits = f.bits; count = f.count; encoding = f.encoding; role = f.role }
    }

    let name: String, description: String, element: String
    /// 0 for a per-tensor format (one block per call).
    let values_per_block: Int, bits_per_block: Int
    /// Null when a block is not a whole number of bytes (blocks then follow each other unpadded).
    let bytes_per_block: Int?
    /// Exact: a dyadic rational (4.5, 6.5625, 4.126953125).
    let bits_per_value: Double
    let fields: [Field]
    let blocks_per_group: Int, group_fields: [Field]
    /// Stored once per call (not counted in bits_per_value).
    let call_fields: [Field]
    let needs_tensor_amax: Bool
    /// Whether a run may end in a partial block (false: whole blocks only, as llama.cpp's types).
    let partial_last_block: Bool

    init(_ codec: any BlockCodec) {
        let l = codec.layout
        name = codec.name
        description = codec.summary
        element = l.element.name
        values_per_block = l.valuesPerBlock
        bits_per_block = l.bitsPerBlock
        bytes_per_block = l.isByteAligned ? l.bytesPerBlock : nil
        bits_per_value = l.bitsPerValue
        fields = l.fields.map(Field.init)
        blocks_per_group = l.blocksPerGroup
        group_fields = l.groupFields.map(Field.init)
        call_fields = l.callFields.map(Field.init)
        needs_tensor_amax = l.needsTensorAmax
        partial_last_block = codec.acceptsPartialBlock
    }

    enum CodingKeys: String, CodingKey {
        case name, description, element, values_per_block, bits_per_block, bytes_per_block, bits_per_value, fields,
             blocks_per_group, group_fields, call_fields, needs_tensor_amax, partial_last_block
    }

    /// Every key, `bytes_per_block` as null when blocks are not whole bytes (never a missing key).
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(description, forKey: .description)
        try c.encode(element, forKey: .element)
        try c.encode(values_per_block, forKey: .values_per_block)
        try c.encode(bits_per_block, forKey: .bits_per_block)
        try c.encode(bytes_per_block, forKey: .bytes_per_block)
        try c.encode(bits_per_value, forKey: .bits_per_value)
        try c.encode(fields, forKey: .fields)
        try c.encode(blocks_per_group, forKey: .blocks_per_group)
        try c.encode(group_fields, forKey: .group_fields)
        try c.encode(call_fields, forKey: .call_fields)
        try c.encode(needs_tensor_amax, forKey: .needs_tensor_amax)
        try c.encode(partial_last_block, forKey: .partial_last_block)
    }

    /// Names of the rows of `displayRows`.
    static let rowNames = ["values per block", "block size", "bits per value", "element", "block fields",
                           "group fields", "per-call fields", "partial last block"]

    /// The facts as text cells, in `rowNames` order.
    var displayRows: [String] {
        func list(_ fs: [Field]) -> String {
            fs.isEmpty ? "-" : fs.map { f in
                f.count > 1 ? "\(f.name): \(f.count) x \(f.bits)-bit \(f.encoding)" : "\(f.name): \(f.bits)-bit \(f.encoding)"
            }.joined(separator: "; ")
        }
        return [values_per_block == 0 ? "whole tensor" : String(values_per_block),
                values_per_block == 0 ? "-" : bytes_per_block.map { "\($0) bytes" } ?? "\(bits_per_block) bits",
                Self.exactText(bits_per_value),
                element, list(fields),
                group_fields.isEmpty ? "-" : "per \(blocks_per_group) blocks: " + list(group_fields),
                list(call_fields),
                partial_last_block ? "its own block" : "refused (whole blocks only)"]
    }

    /// A dyadic rational's exact decimal (bits per value).
    static func exactText(_ v: Double) -> String { ValueText.exact(ExactValue(v)).text }
}
