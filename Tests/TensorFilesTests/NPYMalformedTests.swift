import Foundation
import Testing
@testable import TensorFileIO
@testable import TensorFiles

/// Malformed and unsupported `.npy` and `.npz` files: each gives one clear `TensorFileError` naming
/// the file, the array and the byte, with the right category; damaged npz data is caught by its
/// CRC-32 when the values are read.
@Suite struct NPYMalformedTests {
    /// An .npy file: the header dict padded so that the values start at a multiple of 64.
    static func npy(_ dict: String, version: UInt8 = 1, data: [UInt8] = []) -> [UInt8] {
        let preamble = version == 1 ? 10 : 12
        var header = Array(dict.utf8)
        while (preamble + header.count + 1) % 64 != 0 { header.append(0x20) }
        header.append(0x0A)
        let length = version == 1 ? Crafted.le(UInt16(header.count)) : Crafted.le(UInt32(header.count))
        return [0x93] + Array("NUMPY".utf8) + [version, 0] + length + header + data
    }

    static func dict(descr: String = "<f4", fortran: String = "False", shape: String = "(3,)") -> String {
        "{'descr': '\(descr)', 'fortran_order': \(fortran), 'shape': \(shape), }"
    }

    func error(_ bytes: [UInt8], name: String = "a.npy") -> TensorFileError? {
        do {
            _ = try Fixtures.parse(bytes, name: name)
            return nil
        } catch {
            return error
        }
    }

    /// The error of reading every value of every tensor, if any.
    func readError(_ bytes: [UInt8], name: String) throws -> TensorFileError? {
        let (model, holder) = try Fixtures.parse(bytes, name: name)
        defer { withExtendedLifetime(holder) {} }
        do {
            for t in model.tensors where t.encoding.unsupportedReason == nil { _ = try Fixtures.values(model, t, window: 1000) }
            return nil
        } catch let e as TensorFileError {
            return e
        }
    }

    @Test func valuesThatDoNotFillTheFileExactly() throws {
        for count in [8, 16] {
            let bytes = Self.npy(Self.dict(), data: [UInt8](repeating: 0, count: count))
            let e = try #require(error(bytes))
            #expect(e.file == "a.npy" && e.tensor == "a" && e.byteOffset == 128 && bytes.count == 128 + count && e.category == .malformed)
            #expect(e.message == "shape [3] of <f4 needs 12 bytes of values but the file holds \(count) after its header")
        }
        let ok = try Fixtures.parse(Self.npy(Self.dict(), version: 2, data: Crafted.floats([1, 2, 3])), name: "dir/w.npy")
        #expect(ok.0.tensors.map(\.name) == ["w"])
        #expect(try Fixtures.values(ok.0, ok.0.tensors[0]) == [1, 2, 3].map { Float($0).bitPattern })
    }

    @Test func headerDictsThatAreNotNumpys() throws {
        let cases: [(String, String)] = [
            (Self.dict(fortran: "0"), "npy header: fortran_order is an integer, not True or False"),
            ("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), 'extra': 1}", "npy header: unexpected key 'extra'; the header holds exactly descr, fortran_order and shape"),
            ("{'descr': '<f4', 'fortran_order': False}", "npy header: has no 'shape'"),
            (Self.dict(shape: "(3)"), "npy header: (x) is a parenthesised value, not a tuple; a tuple of one is written (x,)"),
            (Self.dict(shape: "[3]"), "npy header: shape is a list, not a tuple of integers"),
            (Self.dict(shape: "(-1,)"), "npy header: shape holds -1; dimensions are non-negative integers"),
            (Self.dict(shape: "(3.0,)"), "npy header: expected ',' or ')'"),
            ("{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': (3,)}", "npy header: duplicate key 'descr'"),
            ("__import__('os').system('ls')", "npy header: unexpected '_'; expected a string, integer, True, False, None, tuple, list or dict"),
            ("{'descr': '<f4' 'fortran_order': False}", "npy header: expected ',' or '}'"),
            ("{'descr': '<f4\\n', }", "npy header: escape '\\n' in a string; only \\\\, \\' and \\\" are read"),
            (String(repeating: "(", count: 20) + String(repeating: ")", count: 20), "npy header: nesting deeper than 16"),
            ("[1, 2]", "npy header: is a list, not a dict with descr, fortran_order and shape"),
            ("{'descr': '<f4', 'fortran_order': False, 'shape': (3,)} x", "npy header: unexpected 'x' after the header's dict; only spaces and a newline may follow"),
        ]
        for (dict, message) in cases {
            let e = try #require(error(Self.npy(dict, data: Crafted.floats([1, 2, 3]))), "\(dict)")
            #expect(e.message == message, "\(dict)")
            #expect(e.category == .malformed && e.tensor == "a" && (e.byteOffset ?? 0) >= 10, "\(dict)")
        }
    }

