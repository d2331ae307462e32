/// Reads a NumPy `.npz` archive (`np.savez`: stored members, `np.savez_compressed`: deflated): each
/// `.npy` member becomes a tensor (`x.npy`: `x`) whose header is read from the member (inflating only
/// the header's bytes of a deflated one). Members that are not `.npy` files are listed in the
/// metadata, not read. Values are decoded later, by `TensorReader`.
enum NPZParser {
    /// The tensors of the archive `bytes`, in data order.
    static func parse(_ bytes: UnsafeRawBufferPointer, file: String, fileIndex: Int) throws(TensorFileError) -> ContainerContents {
        var tensors: [TensorInfo] = []
        var metadata: [MetadataEntry] = []
        var names = Set<String>()
        for entry in try ZipDirectory.entries(bytes, file: file) {
            if entry.name.hasSuffix("/") { continue }
            guard entry.name.hasSuffix(".npy"), entry.name.count > 4 else {
                metadata.append(MetadataEntry(key: entry.name, value: .string("npz member that is not an .npy array (\(entry.uncompressedSize) bytes): not read")))
                continue
            }
            let name = String(entry.name.dropLast(4))
            guard names.insert(name).inserted else {
                throw TensorFileError(file: file, tensor: name, byteOffset: entry.localHeaderOffset, message: "zip: two members are named '\(entry.name)'")
            }
            tensors.append(try tensor(entry, name: name, bytes, file: file, fileIndex: fileIndex))
        }
        return ContainerContents(kind: .npz, metadata: metadata, tensors: try DataRanges.sortedCheckingOverlaps(tensors, file: file))
    }

    private static func tensor(_ entry: ZipEntry, name: String, _ bytes: UnsafeRawBufferPointer, file: String, fileIndex: Int) throws(TensorFileError) -> TensorInfo {
        let data = UnsafeRawBufferPointer(rebasing: bytes[entry.dataOffset..<entry.dataOffset + entry.compressedSize])
        let header: NPYHeader
        switch entry.method {
        case .stored:
            header = try NPYHeader.parse(data, file: file, tensor: name, baseOffset: entry.dataOffset)
        case .deflate:
            // Offsets inside inflated data are not file offsets: errors name the member's data start
            // and the byte of the inflated member.
            do throws(TensorFileError) {
                let inflater = Inflate(data, file: file, tensor: name, baseOffset: entry.dataOffset)
                let prefix = UnsafeMutableRawBufferPointer.allocate(byteCount: 12, alignment: 8)
                defer { prefix.deallocate() }
                let got = try inflater.read(into: prefix.baseAddress!, count: 12)
                let end = try NPYHeader.valuesOffset(UnsafeRawBufferPointer(rebasing: prefix[0..<got]), file: file, tensor: name, baseOffset: 0)
                let head = UnsafeMutableRawBufferPointer.allocate(byteCount: max(end, got), alignment: 8)
                defer { head.deallocate() }
                head.copyMemory(from: UnsafeRawBufferPointer(rebasing: prefix[0..<got]))
                let more = end > got ? try inflater.read(into: head.baseAddress! + got, count: end - got) : 0
                header = try NPYHeader.parse(UnsafeRawBufferPointer(rebasing: head[0..<got + more]), file: file, tensor: name, baseOffset: 0)
            } catch {
                var e = error
                if !e.message.hasPrefix("deflate stream") {
                    e.message = "byte \(e.byteOffset ?? 0) of the inflated member '\(entry.name)': " + e.message
                    e.byteOffset = entry.dataOffset
                }
                throw e
            }
        }
        let available = entry.uncompressedSize - header.valuesOffset
        let valuesBytes = header.valuesByteCount ?? max(available, 0)
        guard valuesBytes == available else {
            throw TensorFileError(file: file, tensor: name, byteOffset: entry.dataOffset,
                                  message: "npz member '\(entry.name)': shape \(header.shape) of \(header.descr) needs \(valuesBytes) bytes of values but the member holds \(available) after its \(header.valuesOffset)-byte header")
        }
        let storage = TensorStorage(fortranOrder: header.fortranOrder, member: entry, valuesOffset: header.valuesOffset)
        if entry.method == .stored {
            return TensorInfo(name: name, shape: header.shape, storedType: header.descr, encoding: header.encoding, elementCount: header.elementCount,
                              byteCount: valuesBytes, file: fileIndex, byteOffset: entry.dataOffset + header.valuesOffset, storage: storage)
        }
        return TensorInfo(name: name, shape: header.shape, storedType: header.descr, encoding: header.encoding, elementCount: header.elementCount,
                          byteCount: entry.compressedSize, file: fileIndex, byteOffset: entry.dataOffset, storage: storage)
    }
}
