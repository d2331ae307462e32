/// A streaming decoder of RFC 1951 deflate data (stored, fixed-Huffman and dynamic-Huffman blocks)
/// over compressed bytes the caller keeps alive. Output comes out in windows of the caller's size;
/// the decoder itself holds only the 32 KiB of history that distances may reach back into, so a
/// member of any size inflates in bounded memory. Every malformed stream (a reserved block type, bad
/// code lengths, an undefined code, a distance before the start of the output, a stored length that
/// does not match its complement, input that ends early) throws a `TensorFileError` at the byte where
/// it was found; each call consumes input or produces output, so no stream can make it loop forever.
final class Inflate {
    /// The compressed bytes.
    let input: UnsafeRawBufferPointer
    /// Bytes produced so far.
    private(set) var produced = 0
    /// Whether literals and copies go through `fastCodes` (tests turn it off to check the fast path
    /// against the careful one, the reference).
    var fastPath = true

    private let file: String
    private let tensor: String?
    private let baseOffset: Int
    private var inPos = 0
    private var bitBuffer: UInt64 = 0
    private var bitCount = 0
    private var state = State.header
    private var lastBlock = false
    private var literals = Inflate.fixedLiterals
    private var distances = Inflate.fixedDistances
    private var copyLength = 0
    private var copyDistance = 0
    private let window: UnsafeMutablePointer<UInt8>

    private static let windowSize = 1 << 15
    private static let windowMask = windowSize - 1

    private enum State {
        case header
        case stored(remaining: Int)
        case codes
        case done
    }

    /// A decoder of `input`, which starts at byte `baseOffset` of `file` (for error messages).
    init(_ input: UnsafeRawBufferPointer, file: String, tensor: String? = nil, baseOffset: Int = 0) {
        self.input = input
        self.file = file
        self.tensor = tensor
        self.baseOffset = baseOffset
        window = .allocate(capacity: Self.windowSize)
        window.initialize(repeating: 0, count: Self.windowSize)
    }

    deinit { window.deallocate() }

    /// Whether the final block has ended.
    var isFinished: Bool {
        if case .done = state { return true }
        return false
    }

    /// Compressed bytes consumed (a partly used byte counts as consumed).
    var consumed: Int { inPos - bitCount / 8 }

    /// The byte that holds the next unread bit (for error messages).
    private var here: Int { inPos - (bitCount + 7) / 8 }

    /// Writes the next `count` bytes of output to `out` and returns how many: fewer only at the end
    /// of the stream (0 once it has ended).
    func read(into out: UnsafeMutableRawPointer, count: Int) throws(TensorFileError) -> Int {
        let o = out.assumingMemoryBound(to: UInt8.self)
        var n = 0
        while n < count {
            switch state {
            case .done:
                return n
            case .header:
                if lastBlock {
                    state = .done
                    continue
                }
                let headerAt = here
                let header = try bits(3, "a block header")
                lastBlock = header & 1 == 1
                switch header >> 1 {
                case 0: try startStored()
                case 1:
                    literals = Self.fixedLiterals
                    distances = Self.fixedDistances
                    state = .codes
                case 2:
                    try readDynamicCodes()
                    state = .codes
                default:
                    throw fail("block type 3 is reserved (0 stored, 1 fixed Huffman, 2 dynamic Huffman)", at: headerAt)
                }
            case .stored(let remaining):
                if remaining == 0 {
                    state = .header
                    continue
                }
                let k = min(remaining, count - n)
                guard input.count - inPos >= k else {
                    throw fail("truncated: a stored block needs \(remaining) more bytes but only \(input.count - inPos) of the \(input.count) compressed bytes remain", at: inPos)
                }
                let source = input.baseAddress!.assumingMemoryBound(to: UInt8.self) + inPos
                for i in 0..<k {
                    o[n + i] = source[i]
                    window[(produced + i) & Self.windowMask] = source[i]
                }
                inPos += k
                n += k
                produced += k
                state = .stored(remaining: remaining - k)
            case .codes:
                n = try decodeCodes(o, n, count)
            }
        }
        return n
    }

    /// Decodes literals and copies of the current Huffman block into `o[n..<count]`.
    private func decodeCodes(_ o: UnsafeMutablePointer<UInt8>, _ start: Int, _ count: Int) throws(TensorFileError) -> Int {
        var n = start
        while n < count {
            if copyLength > 0 {
                let k = min(copyLength, count - n)
                var from = produced - copyDistance
                for i in 0..<k {
                    let b = window[from & Self.windowMask]
                    o[n + i] = b
                    window[(produced + i) & Self.windowMask] = b
                    from += 1
                }
                produced += k
                n += k
                copyLength -= k
                continue
            }
            if fastPath {
                n = fastCodes(o, n, count)
                if n == count || copyLength > 0 { continue }
            }
            let at = here
            let symbol = try decode(literals, "a literal/length code")
            if symbol < 256 {
                o[n] = UInt8(truncatingIfNeeded: symbol)
                window[produced & Self.windowMask] = o[n]
                produced += 1
                n += 1
            } else if symbol == 256 {
                state = .header
                return n
            } else {
                let i = symbol - 257
                guard i < 29 else { throw fail("literal/length code \(symbol) is not defined (0-285)", at: at) }
                let length = Self.lengthBase[i] + (try bits(Self.lengthExtra[i], "length extra bits"))
                let distanceAt = here
                let d = try decode(distances, "a distance code")
                guard d < 30 else { throw fail("distance code \(d) is not defined (0-29)", at: distanceAt) }
                let distance = Self.distanceBase[d] + (try bits(Self.distanceExtra[d], "distance extra bits"))
                guard distance <= produced else {
                    throw fail("distance \(distance) reaches before the start of the output (\(produced) bytes so far)", at: distanceAt)
                }
                copyLength = length
                copyDistance = distance
            }
        }
        return n
    }

