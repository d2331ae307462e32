import FormatCore
import Foundation
import Testing
@testable import TensorFiles

#if canImport(Glibc)
import Glibc
#endif

/// Thousands of mutations of the real fixtures (truncations, flipped bytes, huge counts, lengths and
/// offsets, overlapping ranges, bad UTF-8 names, deep JSON, header lengths beyond the file): every
/// one parses or fails with a `TensorFileError` naming the file, without a trap, a hang or an
/// allocation in proportion to a header's claims; the tensors of the files that still parse are read
/// in full. Deterministic (seed printed on failure); `FLOATSCOPE_FUZZ_VERBOSE=1` prints every case
/// before running it, to find the one that traps.
@Suite struct FuzzTests {
    static let seed: UInt64 = 0x5AFE_7E45_0F11_E5

    static let files = ["all_dtypes.safetensors", "other_dtypes.safetensors", "all_types.gguf", "aligned64_v2.gguf",
                        "sharded/model-00001-of-00002.safetensors",
                        "npy/v1_f4.npy", "npy/v3_f2.npy", "npy/fortran_3d.npy", "npy/be_i8.npy",
                        "npy/stored.npz", "npy/zip64_records.npz", "npy/zip64_forced.npz"]

    /// One mutated file.
    struct Case {
        var label: String
        var bytes: [UInt8]
    }

    /// The end of the header (where the data starts): safetensors 8 + N, GGUF the first tensor's data,
    /// npy the values; for npz the whole archive (local headers, data and central directory interleave).
    static func headerEnd(_ bytes: [UInt8]) -> Int {
        if bytes.starts(with: [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]) {
            let length = bytes[6] == 1 ? Int(bytes[8]) | Int(bytes[9]) << 8 : (8..<12).reduce(0) { $0 | Int(bytes[$1]) << (8 * ($1 - 8)) }
            return min(bytes.count, (bytes[6] == 1 ? 10 : 12) + length)
        }
        if bytes.starts(with: Array("PK".utf8)) { return bytes.count }
        if bytes.starts(with: Array("GGUF".utf8)) {
            let tensors = (try? Fixtures.parse(bytes).0.tensors) ?? []
            return tensors.map(\.byteOffset).min() ?? bytes.count
        }
        let n = (0..<8).reduce(0) { $0 | Int(bytes[$1]) << (8 * $1) }
        return 8 + n
    }

