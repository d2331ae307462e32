/// Pieces the GGUF codecs' reconstructions share: fp16 fields as terms, integers as terms, and the
/// element order of 32 nibbles (element j in the low nibble of byte j, j + 16 in the high one).
enum GGUFTerms {
    /// The fp16 field at `offset` of a block as a term (`d = 0.00123 (fp16 0x1A2B)`), and its float32 value.
    static func half(_ symbol: String, _ block: UnsafeRawPointer, _ offset: Int, role: String = "") -> (BlockReconstruction.Term, Float) {
        let bits = UInt16(littleEndian: block.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
        let value = GGMLHalf.value(bits)
        let source = "fp16 " + BlockField.hex(UInt64(bits), bits: 16) + (role.isEmpty ? "" : ", " + role)
        return (BlockReconstruction.Term(symbol: symbol, value: BinaryValue(value).exact, source: source), value)
    }

    /// An integer as a term.
    static func integer(_ symbol: String, _ value: Int, _ source: String) -> BlockReconstruction.Term {
        BlockReconstruction.Term(symbol: symbol, value: BinaryValue(Double(value)).exact, source: source)
    }

    /// The nibble of element `j` (0...31) of 16 bytes at `qs`: low nibbles hold 0...15, high ones 16...31.
    static func nibble(_ qs: UnsafeRawPointer, _ j: Int) -> Int {
        let byte = qs.load(fromByteOffset: j % 16, as: UInt8.self)
        return Int(j < 16 ? byte & 0xF : byte >> 4)
    }

    /// Where `nibble` reads element `j`.
    static func nibbleSource(_ j: Int, firstByte: Int) -> String {
        "\(j < 16 ? "low" : "high") nibble of byte \(firstByte + j % 16)"
    }

    /// The 32 nibbles of a 32-value block in element order.
    static func nibbles(_ qs: UnsafeRawPointer) -> [Int64] { (0..<32).map { Int64(nibble(qs, $0)) } }
}