    /// The fast path of `decodeCodes`: while at least 8 input bytes remain, decodes literals and
    /// copies whose codes are in the look-up tables, loading the bit buffer 8 bytes at a time. It
    /// stops, consuming nothing of it, at anything else (a long code, the end of the block, an
    /// undefined code, a distance before the start), which the careful path then decodes or reports.
    private func fastCodes(_ o: UnsafeMutablePointer<UInt8>, _ start: Int, _ count: Int) -> Int {
        guard let source = input.baseAddress else { return start }
        var n = start
        var bb = bitBuffer, bc = bitCount, ip = inPos, total = produced
        let end = input.count
        let window = self.window
        let mask = Self.windowMask
        let lengthBase = Self.lengthBase, lengthExtra = Self.lengthExtra
        let distanceBase = Self.distanceBase, distanceExtra = Self.distanceExtra
        literals.fast.withUnsafeBufferPointer { lf in
            distances.fast.withUnsafeBufferPointer { df in
                let tableMask = UInt64(lf.count - 1)
                while n < count && ip + 8 <= end {
                    if bc < 48 {
                        bb |= UInt64(littleEndian: source.loadUnaligned(fromByteOffset: ip, as: UInt64.self)) << UInt64(bc)
                        let add = (63 - bc) >> 3
                        ip += add
                        bc += add * 8
                    }
                    let e = lf[Int(bb & tableMask)]
                    guard e != 0 else { break }
                    let length = Int(e & 15)
                    let symbol = Int(e >> 4)
                    if symbol < 256 {
                        bb >>= UInt64(length)
                        bc -= length
                        let b = UInt8(truncatingIfNeeded: symbol)
                        o[n] = b
                        window[total & mask] = b
                        total += 1
                        n += 1
                        continue
                    }
                    guard symbol > 256 && symbol < 286 else { break }
                    // At most 9 + 5 + 9 + 13 = 36 bits: all in the buffer.
                    var t = bb >> UInt64(length)
                    let i = symbol - 257
                    let le = lengthExtra[i]
                    let copy = lengthBase[i] + Int(t & ((1 << UInt64(le)) - 1))
                    t >>= UInt64(le)
                    let de = df[Int(t & tableMask)]
                    guard de != 0 else { break }
                    let dl = Int(de & 15)
                    let d = Int(de >> 4)
                    guard d < 30 else { break }
                    t >>= UInt64(dl)
                    let dx = distanceExtra[d]
                    let distance = distanceBase[d] + Int(t & ((1 << UInt64(dx)) - 1))
                    guard distance <= total else { break }
                    let used = length + le + dl + dx
                    bb >>= UInt64(used)
                    bc -= used
                    let k = min(copy, count - n)
                    var from = total - distance
                    for j in 0..<k {
                        let b = window[from & mask]
                        o[n + j] = b
                        window[(total + j) & mask] = b
                        from += 1
                    }
                    total += k
                    n += k
                    if k < copy {
                        copyLength = copy - k
                        copyDistance = distance
                        break
                    }
                }
            }
        }
        bitBuffer = bb
        bitCount = bc
        inPos = ip
        produced = total
        return n
    }

    /// Reads a stored block's LEN and NLEN after skipping to a byte boundary.
    private func startStored() throws(TensorFileError) {
        let drop = bitCount & 7
        bitBuffer >>= UInt64(drop)
        bitCount -= drop
        inPos -= bitCount / 8
        bitBuffer = 0
        bitCount = 0
        guard input.count - inPos >= 4 else {
            throw fail("truncated: a stored block's length needs 4 bytes but \(input.count - inPos) remain", at: inPos)
        }
        let length = Int(input[inPos]) | Int(input[inPos + 1]) << 8
        let complement = Int(input[inPos + 2]) | Int(input[inPos + 3]) << 8
        guard length == ~complement & 0xFFFF else {
            throw fail("stored block length \(length) does not match its one's complement \(complement)", at: inPos)
        }
        inPos += 4
        state = .stored(remaining: length)
    }

