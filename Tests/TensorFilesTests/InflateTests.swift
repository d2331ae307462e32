import FormatCore
import Foundation
import Testing
@testable import TensorFileIO
@testable import TensorFiles

/// The deflate decoder on RFC 1951's edge cases (empty stored blocks, length 258, distance 32 768,
/// the code-length repeat codes 16/17/18), on numpy's compressed fixture through windows of several
/// sizes, and on malformed streams: each gives its message, never a trap or a hang. CRC-32 against its
/// bitwise definition.
@Suite struct InflateTests {
    /// Inflates `stream` through windows of `window` bytes.
    static func inflate(_ stream: [UInt8], window: Int = 4096, fastPath: Bool = true) throws(TensorFileError) -> [UInt8] {
        let holder = Holder(stream)
        let inflater = Inflate(holder.region, file: "t.npz", baseOffset: 100)
        inflater.fastPath = fastPath
        var out: [UInt8] = []
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: window, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let n = try inflater.read(into: buffer.baseAddress!, count: window)
            if n == 0 { break }
            out += buffer[0..<n]
        }
        #expect(inflater.isFinished)
        withExtendedLifetime(holder) {}
        return out
    }

    static func failure(_ stream: [UInt8]) -> TensorFileError? {
        do { _ = try inflate(stream); return nil } catch { return error }
    }

    @Test func emptyStoredBlocksAndStoredData() throws {
        var w = DeflateWriter()
        w.stored([], final: false)
        w.stored(Array("abc".utf8), final: false)
        w.stored([], final: true)
        #expect(try Self.inflate(w.bytes) == Array("abc".utf8))
        var empty = DeflateWriter()
        empty.stored([], final: true)
        #expect(try Self.inflate(empty.bytes).isEmpty)
    }

    @Test func length258AndOverlappingCopies() throws {
        var w = DeflateWriter()
        w.header(final: true, type: 1)
        w.fixedSymbol(Int(UInt8(ascii: "x")))
        w.fixedSymbol(285)   // length 258, no extra bits
        w.code(0, 5)         // distance 1
        w.fixedSymbol(Int(UInt8(ascii: "y")))
        w.fixedSymbol(256)
        let expected = [UInt8](repeating: UInt8(ascii: "x"), count: 259) + [UInt8(ascii: "y")]
        for window in [1, 3, 258, 259, 4096] {
            #expect(try Self.inflate(w.bytes, window: window) == expected, "window \(window)")
        }
    }

    @Test func distance32768ReachesTheOldestByteOfHistory() throws {
        let history = (0..<32768).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) }
        var w = DeflateWriter()
        w.stored(history, final: false)
        w.header(final: true, type: 1)
        w.fixedSymbol(257)         // length 3
        w.code(29, 5)              // distance 24577 + 13 extra bits
        w.bits(8191, 13)           // = 32768
        w.fixedSymbol(256)
        for window in [1, 1000, 32767, 65536] {
            #expect(try Self.inflate(w.bytes, window: window) == history + history[0..<3], "window \(window)")
        }
        // One byte less history: the same copy reaches before the start.
        var short = DeflateWriter()
        short.stored(Array(history.dropLast()), final: false)
        short.header(final: true, type: 1)
        short.fixedSymbol(257)
        short.code(29, 5)
        short.bits(8191, 13)
        short.fixedSymbol(256)
        let e = try #require(Self.failure(short.bytes))
        #expect(e.message == "deflate stream: distance 32768 reaches before the start of the output (32767 bytes so far)")
        #expect(e.category == .malformed && e.file == "t.npz" && e.byteOffset! >= 100 + 32767)
    }

    /// A dynamic block whose code lengths use all three repeat codes: 18 (97 and 138 and 11 zeros),
    /// 17 (8 zeros) and 16 (the previous length 3 times); one distance code of one bit.
    static func dynamicBlock(literalLengthsOverride: [Int: Int] = [:], firstRepeat16: Bool = false) -> [UInt8] {
        var literal = [Int](repeating: 0, count: 260)
        literal[97] = 2; literal[98] = 2
        for s in 256...259 { literal[s] = 3 }
        for (k, v) in literalLengthsOverride { literal[k] = v }
        // Code-length code: 2 and 18 two bits; 1, 3, 16, 17 three bits.
        var lengthLengths = [Int](repeating: 0, count: 19)
        lengthLengths[2] = 2; lengthLengths[18] = 2
        for s in [1, 3, 16, 17] { lengthLengths[s] = 3 }
        let lengthCodes = DeflateWriter.canonical(lengthLengths)
        var w = DeflateWriter()
        w.header(final: true, type: 2)
        w.bits(260 - 257, 5)
        w.bits(1 - 1, 5)
        w.bits(18 - 4, 4)
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        for i in 0..<18 { w.bits(lengthLengths[order[i]], 3) }
        func emit(_ s: Int) { w.code(lengthCodes[s], lengthLengths[s]) }
        if firstRepeat16 { emit(16); w.bits(0, 2) }
        emit(18); w.bits(97 - 11, 7)                      // 0...96 zero
        emit(literal[97]); emit(literal[98])                // 97, 98
        emit(18); w.bits(138 - 11, 7)                       // 99...236 zero
        emit(18); w.bits(0, 7)                              // 237...247 zero
        emit(17); w.bits(8 - 3, 3)                          // 248...255 zero
        emit(literal[256]); emit(16); w.bits(0, 2)          // 256, then 3 more: 257...259
        emit(1)                                             // the one distance code
        let codes = DeflateWriter.canonical(literal)
        func lit(_ s: Int) { w.code(codes[s], literal[s]) }
        lit(97); lit(98)
        lit(257); w.code(0, 1)    // length 3, distance 1
        lit(256)
        return w.bytes
    }

    @Test func dynamicBlockWithEveryRepeatCode() throws {
        #expect(try Self.inflate(Self.dynamicBlock()) == Array("abbbb".utf8))
        let first16 = try #require(Self.failure(Self.dynamicBlock(firstRepeat16: true)))
        #expect(first16.message == "deflate stream: code-length repeat code 16 comes first: there is no previous length to repeat")
    }

    @Test func malformedStreamsNameTheirProblem() throws {
        func message(_ build: (inout DeflateWriter) -> Void) -> String? {
            var w = DeflateWriter()
            build(&w)
            return Self.failure(w.bytes)?.message
        }
        #expect(message { $0.header(final: true, type: 3) } == "deflate stream: block type 3 is reserved (0 stored, 1 fixed Huffman, 2 dynamic Huffman)")
        #expect(message { $0.stored([1, 2], final: true, complement: 0) } == "deflate stream: stored block length 2 does not match its one's complement 0")
        #expect(message { $0.header(final: true, type: 1); $0.fixedSymbol(286) } == "deflate stream: literal/length code 286 is not defined (0-285)")
        #expect(message { $0.header(final: true, type: 1); $0.fixedSymbol(65); $0.fixedSymbol(257); $0.code(30, 5) } == "deflate stream: distance code 30 is not defined (0-29)")
        // Over-subscribed code-length code: all 19 of length 1.
        #expect(message { w in w.header(final: true, type: 2); w.bits(0, 5); w.bits(0, 5); w.bits(15, 4); for _ in 0..<19 { w.bits(1, 3) } }
                == "deflate stream: the code-length code's lengths are over-subscribed (more codes than the lengths allow)")
        #expect(message { w in w.header(final: true, type: 2); w.bits(30, 5); w.bits(0, 5); w.bits(0, 4) } == "deflate stream: 287 literal/length codes declared; at most 286")
        #expect(message { w in w.header(final: true, type: 2); w.bits(0, 5); w.bits(30, 5); w.bits(0, 4) } == "deflate stream: 31 distance codes declared; at most 30")
        // A literal/length code that leaves codes unused (97 and 98 of two bits, 256-259 of three: one more three-bit code would fit).
        let incomplete = Self.failure(Self.dynamicBlock(literalLengthsOverride: [98: 3]))?.message ?? ""
        #expect(incomplete == "deflate stream: the literal/length code's lengths are incomplete (some bit sequences decode to nothing)")
        // Truncations at every byte of a valid stream.
        let whole = Self.dynamicBlock()
        for cut in 0..<whole.count {
            let e = try #require(Self.failure(Array(whole[..<cut])), "cut \(cut)")
            #expect(e.message.hasPrefix("deflate stream: truncated"), "cut \(cut): \(e.message)")
        }
        // A thousand empty stored blocks and no final one: an error at the end, not a hang.
        var w = DeflateWriter()
        for _ in 0..<1000 { w.stored([], final: false) }
        #expect(Self.failure(w.bytes)?.message.hasPrefix("deflate stream: truncated") == true)
    }

    @Test func numpysCompressedMemberThroughSeveralWindows() throws {
        let model = try ModelFiles.open([NPYFixtures.path("compressed.npz")])
        let big = try #require(model.tensors.first { $0.name == "big" }?.storage.member)
        let archive = NPYFixtures.bytes("compressed.npz")
        let stream = Array(archive[big.dataOffset..<big.dataOffset + big.compressedSize])
        for (window, fast) in [(7, true), (4096, true), (1 << 20, true), (4096, false)] {
            let out = try Self.inflate(stream, window: window, fastPath: fast)
            #expect(out.count == big.uncompressedSize)
            #expect(Array(out.suffix(NPYFixtures.bigValues.count)) == NPYFixtures.bigValues, "window \(window)")
            var crc = CRC32()
            out.withUnsafeBytes { crc.update($0) }
            #expect(crc.value == big.crc32 && CRC32.reference(out) == big.crc32)
        }
        // Damaged copies of it: errors or other bytes, never a trap; the fast path gives what the careful
        // one (the reference) gives, bytes or error.
        var rng = SplitMix64(seed: 15)
        var errors = 0
        for _ in 0..<12 {
            var s = stream
            s[Int(rng.next() % UInt64(s.count))] ^= UInt8(truncatingIfNeeded: 1 + rng.next() % 255)
            let fast = Result { () throws(TensorFileError) in try Self.inflate(s, window: 65536) }
            let careful = Result { () throws(TensorFileError) in try Self.inflate(s, window: 65536, fastPath: false) }
            switch (fast, careful) {
            case (.success(let a), .success(let b)): #expect(a == b)
            case (.failure(let a), .failure(let b)): #expect(a == b); errors += 1
            default: Issue.record("fast \(fast) but careful \(careful)")
            }
        }
        #expect(errors > 0)
    }

    @Test func crc32MatchesItsDefinition() {
        #expect(CRC32.reference(Array("123456789".utf8)) == 0xCBF4_3926)
        var rng = SplitMix64(seed: 32)
        for length in [0, 1, 7, 8, 9, 63, 1000] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            var crc = CRC32()
            bytes.withUnsafeBytes { crc.update($0) }
            #expect(crc.value == CRC32.reference(bytes), "length \(length)")
            var split = CRC32()
            bytes.withUnsafeBytes { b in
                split.update(UnsafeRawBufferPointer(rebasing: b[0..<length / 3]))
                split.update(UnsafeRawBufferPointer(rebasing: b[(length / 3)...]))
            }
            #expect(split.value == crc.value)
        }
    }
}