    @Test func shapesThatOverflow() throws {
        let cases: [(String, String, String)] = [
            ("<f4", "(4611686018427387904, 4)", "npy header: shape [4611686018427387904, 4] has more than 2^63 elements"),
            ("<f4", "(99999999999999999999,)", "npy header: integer 99999999999999999999 does not fit 64 bits"),
            ("<f8", "(2305843009213693952,)", "npy header: shape [2305843009213693952] of <f8 takes more than 2^63 bytes"),
            ("<f4", "(1099511627776,)", "shape [1099511627776] of <f4 needs 4398046511104 bytes of values but the file holds 0 after its header"),
        ]
        for (descr, shape, message) in cases {
            let e = try #require(error(Self.npy(Self.dict(descr: descr, shape: shape))), "\(shape)")
            #expect(e.message == message && e.category == .malformed, "\(shape): \(e.message)")
        }
    }

    @Test func versionsHeaderLengthsAndTypesThatAreNotRead() throws {
        var v4 = Self.npy(Self.dict(), version: 2)
        v4[6] = 4
        let version = try #require(error(v4))
        #expect(version.category == .unsupported && version.byteOffset == 6 && version.message == "npy format version 4.0 is not read; versions 1.0, 2.0 and 3.0 are")
        var long = Self.npy(Self.dict(), version: 2)
        long.replaceSubrange(8..<12, with: [0xFF, 0xFF, 0xFF, 0xFF])
        #expect(error(long)?.message == "npy header length 4294967295 is larger than the 1048576 bytes accepted")
        var past = Self.npy(Self.dict(), version: 2)
        past.replaceSubrange(8..<12, with: [0x00, 0x10, 0x00, 0x00])
        #expect(error(past)?.message == "npy header of 4096 bytes runs past the end of the array's 128 bytes")
        for (descr, size, words) in [("<c8", 8, "complex"), ("|O", 8, "object"), ("<U2", 8, "string"), ("<V2", 2, "raw bytes"), ("<f16", 16, "long double"), ("<q8", 8, "not a dtype")] {
            let (model, _) = try Fixtures.parse(Self.npy(Self.dict(descr: descr, shape: "(2,)"), data: [UInt8](repeating: 0, count: 2 * size)))
            let reason = try #require(model.tensors.first?.encoding.unsupportedReason, "\(descr)")
            #expect(reason.contains(descr) && reason.contains(words), "\(reason)")
        }
    }

    /// The central directory entry of `member` in an archive.
    static func centralEntry(_ bytes: [UInt8], _ member: String) -> Int? {
        let name = Array(member.utf8)
        return bytes.indices.first { p in
            p + 46 + name.count <= bytes.count && bytes[p..<p + 4] == [0x50, 0x4B, 0x01, 0x02] && Array(bytes[p + 46..<p + 46 + name.count]) == name
        }
    }

