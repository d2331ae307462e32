/// Hand-built deflate streams for the Inflate tests: bits first-bit-lowest, Huffman codes first bit
/// first (RFC 1951 section 3.1.1), stored blocks, the fixed codes, and canonical codes of any lengths.
struct DeflateWriter {
    var bytes: [UInt8] = []
    private var bit = 0

    /// `n` bits of `value`, lowest first.
    mutating func bits(_ value: Int, _ n: Int) {
        for i in 0..<n { push((value >> i) & 1) }
    }

    /// A Huffman code of `length` bits, its first (most significant) bit first.
    mutating func code(_ code: Int, _ length: Int) {
        for i in stride(from: length - 1, through: 0, by: -1) { push((code >> i) & 1) }
    }

    private mutating func push(_ b: Int) {
        if bit == 0 { bytes.append(0) }
        bytes[bytes.count - 1] |= UInt8(b) << UInt8(bit)
        bit = (bit + 1) % 8
    }

    /// A block header.
    mutating func header(final: Bool, type: Int) {
        bits(final ? 1 : 0, 1)
        bits(type, 2)
    }

    /// A stored block (LEN, NLEN, the bytes); `complement` overrides NLEN.
    mutating func stored(_ data: [UInt8], final: Bool, complement: Int? = nil) {
        header(final: final, type: 0)
        bit = 0
        bytes += [UInt8(data.count & 0xFF), UInt8(data.count >> 8)]
        let nlen = complement ?? (~data.count & 0xFFFF)
        bytes += [UInt8(nlen & 0xFF), UInt8(nlen >> 8)]
        bytes += data
    }

    /// A symbol of the fixed literal/length code.
    mutating func fixedSymbol(_ s: Int) {
        switch s {
        case 0...143: code(0x30 + s, 8)
        case 144...255: code(0x190 + s - 144, 9)
        case 256...279: code(s - 256, 7)
        default: code(0xC0 + s - 280, 8)
        }
    }

    /// The canonical codes of `lengths` (RFC 1951 section 3.2.2).
    static func canonical(_ lengths: [Int]) -> [Int] {
        var count = [Int](repeating: 0, count: 16)
        for l in lengths where l > 0 { count[l] += 1 }
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for n in 1..<16 {
            code = (code + count[n - 1]) << 1
            next[n] = code
        }
        return lengths.map { l in
            guard l > 0 else { return 0 }
            defer { next[l] += 1 }
            return next[l]
        }
    }
}
