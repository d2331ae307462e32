/// A canonical Huffman code of RFC 1951 (section 3.2.2) built from code lengths: a table of the
/// codes of at most `fastBits` bits indexed by the next input bits, and the counts and symbols that
/// decode any code one bit at a time. Construction refuses over-subscribed lengths and incomplete
/// ones (except the single one-bit code RFC 1951 allows for distances), so that decoding never
/// meets an undefined code of a complete code.
struct HuffmanCode {
    /// Codes this long or shorter decode with one table look-up.
    static let fastBits = 10

    /// Indexed by the next `fastBits` input bits (first bit lowest): symbol << 4 | length, or 0 for
    /// a code longer than `fastBits` (or none).
    let fast: [UInt16]
    /// counts[n]: the number of codes of length n (1...15).
    let counts: [UInt16]
    /// The symbols in code order (by length, then by symbol).
    let symbols: [UInt16]

    /// Why a set of code lengths does not define a code.
    enum Problem: Error {
        case overSubscribed
        case incomplete
        case empty

        /// The reason, in words.
        var text: String {
            switch self {
            case .overSubscribed: return "over-subscribed (more codes than the lengths allow)"
            case .incomplete: return "incomplete (some bit sequences decode to nothing)"
            case .empty: return "empty (no symbol has a code)"
            }
        }
    }

    /// The code of `lengths` (0 = symbol unused, else 1...15). An incomplete set is accepted only
    /// when `allowSingle` and it is one code of length 1; all-zero lengths only with `allowEmpty`.
    init(lengths: [UInt8], allowSingle: Bool = false, allowEmpty: Bool = false) throws(Problem) {
        var counts = [UInt16](repeating: 0, count: 16)
        for l in lengths { counts[Int(l)] += 1 }
        counts[0] = 0
        let used = lengths.count - lengths.filter { $0 == 0 }.count
        if used == 0 && !allowEmpty { throw .empty }
        var left = 1
        for n in 1...15 {
            left = left << 1 - Int(counts[n])
            if left < 0 { throw .overSubscribed }
        }
        if left > 0 && used > 0 && !(allowSingle && used == 1 && counts[1] == 1) { throw .incomplete }
        var offsets = [Int](repeating: 0, count: 16)
        for n in 1..<15 { offsets[n + 1] = offsets[n] + Int(counts[n]) }
        var symbols = [UInt16](repeating: 0, count: used)
        for (symbol, l) in lengths.enumerated() where l != 0 {
            symbols[offsets[Int(l)]] = UInt16(symbol)
            offsets[Int(l)] += 1
        }
        // Canonical codes of the short lengths, bit-reversed (deflate sends a code's first bit first).
        var fast = [UInt16](repeating: 0, count: 1 << Self.fastBits)
        var code = 0
        var index = 0
        for n in 1...15 {
            for _ in 0..<Int(counts[n]) {
                if n <= Self.fastBits {
                    var reversed = 0
                    for b in 0..<n where code & (1 << b) != 0 { reversed |= 1 << (n - 1 - b) }
                    let entry = UInt16(Int(symbols[index]) << 4 | n)
                    var fill = reversed
                    while fill < fast.count {
                        fast[fill] = entry
                        fill += 1 << n
                    }
                }
                code += 1
                index += 1
            }
            code <<= 1
        }
        self.fast = fast
        self.counts = counts
        self.symbols = symbols
    }
}
