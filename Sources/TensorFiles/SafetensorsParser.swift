/// Reads a safetensors file's header: an 8-byte little-endian length N, N bytes of JSON, then the data
/// area. Every tensor entry is checked: dtype, shape (non-negative integers whose product fits), data
/// offsets `[begin, end]` with begin <= end inside the data area, `end - begin` equal to the bytes
/// its shape and dtype need (sub-byte dtypes: a whole number of bytes), names unique (duplicate JSON
/// keys are refused), no two ranges overlapping. Gaps between tensors are allowed (the reference
/// library refuses them; floatscope only reads). An unknown dtype is `unsupported` for that tensor,
/// not fatal. `__metadata__` must map strings to strings.
public enum SafetensorsParser {
    /// The largest header accepted, the reference implementation's limit.
    public static let maximumHeaderLength = 100_000_000

    /// Parses `bytes` (the whole file). `file` names it in errors; `fileIndex` goes into each tensor.
    public static func parse(_ bytes: UnsafeRawBufferPointer, file: String, fileIndex: Int = 0) throws(TensorFileError) -> ContainerContents {
        var region = ByteRegion(bytes, file: file)
        let length = try region.read(UInt64.self, "the header length")
        guard length <= UInt64(maximumHeaderLength) else {
            throw TensorFileError(file: file, byteOffset: 0, message: "header length \(length) is larger than safetensors allows (\(maximumHeaderLength) bytes)")
        }
        let headerLength = Int(length)
        guard headerLength <= region.remaining else {
            throw TensorFileError(file: file, byteOffset: 0, message: "header length \(headerLength) runs past the end of the file (\(bytes.count) bytes: \(region.remaining) after the length)")
        }
        let header = try region.slice(headerLength, "the JSON header")
        let dataStart = 8 + headerLength
        let dataLength = bytes.count - dataStart
        let json = try JSONParser.parse(header, file: file, baseOffset: 8)
        guard let members = json.members else {
            throw TensorFileError(file: file, byteOffset: 8, message: "the JSON header is \(json.kindName), not an object")
        }
        var metadata: [MetadataEntry] = []
        var tensors: [TensorInfo] = []
        for member in members {
            if member.key == "__metadata__" {
                metadata = try metadataEntries(member, file: file)
                continue
            }
            tensors.append(try tensor(member, file: file, fileIndex: fileIndex, dataStart: dataStart, dataLength: dataLength, fileSize: bytes.count))
        }
        return ContainerContents(kind: .safetensors, metadata: metadata,
                                 tensors: try DataRanges.sortedCheckingOverlaps(tensors, file: file))
    }

    private static func metadataEntries(_ member: JSONMember, file: String) throws(TensorFileError) -> [MetadataEntry] {
        guard let entries = member.value.members else {
            throw TensorFileError(file: file, byteOffset: member.offset, message: "__metadata__ is \(member.value.kindName); it must be an object of strings")
        }
        var result: [MetadataEntry] = []
        for entry in entries {
            guard let text = entry.value.string else {
                throw TensorFileError(file: file, byteOffset: entry.offset, message: "__metadata__ value of \"\(entry.key)\" is \(entry.value.kindName); safetensors metadata values are strings")
            }
            result.append(MetadataEntry(key: entry.key, value: .string(text)))
        }
        return result
    }

    private static func tensor(_ member: JSONMember, file: String, fileIndex: Int, dataStart: Int, dataLength: Int, fileSize: Int) throws(TensorFileError) -> TensorInfo {
        let name = member.key
        func fail(_ message: String, at offset: Int? = nil) -> TensorFileError {
            TensorFileError(file: file, tensor: name, byteOffset: offset ?? member.offset, message: message)
        }
        guard let fields = member.value.members else {
            throw fail("entry is \(member.value.kindName); expected an object with dtype, shape and data_offsets")
        }
        func field(_ key: String) throws(TensorFileError) -> JSONValue {
            guard let f = fields.first(where: { $0.key == key }) else { throw fail("has no \"\(key)\"") }
            return f.value
        }
        guard let dtypeName = try field("dtype").string else { throw fail("dtype is not a string") }
        guard case .array(let dims) = try field("shape") else { throw fail("shape is not an array") }
        var shape: [Int] = []
        shape.reserveCapacity(dims.count)
        for d in dims {
            guard let n = d.nonNegativeInt else {
                throw fail("shape holds \(d.number ?? d.kindName); dimensions are non-negative integers below 2^63")
            }
            shape.append(n)
        }
        guard case .array(let offsets) = try field("data_offsets"), offsets.count == 2,
              let begin = offsets[0].nonNegativeInt, let end = offsets[1].nonNegativeInt else {
            throw fail("data_offsets must be [begin, end], two non-negative integers below 2^63")
        }
        guard begin <= end else { throw fail("data_offsets [\(begin), \(end)] end before they begin") }
        guard end <= dataLength else {
            let absolute = CheckedSize.add(dataStart, begin).map(String.init) ?? "beyond 2^63"
            let absoluteEnd = CheckedSize.add(dataStart, end).map(String.init) ?? "beyond 2^63"
            throw fail("data range \(absolute)..<\(absoluteEnd) (data_offsets [\(begin), \(end)]) lies outside the file (\(fileSize) bytes)")
        }
        guard let elements = CheckedSize.product(shape) else {
            throw fail("shape \(shape) has more than 2^63 elements")
        }
        let byteCount = end - begin
        let encoding: TensorEncoding
        if let dtype = SafetensorsDType.named(dtypeName) {
            guard let bits = CheckedSize.multiply(elements, dtype.bits) else {
                throw fail("shape \(shape) of \(dtypeName) takes more than 2^63 bits")
            }
            guard bits % 8 == 0 else {
                throw fail("shape \(shape) of \(dtypeName) (\(dtype.bits) bits each) is not a whole number of bytes")
            }
            guard bits / 8 == byteCount else {
                throw fail("shape \(shape) of \(dtypeName) needs \(bits / 8) bytes but data_offsets [\(begin), \(end)] hold \(byteCount)")
            }
            encoding = dtype.encoding
        } else {
            encoding = .unsupported("safetensors dtype '\(dtypeName)' is unknown; known: " + SafetensorsDType.all.map(\.name).joined(separator: " "))
        }
        return TensorInfo(name: name, shape: shape, storedType: dtypeName, encoding: encoding, elementCount: elements,
                          byteCount: byteCount, file: fileIndex, byteOffset: dataStart + begin)
    }
}

extension JSONValue {
    /// The number's text, when the value is a number.
    var number: String? {
        if case .number(let t) = self { return t }
        return nil
    }
}
