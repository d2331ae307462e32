/// The members of a zip archive, read from its central directory: the end of central directory
/// record (searched for backwards over at most its size plus the longest comment), the ZIP64 end
/// record and locator when present, each central directory entry with its ZIP64 extra field, and
/// each member's local header (for where its data starts). Names are UTF-8. Methods other than
/// stored (0) and deflate (8), encryption and archives split over several disks are refused as
/// unsupported; every size and offset is checked against the file.
enum ZipDirectory {
    /// The members of the archive `bytes`, in central directory order.
    static func entries(_ bytes: UnsafeRawBufferPointer, file: String) throws(TensorFileError) -> [ZipEntry] {
        func fail(_ message: String, at offset: Int?, _ category: TensorFileError.Category = .malformed) -> TensorFileError {
            TensorFileError(file: file, byteOffset: offset, message: "zip: " + message, category: category)
        }
        let size = bytes.count
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        func u64(_ at: Int) -> UInt64 { UInt64(u32(at)) | UInt64(u32(at + 4)) << 32 }
        func signature(_ at: Int, _ s: Int) -> Bool { at >= 0 && at + 4 <= size && u32(at) == s }

        // End of central directory: 22 bytes and a comment of up to 65 535 bytes that ends the file.
        var eocd = -1
        var at = size - 22
        while at >= max(0, size - 22 - 0xFFFF) {
            if signature(at, 0x0605_4B50) && at + 22 + u16(at + 20) == size {
                eocd = at
                break
            }
            at -= 1
        }
        guard eocd >= 0 else {
            throw fail("no end of central directory record (PK\\x05\\x06, then a comment that ends the file) in the last \(min(size, 22 + 0xFFFF)) bytes: not a complete zip archive", at: size)
        }
        var disk = u16(eocd + 4), directoryDisk = u16(eocd + 6)
        var count = UInt64(u16(eocd + 10))
        var directorySize = UInt64(u32(eocd + 12)), directoryOffset = UInt64(u32(eocd + 16))
        var directoryEnd = eocd
        let saturated = count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF
        let locator = eocd - 20
        if signature(locator, 0x0706_4B50) {
            let recordOffset = u64(locator + 8)
            // The 56-byte record lies wholly before its locator.
            guard locator >= 56, recordOffset <= UInt64(locator - 56), signature(Int(recordOffset), 0x0606_4B50) else {
                throw fail("the ZIP64 locator points to byte \(recordOffset), where there is no ZIP64 end of central directory record (PK\\x06\\x06)", at: locator)
            }
            let record = Int(recordOffset)
            disk = u32(record + 16)
            directoryDisk = u32(record + 20)
            count = u64(record + 32)
            directorySize = u64(record + 40)
            directoryOffset = u64(record + 48)
            directoryEnd = record
            guard u32(locator + 4) == 0, u32(locator + 16) <= 1 else {
                throw fail("the ZIP64 locator names disk \(u32(locator + 4)) of \(u32(locator + 16)): archives split over several disks are not read", at: locator, .unsupported)
            }
        } else if saturated {
            throw fail("the end record's fields are 0xFFFF/0xFFFFFFFF (ZIP64) but there is no ZIP64 locator (PK\\x06\\x07) before it", at: eocd)
        }
        guard disk == 0, directoryDisk == 0 else {
            throw fail("the central directory is on disk \(directoryDisk) (this is disk \(disk)): archives split over several disks are not read", at: eocd, .unsupported)
        }
        guard directoryOffset <= UInt64(directoryEnd), directorySize <= UInt64(directoryEnd) - directoryOffset else {
            throw fail("the central directory (\(directorySize) bytes at byte \(directoryOffset)) does not lie before the end record at byte \(directoryEnd)", at: eocd)
        }
        guard count <= directorySize / 46 else {
            throw fail("\(count) entries cannot fit a central directory of \(directorySize) bytes (46 bytes each at least)", at: eocd)
        }
        let start = Int(directoryOffset), end = start + Int(directorySize)
        var entries: [ZipEntry] = []
        entries.reserveCapacity(Int(count))
        var p = start
        for index in 0..<Int(count) {
            guard p + 46 <= end, signature(p, 0x0201_4B50) else {
                throw fail("central directory entry \(index) at byte \(p) does not start with PK\\x01\\x02 inside the directory (\(start)..<\(end))", at: p)
            }
            let flags = u16(p + 8), rawMethod = u16(p + 10)
            let crc = UInt32(u32(p + 16))
            var compressed = UInt64(u32(p + 20)), uncompressed = UInt64(u32(p + 24))
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            var startDisk = UInt64(u16(p + 34))
            var localOffset = UInt64(u32(p + 42))
            let nameStart = p + 46
            let next = nameStart + nameLength + extraLength + commentLength
            guard next <= end else {
                throw fail("central directory entry \(index) (name, extra field and comment: \(next - p) bytes) runs past the directory's end at byte \(end)", at: p)
            }
            guard let name = String(validating: UnsafeRawBufferPointer(rebasing: bytes[nameStart..<nameStart + nameLength]), as: UTF8.self) else {
                throw fail("the name of member \(index) is not valid UTF-8", at: nameStart)
            }
            // The ZIP64 extra field (id 1) holds, in this order, each field the entry saturates.
            var extra = nameStart + nameLength
            let extraEnd = extra + extraLength
            var needs = (uncompressed == 0xFFFF_FFFF, compressed == 0xFFFF_FFFF, localOffset == 0xFFFF_FFFF, startDisk == 0xFFFF)
            while extra + 4 <= extraEnd {
                let id = u16(extra), length = u16(extra + 2)
                let data = extra + 4
                guard data + length <= extraEnd else {
                    throw fail("member '\(name)': extra field \(id) of \(length) bytes runs past the entry's extra data", at: extra)
                }
                if id == 1 {
                    var q = data
                    func take() throws(TensorFileError) -> UInt64 {
                        guard q + 8 <= data + length else {
                            throw fail("member '\(name)': the ZIP64 extra field (\(length) bytes) lacks a size or offset the entry marks 0xFFFFFFFF", at: extra)
                        }
                        defer { q += 8 }
                        return u64(q)
                    }
                    if needs.0 { uncompressed = try take(); needs.0 = false }
                    if needs.1 { compressed = try take(); needs.1 = false }
                    if needs.2 { localOffset = try take(); needs.2 = false }
                    if needs.3 {
                        guard q + 4 <= data + length else {
                            throw fail("member '\(name)': the ZIP64 extra field lacks the disk number the entry marks 0xFFFF", at: extra)
                        }
                        startDisk = UInt64(u32(q))
                        needs.3 = false
                    }
                }
                extra = data + length
            }
            guard !needs.0 && !needs.1 && !needs.2 && !needs.3 else {
                throw fail("member '\(name)' marks a size or offset 0xFFFFFFFF (ZIP64) but has no ZIP64 extra field holding it", at: p)
            }
            guard flags & 1 == 0 else { throw fail("member '\(name)' is encrypted: encrypted archives are not read", at: p, .unsupported) }
            guard let method = ZipEntry.Method(rawValue: UInt16(rawMethod)) else {
                throw fail("member '\(name)' uses compression method \(rawMethod); stored (0) and deflate (8) are read", at: p, .unsupported)
            }
            guard startDisk == 0 else { throw fail("member '\(name)' starts on disk \(startDisk): split archives are not read", at: p, .unsupported) }
            // The local header: 30 bytes, the name and its own extra field, then the data; all before the directory.
            guard localOffset <= UInt64(start), UInt64(start) - localOffset >= 30, signature(Int(localOffset), 0x0403_4B50) else {
                throw fail("member '\(name)': no local header (PK\\x03\\x04) at byte \(localOffset) before the central directory (byte \(start))", at: p)
            }
            let local = Int(localOffset)
            guard u16(local + 8) == rawMethod else {
                throw fail("member '\(name)': the local header says method \(u16(local + 8)), the central directory \(rawMethod)", at: local)
            }
            let dataOffset = local + 30 + u16(local + 26) + u16(local + 28)
            guard compressed <= UInt64(start), dataOffset <= start - Int(compressed) else {
                throw fail("member '\(name)': \(compressed) bytes of data at byte \(dataOffset) run into the central directory at byte \(start)", at: local)
            }
            guard uncompressed <= UInt64(Int.max) else {
                throw fail("member '\(name)': uncompressed size \(uncompressed) does not fit 63 bits", at: p)
            }
            if method == .stored && compressed != uncompressed {
                throw fail("member '\(name)' is stored but its sizes differ (\(compressed) in the archive, \(uncompressed) uncompressed)", at: p)
            }
            entries.append(ZipEntry(name: name, method: method, crc32: crc, compressedSize: Int(compressed),
                                    uncompressedSize: Int(uncompressed), localHeaderOffset: local, dataOffset: dataOffset))
            p = next
        }
        return entries
    }
}