    @Test func damagedNpzDataFailsItsCRC() throws {
        var stored = NPYFixtures.bytes("stored.npz")
        let (model, _) = try Fixtures.parse(stored, name: "s.npz")
        let a = try #require(model.tensors.first { $0.name == "a" })
        stored[a.byteOffset + 5] ^= 0x10
        let e = try #require(try readError(stored, name: "s.npz"))
        #expect(e.tensor == "a" && e.category == .malformed && e.byteOffset == a.storage.member?.dataOffset)
        #expect(e.message.hasPrefix("npz member 'a.npy': CRC-32 of the member's data is 0x") && e.message.hasSuffix("the data is damaged"))

        var compressed = NPYFixtures.bytes("compressed.npz")
        let entry = try #require(Self.centralEntry(compressed, "a.npy"))
        compressed[entry + 16] ^= 1
        let c = try #require(try readError(compressed, name: "c.npz"))
        #expect(c.tensor == "a" && c.message.contains("CRC-32"))
        // The same CRC damage in a Fortran-order deflated member is found when it is inflated whole.
        var fortran = NPYFixtures.bytes("compressed.npz")
        let f = try #require(Self.centralEntry(fortran, "f8_fortran.npy"))
        fortran[f + 16] ^= 1
        let (fm, holder) = try Fixtures.parse(fortran, name: "c.npz")
        let ft = try #require(fm.tensors.first { $0.name == "f8_fortran" })
        #expect(ft.storage.fortranOrder && ft.storage.member?.method == .deflate)
        do { _ = try fm.reader(for: ft); Issue.record("read") } catch { #expect(error.message.contains("CRC-32")) }
        withExtendedLifetime(holder) {}
    }

    @Test func damagedArchives() throws {
        let original = NPYFixtures.bytes("stored.npz")
        let truncated = try #require(error(Array(original.dropLast(10)), name: "s.npz"))
        #expect(truncated.category == .malformed && truncated.message.hasPrefix("zip: no end of central directory record"))
        let entry = try #require(Self.centralEntry(original, "b.npy"))

        var method = original
        method[entry + 10] = 12
        let m = try #require(error(method, name: "s.npz"))
        #expect(m.category == .unsupported && m.message == "zip: member 'b.npy' uses compression method 12; stored (0) and deflate (8) are read")

        var name = original
        name[entry + 46] = 0xFF
        let n = try #require(error(name, name: "s.npz"))
        #expect(n.category == .malformed && n.message == "zip: the name of member 1 is not valid UTF-8" && n.byteOffset == entry + 46)

        var offset = original
        offset.replaceSubrange(entry + 42..<entry + 46, with: [0x00, 0x00, 0x10, 0x00])
        #expect(error(offset, name: "s.npz")?.message == "zip: member 'b.npy': no local header (PK\\x03\\x04) at byte 1048576 before the central directory (byte \(Self.centralEntry(original, "a.npy")!))")

        var encrypted = original
        encrypted[entry + 8] |= 1
        #expect(error(encrypted, name: "s.npz")?.category == .unsupported)

        var deflate = NPYFixtures.bytes("compressed.npz")
        let (model, _) = try Fixtures.parse(deflate, name: "c.npz")
        let b = try #require(model.tensors.first { $0.name == "b" }?.storage.member)
        deflate[b.dataOffset] = 0x07   // final block of type 3
        let d = try #require(error(deflate, name: "c.npz"))
        #expect(d.tensor == "b" && d.byteOffset == b.dataOffset && d.message == "deflate stream: block type 3 is reserved (0 stored, 1 fixed Huffman, 2 dynamic Huffman)")
    }

    @Test func membersNamedTwiceOtherMembersAndStreamsThatEndEarly() throws {
        let original = NPYFixtures.bytes("stored.npz")
        var twice = original
        let b = try #require(Self.centralEntry(original, "b.npy"))
        twice[b + 46] = UInt8(ascii: "a")
        let e = try #require(error(twice, name: "s.npz"))
        #expect(e.tensor == "a" && e.message == "zip: two members are named 'a.npy'")

        var other = original
        other.replaceSubrange(b + 46 + 2..<b + 46 + 5, with: Array("txt".utf8))
        let (model, _) = try Fixtures.parse(other, name: "s.npz")
        #expect(!model.tensors.contains { $0.name == "b" })
        #expect(model.metadata.first?.key == "b.txt" && model.metadata.first?.value.stringValue?.contains("not an .npy array") == true)

        // One byte more compressed data than the deflate stream uses.
        var longer = NPYFixtures.bytes("compressed.npz")
        let a = try #require(Self.centralEntry(longer, "a.npy"))
        longer[a + 20] &+= 1
        let l = try #require(try readError(longer, name: "c.npz"))
        #expect(l.tensor == "a" && l.message.hasPrefix("npz member 'a.npy': the deflate stream ends after ") && l.message.hasSuffix("compressed bytes"))
    }

    @Test func fortranOrderDeflatedMembersAboveTheLimitAreRefused() throws {
        let values = TensorReader.maximumInflatedFortranBytes / 8 + 2
        let member = ZipEntry(name: "w.npy", method: .deflate, crc32: 0, compressedSize: 4, uncompressedSize: 128 + values * 8,
                              localHeaderOffset: 0, dataOffset: 30)
        let holder = Holder([1, 2, 3, 4])
        do {
            _ = try TensorReader(bytes: holder.region, count: values, encoding: .scalar(.fp64, bigEndian: false), shape: [values / 2, 2],
                                 storage: TensorStorage(fortranOrder: true, member: member, valuesOffset: 128), member: holder.region, owner: holder)
            Issue.record("read")
        } catch {
            #expect(error.category == .unsupported && error.message.hasPrefix("a Fortran-order array in a deflated npz member is inflated whole"))
        }
    }
}

/// ZIP64 records that the end of the archive points at wrongly.
@Suite struct ZipRecordTests {
    @Test func zip64RecordThatOverlapsItsLocator() throws {
        // A ZIP64 end record signature at byte 0, its locator at byte 4 (inside the 56-byte record),
        // then an end record whose fields say ZIP64: 46 bytes in all, too few for the record.
        let locator: [UInt8] = [0x50, 0x4B, 0x06, 0x07] + Crafted.le(UInt32(0)) + Crafted.le(UInt64(0)) + Crafted.le(UInt32(1))
        let end: [UInt8] = [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 4) + [0xFF, 0xFF, 0xFF, 0xFF] + [UInt8](repeating: 0xFF, count: 8) + [0, 0]
        let bytes: [UInt8] = [0x50, 0x4B, 0x06, 0x06] + locator + end
        #expect(bytes.count == 46)
        let holder = Holder(bytes)
        defer { withExtendedLifetime(holder) {} }
        do {
            _ = try ZipDirectory.entries(holder.region, file: "z.npz")
            Issue.record("parsed")
        } catch {
            #expect(error.message == "zip: the ZIP64 locator points to byte 0, where there is no ZIP64 end of central directory record (PK\\x06\\x06)")
            #expect(error.byteOffset == 4 && error.category == .malformed)
        }
    }
}