    static func cases(for name: String, _ original: [UInt8], _ rng: inout SplitMix64) -> [Case] {
        var cases: [Case] = []
        let end = headerEnd(original)
        let isGGUF = original.starts(with: Array("GGUF".utf8))
        let isNumpy = original.starts(with: [0x93]) || original.starts(with: Array("PK".utf8))
        func random(_ n: Int) -> Int { Int(rng.next() % UInt64(max(n, 1))) }
        let huge: [UInt64] = [.max, 1 << 63, (1 << 63) - 1, 1 << 40, 1 << 32, 0xFFFF_FFFF, 1 << 31, 0, 1, 64, 255]

        // Truncations: every offset of the first 64 bytes, around the header end, at each tensor's
        // data boundaries, and at random.
        var cuts = Set(0..<min(64, original.count))
        for d in -9...9 { cuts.insert(end + d) }
        if let model = try? Fixtures.parse(original).0 {
            for t in model.tensors { cuts.insert(t.byteOffset); cuts.insert(t.byteOffset + t.byteCount - 1) }
        }
        for _ in 0..<150 { cuts.insert(random(original.count)) }
        for cut in cuts.sorted() where cut >= 0 && cut < original.count {
            cases.append(Case(label: "truncate at \(cut)", bytes: Array(original[..<cut])))
        }
        // Flipped bytes, mostly in the header.
        for _ in 0..<500 {
            var b = original
            var flips: [Int] = []
            for _ in 0..<(1 + random(4)) {
                let at = rng.next() % 4 == 0 ? random(b.count) : random(end)
                b[at] ^= UInt8(truncatingIfNeeded: 1 + random(255))
                flips.append(at)
            }
            cases.append(Case(label: "flip bytes \(flips)", bytes: b))
        }
        // Huge integers written over header fields (GGUF counts, lengths, ne, types, offsets; the
        // safetensors header length).
        for _ in 0..<(isGGUF ? 500 : 150) {
            var b = original
            let at = isGGUF || isNumpy ? (isNumpy ? random(max(end - 4, 1)) : 8 + random(max(end - 16, 1))) : 0
            let value = huge[random(huge.count)] &+ (rng.next() % 3 == 0 ? UInt64(random(5)) : 0)
            let width = isGGUF && rng.next() % 2 == 0 ? 4 : 8
            for i in 0..<width where at + i < b.count { b[at + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(i))) }
            cases.append(Case(label: "write \(value) (\(width) bytes) at \(at)", bytes: b))
        }
        if original.starts(with: [0x93]) {
            cases += npyHeaderEdits(original, end: end, &rng)
        } else if !isGGUF && !isNumpy {
            cases += safetensorsHeaderEdits(original, end: end, &rng)
        }
        return cases
    }

    /// Edits of a safetensors JSON header (the file rebuilt with a new header length): numbers
    /// replaced by huge, negative or fractional ones, one tensor's data_offsets copied onto another
    /// (overlap), bad UTF-8 in a name, deep nesting, a duplicated name.
    static func safetensorsHeaderEdits(_ original: [UInt8], end: Int, _ rng: inout SplitMix64) -> [Case] {
        let header = Array(original[8..<end])
        let data = Array(original[end...])
        func rebuild(_ h: [UInt8]) -> [UInt8] { Crafted.safetensors(rawHeader: h, data: data) }
        func random(_ n: Int) -> Int { Int(rng.next() % UInt64(max(n, 1))) }
        var cases: [Case] = []
        // Digit runs.
        var runs: [Range<Int>] = []
        var i = 0
        while i < header.count {
            if header[i] >= 0x30 && header[i] <= 0x39 {
                let s = i
                while i < header.count && header[i] >= 0x30 && header[i] <= 0x39 { i += 1 }
                runs.append(s..<i)
            } else { i += 1 }
        }
        let numbers = ["18446744073709551616", "9223372036854775807", "9223372036854775808", "4294967296", "0", "-1", "1e3", "1.5", "00", "2305843009213693952"]
        for _ in 0..<400 where !runs.isEmpty {
            var h = header
            let run = runs[random(runs.count)]
            let n = numbers[random(numbers.count)]
            h.replaceSubrange(run, with: Array(n.utf8))
            cases.append(Case(label: "number at \(8 + run.lowerBound) -> \(n)", bytes: rebuild(h)))
        }
        // data_offsets of one tensor copied onto another.
        let text = String(decoding: header, as: UTF8.self)
        let offsetsPattern = "\"data_offsets\":["
        let starts = text.ranges(of: offsetsPattern)
        for _ in 0..<200 where starts.count >= 2 {
            let a = starts[random(starts.count)], b = starts[random(starts.count)]
            guard let aEnd = text[a.upperBound...].firstIndex(of: "]"), let bEnd = text[b.upperBound...].firstIndex(of: "]") else { continue }
            var t = text
            t.replaceSubrange(b.upperBound..<bEnd, with: text[a.upperBound..<aEnd])
            cases.append(Case(label: "data_offsets copied", bytes: rebuild(Array(t.utf8))))
        }
        // Bad UTF-8 in a name: a byte inside a quoted key replaced by 0xFF / 0xC3 / 0x80.
        let quotes = header.indices.filter { header[$0] == 0x22 }
        for _ in 0..<100 where quotes.count > 2 {
            var h = header
            let q = quotes[random(quotes.count - 1)]
            if q + 1 < h.count { h[q + 1] = [0xFF, 0xC3, 0x80, 0xED][random(4)] }
            cases.append(Case(label: "bad UTF-8 after quote at \(8 + q)", bytes: rebuild(h)))
        }
        // Deep nesting as the metadata, and a duplicate name.
        for depth in [63, 64, 65, 200, 100_000] {
            let deep = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            if let r = text.range(of: "\"__metadata__\":{") {
                var t = text
                let close = t[r.upperBound...].firstIndex(of: "}")!
                t.replaceSubrange(t.index(before: r.upperBound)...close, with: deep)
                cases.append(Case(label: "metadata nested \(depth) deep", bytes: rebuild(Array(t.utf8))))
            }
        }
        let keys = text.ranges(of: "\":{\"dtype\"")
        if keys.count >= 2, let firstQuote = text[..<keys[0].lowerBound].lastIndex(of: "\""),
           let secondQuote = text[..<keys[1].lowerBound].lastIndex(of: "\"") {
            var t = text
            t.replaceSubrange(t.index(after: secondQuote)..<keys[1].lowerBound, with: text[text.index(after: firstQuote)..<keys[0].lowerBound])
            cases.append(Case(label: "duplicate name", bytes: rebuild(Array(t.utf8))))
        }
        return cases
    }

    /// Edits of an npy header dict (the file rebuilt with a new header length): numbers replaced by
    /// huge, negative or odd ones, the dtype, the order flag and the dict's punctuation replaced.
    static func npyHeaderEdits(_ original: [UInt8], end: Int, _ rng: inout SplitMix64) -> [Case] {
        let start = original[6] == 1 ? 10 : 12
        let text = String(decoding: original[start..<end], as: UTF8.self)
        let data = Array(original[end...])
        func rebuild(_ t: String) -> [UInt8] {
            let h = Array(t.utf8)
            let length = original[6] == 1 ? Crafted.le(UInt16(truncatingIfNeeded: h.count)) : Crafted.le(UInt32(h.count))
            return Array(original[0..<8]) + length + h + data
        }
        func random(_ n: Int) -> Int { Int(rng.next() % UInt64(max(n, 1))) }
        let replacements: [(String, [String])] = [
            ("3", ["18446744073709551616", "9223372036854775807", "-1", "0", "3.0", "1e3", "4611686018427387904", "0x3", "03"]),
            ("2", ["4294967296", "-0", "", "2,", "2L"]),
            ("<f4", ["<f8", ">f2", "|V2", "<c8", "O", "<U3", "", "f4", "<f", "<f99999999999999999999", "\\"]),
            ("<f2", ["<f4", "bogus"]),
            (">i4", ["<i8", ">u2", "|b1"]),
            (">i8", [">f4", "<i2", "|u1"]),
            ("False", ["True", "0", "None", "false", "Fals"]),
            ("True", ["False", "1"]),
            ("(", ["[", "((", ""]),
            (")", ["]", "", ",)"]),
            ("{", ["", "{{"]),
            ("}", ["", "}}", "},"]),
            (",", ["", ",,", ";"]),
            ("'", ["\"", "", "\\'"]),
            (":", ["", "::", "="]),
        ]
        var cases: [Case] = []
        for _ in 0..<150 {
            let (from, tos) = replacements[random(replacements.count)]
            let ranges = text.ranges(of: from)
            guard !ranges.isEmpty else { continue }
            var t = text
            t.replaceSubrange(ranges[random(ranges.count)], with: tos[random(tos.count)])
            cases.append(Case(label: "header edit \(from)", bytes: rebuild(t)))
        }
        return cases
    }

    static func maxResidentKB() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss
    }

    @Test func mutatedFixturesNeverTrapAndFailOnlyWithTensorFileErrors() throws {
        let verbose = ProcessInfo.processInfo.environment["FLOATSCOPE_FUZZ_VERBOSE"] == "1"
        var rng = SplitMix64(seed: Self.seed)
        let startRSS = Self.maxResidentKB()
        var total = 0, parsed = 0, valuesRead = 0
        var errors: [TensorFileError.Category: Int] = [:]
        var buffer = [UInt32](repeating: 0, count: 4096)
        for name in Self.files {
            let original = Fixtures.bytes(name)
            try #require(!original.isEmpty, "fixture \(name)")
            for c in Self.cases(for: name, original, &rng) {
                total += 1
                if verbose { print("fuzz seed \(Self.seed) \(name) case \(total): \(c.label)") }
                do throws(TensorFileError) {
                    let (model, holder) = try Fixtures.parse(c.bytes, name: name)
                    parsed += 1
                    for t in model.tensors {
                        #expect(t.byteOffset >= 0 && t.byteOffset + t.byteCount <= c.bytes.count, "seed \(Self.seed) \(name) \(c.label): \(t.name)")
                        guard t.encoding.unsupportedReason == nil else { continue }
                        let reader = try model.reader(for: t)
                        var n = 0
                        while true {
                            let k = try buffer.withUnsafeMutableBufferPointer { (p) throws(TensorFileError) -> Int in
                                try reader.read(into: p.baseAddress!, maximum: 4096)
                            }
                            if k == 0 { break }
                            n += k
                        }
                        #expect(n == t.elementCount, "seed \(Self.seed) \(name) \(c.label): \(t.name)")
                        valuesRead += n
                    }
                    withExtendedLifetime(holder) {}
                } catch {
                    errors[error.category, default: 0] += 1
                    #expect(error.file == name, "seed \(Self.seed) \(name) \(c.label): \(error)")
                    #expect(error.category != .io, "seed \(Self.seed) \(name) \(c.label): \(error)")
                    #expect(!error.message.isEmpty)
                }
            }
        }
        let growthKB = Self.maxResidentKB() - startRSS
        print("fuzz seed \(Self.seed): \(total) cases, \(parsed) parsed (\(valuesRead) values read), errors \(errors), peak RSS growth \(growthKB) KB")
        #expect(total >= 3000)
        #expect(parsed > 100 && errors[.malformed, default: 0] > 1000)
        #expect(growthKB < 200_000, "seed \(Self.seed): peak memory grew by \(growthKB) KB")
    }
}