    /// Reads the code lengths of a dynamic block and builds its two codes.
    private func readDynamicCodes() throws(TensorFileError) {
        let at = here
        let literalCount = try bits(5, "HLIT") + 257
        let distanceCount = try bits(5, "HDIST") + 1
        let lengthCodeCount = try bits(4, "HCLEN") + 4
        guard literalCount <= 286 else { throw fail("\(literalCount) literal/length codes declared; at most 286", at: at) }
        guard distanceCount <= 30 else { throw fail("\(distanceCount) distance codes declared; at most 30", at: at) }
        var lengthLengths = [UInt8](repeating: 0, count: 19)
        for i in 0..<lengthCodeCount {
            lengthLengths[Self.lengthCodeOrder[i]] = UInt8(try bits(3, "code-length code lengths"))
        }
        let lengthCode: HuffmanCode
        do { lengthCode = try HuffmanCode(lengths: lengthLengths) } catch {
            throw fail("the code-length code's lengths are \(error.text)", at: at)
        }
        let total = literalCount + distanceCount
        var lengths: [UInt8] = []
        lengths.reserveCapacity(total)
        while lengths.count < total {
            let symbolAt = here
            let symbol = try decode(lengthCode, "a code-length code")
            var value: UInt8 = 0
            let repeats: Int
            switch symbol {
            case 0...15:
                value = UInt8(symbol)
                repeats = 1
            case 16:
                guard let previous = lengths.last else {
                    throw fail("code-length repeat code 16 comes first: there is no previous length to repeat", at: symbolAt)
                }
                value = previous
                repeats = 3 + (try bits(2, "repeat count"))
            case 17:
                repeats = 3 + (try bits(3, "repeat count"))
            default:
                repeats = 11 + (try bits(7, "repeat count"))
            }
            guard lengths.count + repeats <= total else {
                throw fail("code-length repeat of \(repeats) runs past the \(total) lengths declared (\(lengths.count) so far)", at: symbolAt)
            }
            lengths.append(contentsOf: repeatElement(value, count: repeats))
        }
        guard lengths[256] != 0 else { throw fail("the end-of-block symbol 256 has no code", at: at) }
        do { literals = try HuffmanCode(lengths: Array(lengths[0..<literalCount]), allowSingle: true) } catch {
            throw fail("the literal/length code's lengths are \(error.text)", at: at)
        }
        do { distances = try HuffmanCode(lengths: Array(lengths[literalCount...]), allowSingle: true, allowEmpty: true) } catch {
            throw fail("the distance code's lengths are \(error.text)", at: at)
        }
    }

    /// Loads whole bytes into the bit buffer while it has room.
    @inline(__always)
    private func refill() {
        while bitCount <= 56 && inPos < input.count {
            bitBuffer |= UInt64(input[inPos]) << UInt64(bitCount)
            inPos += 1
            bitCount += 8
        }
    }

    /// The next `n` bits (0...16), first bit lowest.
    @inline(__always)
    private func bits(_ n: Int, _ what: String) throws(TensorFileError) -> Int {
        if bitCount < n {
            refill()
            guard bitCount >= n else {
                throw fail("truncated: \(what) needs \(n) bits but the \(input.count) compressed bytes end", at: input.count)
            }
        }
        let value = Int(bitBuffer & ((1 << UInt64(n)) - 1))
        bitBuffer >>= UInt64(n)
        bitCount -= n
        return value
    }

    /// The next symbol of `code`: one table look-up for a short code, else bit by bit.
    @inline(__always)
    private func decode(_ code: HuffmanCode, _ what: String) throws(TensorFileError) -> Int {
        if bitCount < 15 { refill() }
        let entry = code.fast[Int(bitBuffer & UInt64(code.fast.count - 1))]
        let length = Int(entry & 15)
        if entry != 0 && length <= bitCount {
            bitBuffer >>= UInt64(length)
            bitCount -= length
            return Int(entry >> 4)
        }
        let at = here
        var c = 0
        var first = 0
        var index = 0
        for n in 1...15 {
            guard bitCount > 0 else {
                throw fail("truncated: \(what) runs past the end of the \(input.count) compressed bytes", at: input.count)
            }
            c |= Int(bitBuffer & 1)
            bitBuffer >>= 1
            bitCount -= 1
            let count = Int(code.counts[n])
            if c - first < count { return Int(code.symbols[index + c - first]) }
            index += count
            first = (first + count) << 1
            c <<= 1
        }
        throw fail("\(what): the next 15 bits match no code of the block", at: at)
    }

    private func fail(_ message: String, at offset: Int) -> TensorFileError {
        TensorFileError(file: file, tensor: tensor, byteOffset: baseOffset + offset, message: "deflate stream: " + message)
    }

    private static let lengthCodeOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    private static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
                                       1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    // The fixed codes of RFC 1951 section 3.2.6 are complete, so building them cannot fail.
    private static let fixedLiterals = try! HuffmanCode(lengths: [UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112)
        + [UInt8](repeating: 7, count: 24) + [UInt8](repeating: 8, count: 8))
    private static let fixedDistances = try! HuffmanCode(lengths: [UInt8](repeating: 5, count: 32))
}
