/// Reads a GGUF file (versions 2 and 3, little-endian): magic `GGUF`, version (u32), tensor count and
/// key-value count (u64), the key-values (13 value types, arrays nested at most
/// `maximumArrayDepth` deep), the tensor infos (name, n_dims <= 4, ne[], type, offset), then the data
/// section at the next multiple of `general.alignment` (a power-of-two UINT32, 32 by default).
///
/// Every count and length is checked against the bytes left before anything is allocated for it.
/// Each tensor's bytes are (ne0 / block size) x type size x rows; ne0 must be a whole number of blocks
/// (llama.cpp's rule). Offsets must be multiples of the alignment, inside the file, not overlapping.
/// A type ggml defines but floatscope cannot decode is `unsupported` for that tensor, its size still
/// checked; an id ggml does not define is `unsupported` too, its size then taken as the bytes up to
/// the next tensor's data (or the end of the file).
public enum GGUFParser {
    /// The deepest nesting of arrays accepted in a key-value.
    public static let maximumArrayDepth = 8
    /// `GGML_MAX_DIMS`.
    public static let maximumDimensions = 4
    /// GGUF's default data alignment.
    public static let defaultAlignment = 32

    /// Parses `bytes` (the whole file). `file` names it in errors; `fileIndex` goes into each tensor.
    public static func parse(_ bytes: UnsafeRawBufferPointer, file: String, fileIndex: Int = 0) throws(TensorFileError) -> ContainerContents {
        var r = ByteRegion(bytes, file: file)
        let magic = try r.read(UInt32.self, "the magic")
        guard magic == 0x4655_4747 else { throw r.error("not a GGUF file: the first four bytes are not 'GGUF'", at: 0) }
        let version = try r.read(UInt32.self, "the version")
        if version == 1 {
            throw TensorFileError(file: file, byteOffset: 4, message: "GGUF version 1 is not supported (llama.cpp dropped it too); versions 2 and 3 are read", category: .unsupported)
        }
        if version & 0xFFFF == 0 && version != 0 {
            throw TensorFileError(file: file, byteOffset: 4, message: "GGUF version field 0x\(String(version, radix: 16)) looks byte-swapped: big-endian GGUF files are not supported", category: .unsupported)
        }
        guard version == 2 || version == 3 else {
            throw TensorFileError(file: file, byteOffset: 4, message: "GGUF version \(version) is not supported; versions 2 and 3 are read", category: .unsupported)
        }
        let tensorCountOffset = r.position
        let tensorCount = try r.read(UInt64.self, "the tensor count")
        let kvCountOffset = r.position
        let kvCount = try r.read(UInt64.self, "the key-value count")
        // A key-value takes at least 8 (key length) + 4 (type) + 1 bytes; a tensor info at least
        // 8 + 4 + 4 + 8 bytes.
        guard kvCount <= UInt64(r.remaining / 13) else {
            throw r.error("key-value count \(kvCount) cannot fit in the \(r.remaining) bytes left (each takes at least 13)", at: kvCountOffset)
        }
        guard tensorCount <= UInt64(r.remaining / 24) else {
            throw r.error("tensor count \(tensorCount) cannot fit in the \(r.remaining) bytes left (each tensor info takes at least 24)", at: tensorCountOffset)
        }

        var metadata: [MetadataEntry] = []
        var alignment = defaultAlignment
        var keys = Set<String>()
        for _ in 0..<Int(kvCount) {
            let keyOffset = r.position
            let key = try name(&r, "a key")
            guard keys.insert(key).inserted else { throw r.error("duplicate key '\(key)'", at: keyOffset) }
            let typeOffset = r.position
            let type = try r.read(UInt32.self, "the type of '\(key)'")
            let value = try self.value(&r, type: type, typeOffset: typeOffset, key: key, depth: 0)
            if key == "general.alignment" {
                guard type == 4, case .uint(let a) = value else {
                    throw r.error("general.alignment must be a UINT32", at: typeOffset)
                }
                guard a > 0 && a & (a - 1) == 0 && a <= 1 << 30 else {
                    throw r.error("general.alignment \(a) is not a power of two (up to 2^30)", at: typeOffset)
                }
                alignment = Int(a)
            }
            metadata.append(MetadataEntry(key: key, value: value))
        }

        struct Raw {
            var name: String
            var ne: [Int]
            var typeID: UInt32
            var offset: Int
            var infoOffset: Int
        }
        var raws: [Raw] = []
        var names = Set<String>()
        for _ in 0..<Int(tensorCount) {
            let infoOffset = r.position
            let tensorName = try name(&r, "a tensor name")
            guard names.insert(tensorName).inserted else {
                throw TensorFileError(file: file, tensor: tensorName, byteOffset: infoOffset, message: "duplicate tensor name")
            }
            let dimsOffset = r.position
            let nDims = try r.read(UInt32.self, "n_dims", tensor: tensorName)
            guard nDims <= UInt32(maximumDimensions) else {
                throw TensorFileError(file: file, tensor: tensorName, byteOffset: dimsOffset, message: "n_dims \(nDims) exceeds \(maximumDimensions) (GGML_MAX_DIMS)")
            }
            var ne: [Int] = []
            for j in 0..<Int(nDims) {
                let at = r.position
                let n = try r.read(UInt64.self, "ne[\(j)]", tensor: tensorName)
                guard n <= UInt64(Int.max) else {
                    throw TensorFileError(file: file, tensor: tensorName, byteOffset: at, message: "ne[\(j)] = \(n) is not below 2^63")
                }
                ne.append(Int(n))
            }
            let typeID = try r.read(UInt32.self, "the type", tensor: tensorName)
            let offsetAt = r.position
            let offset = try r.read(UInt64.self, "the data offset", tensor: tensorName)
            guard offset <= UInt64(Int.max) else {
                throw TensorFileError(file: file, tensor: tensorName, byteOffset: offsetAt, message: "data offset \(offset) is not below 2^63")
            }
            raws.append(Raw(name: tensorName, ne: ne, typeID: typeID, offset: Int(offset), infoOffset: infoOffset))
        }

        guard let dataStart = CheckedSize.alignUp(r.position, alignment) else {
            throw r.error("the data section start overflows")
        }
        let fileSize = bytes.count
        var tensors: [TensorInfo] = []
        tensors.reserveCapacity(raws.count)
        // Offsets of all tensors, sorted, for the size of a tensor of unknown type.
        let sortedOffsets = raws.map(\.offset).sorted()
        for raw in raws {
            func fail(_ message: String, at offset: Int? = nil) -> TensorFileError {
                TensorFileError(file: file, tensor: raw.name, byteOffset: offset ?? raw.infoOffset, message: message)
            }
            guard let elements = CheckedSize.product(raw.ne) else {
                throw fail("ne \(raw.ne) has more than 2^63 elements")
            }
            guard raw.offset % alignment == 0 else {
                throw fail("data offset \(raw.offset) is not a multiple of the alignment \(alignment)")
            }
            guard let absolute = CheckedSize.add(dataStart, raw.offset) else {
                throw fail("data offset \(raw.offset) overflows")
            }
            let shape = Array(raw.ne.reversed())
            let byteCount: Int
            let encoding: TensorEncoding
            let storedType: String
            if let type = GGMLType.type(id: raw.typeID) {
                let ne0 = raw.ne.first ?? 1
                guard ne0 % type.blockSize == 0 else {
                    throw fail("type \(type.name) stores blocks of \(type.blockSize) values but ne0 = \(ne0) is not a multiple of it")
                }
                let rows = ne0 == 0 ? 0 : elements / ne0
                guard let rowBytes = CheckedSize.multiply(ne0 / type.blockSize, type.typeSize),
                      let total = CheckedSize.multiply(rowBytes, rows) else {
                    throw fail("ne \(raw.ne) of \(type.name) takes more than 2^63 bytes")
                }
                byteCount = total
                encoding = type.encoding
                storedType = type.name
            } else {
                let next = sortedOffsets.first { $0 > raw.offset }
                let end = next.flatMap { CheckedSize.add(dataStart, $0) } ?? fileSize
                byteCount = max(0, min(end, fileSize) - min(absolute, fileSize))
                storedType = "type \(raw.typeID)"
                encoding = .unsupported("GGUF type id \(raw.typeID) is unknown to ggml (ids 0-42); its size is taken as the \(byteCount) bytes up to the next tensor's data")
            }
            try DataRanges.checkInside(offset: absolute, count: byteCount, fileSize: fileSize, file: file, tensor: raw.name)
            tensors.append(TensorInfo(name: raw.name, shape: shape, storedType: storedType, encoding: encoding,
                                      elementCount: elements, byteCount: byteCount, file: fileIndex, byteOffset: absolute))
        }
        return ContainerContents(kind: .gguf, metadata: metadata, tensors: try DataRanges.sortedCheckingOverlaps(tensors, file: file))
    }

    /// A GGUF string (u64 length, bytes) that must be valid UTF-8: keys and tensor names.
    private static func name(_ r: inout ByteRegion, _ what: String) throws(TensorFileError) -> String {
        let at = r.position
        let length = try r.read(UInt64.self, "the length of \(what)")
        guard length <= UInt64(r.remaining) else {
            throw r.error("\(what) claims \(length) bytes but only \(r.remaining) remain", at: at)
        }
        let bytes = try r.slice(Int(length), what)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw r.error("\(what) is not valid UTF-8", at: at)
        }
        return text
    }

    /// The size of one value of scalar type `type`, or nil for string (8) / array / unknown types.
    private static func scalarSize(_ type: UInt32) -> Int? {
        switch type {
        case 0, 1, 7: return 1
        case 2, 3: return 2
        case 4, 5, 6: return 4
        case 10, 11, 12: return 8
        default: return nil
        }
    }

    /// The smallest number of bytes a value of `type` takes (for bounding counts), or nil for an
    /// unknown type.
    private static func minimumSize(_ type: UInt32) -> Int? {
        if let s = scalarSize(type) { return s }
        if type == 8 { return 8 }
        if type == 9 { return 12 }
        return nil
    }

    private static let typeNames = ["UINT8", "INT8", "UINT16", "INT16", "UINT32", "INT32", "FLOAT32", "BOOL", "STRING", "ARRAY", "UINT64", "INT64", "FLOAT64"]

    private static func value(_ r: inout ByteRegion, type: UInt32, typeOffset: Int, key: String, depth: Int) throws(TensorFileError) -> MetadataValue {
        switch type {
        case 0: return .uint(UInt64(try r.read(UInt8.self, "the value of '\(key)'")))
        case 1: return .int(Int64(try r.read(Int8.self, "the value of '\(key)'")))
        case 2: return .uint(UInt64(try r.read(UInt16.self, "the value of '\(key)'")))
        case 3: return .int(Int64(try r.read(Int16.self, "the value of '\(key)'")))
        case 4: return .uint(UInt64(try r.read(UInt32.self, "the value of '\(key)'")))
        case 5: return .int(Int64(try r.read(Int32.self, "the value of '\(key)'")))
        case 6: return .float(Double(Float(bitPattern: try r.read(UInt32.self, "the value of '\(key)'"))))
        case 7: return .bool(try r.read(UInt8.self, "the value of '\(key)'") != 0)
        case 10: return .uint(try r.read(UInt64.self, "the value of '\(key)'"))
        case 11: return .int(try r.read(Int64.self, "the value of '\(key)'"))
        case 12: return .float(Double(bitPattern: try r.read(UInt64.self, "the value of '\(key)'")))
        case 8:
            let at = r.position
            let length = try r.read(UInt64.self, "the string length of '\(key)'")
            guard length <= UInt64(r.remaining) else {
                throw r.error("string value of '\(key)' claims \(length) bytes but only \(r.remaining) remain", at: at)
            }
            return .string(String(decoding: try r.slice(Int(length), "the string of '\(key)'"), as: UTF8.self))
        case 9:
            guard depth < maximumArrayDepth else {
                throw r.error("arrays of '\(key)' nest deeper than \(maximumArrayDepth) levels", at: typeOffset)
            }
            let elementTypeOffset = r.position
            let elementType = try r.read(UInt32.self, "the element type of '\(key)'")
            guard let minimum = minimumSize(elementType) else {
                throw r.error("array '\(key)' has unknown element type \(elementType); GGUF types are 0-12", at: elementTypeOffset)
            }
            let countOffset = r.position
            let count = try r.read(UInt64.self, "the element count of '\(key)'")
            guard count <= UInt64(r.remaining / minimum) else {
                throw r.error("array '\(key)' claims \(count) elements of \(typeNames[Int(elementType)]) but only \(r.remaining) bytes remain", at: countOffset)
            }
            let n = Int(count)
            let kept = min(n, MetadataValue.arrayPrefix)
            var elements: [MetadataValue] = []
            elements.reserveCapacity(kept)
            for _ in 0..<kept {
                elements.append(try value(&r, type: elementType, typeOffset: elementTypeOffset, key: key, depth: depth + 1))
            }
            if n > kept {
                if let size = scalarSize(elementType) {
                    try r.skip((n - kept) * size, "the elements of '\(key)'")
                } else {
                    for _ in kept..<n {
                        try skipValue(&r, type: elementType, typeOffset: elementTypeOffset, key: key, depth: depth + 1)
                    }
                }
            }
            return .array(elements, totalCount: n)
        default:
            throw r.error("key '\(key)' has unknown value type \(type); GGUF types are 0-12", at: typeOffset)
        }
    }

    /// Skips one value of `type` without building it (strings and nested arrays past the kept prefix).
    private static func skipValue(_ r: inout ByteRegion, type: UInt32, typeOffset: Int, key: String, depth: Int) throws(TensorFileError) {
        if let size = scalarSize(type) {
            try r.skip(size, "a value of '\(key)'")
        } else if type == 8 {
            let at = r.position
            let length = try r.read(UInt64.self, "a string length in '\(key)'")
            guard length <= UInt64(r.remaining) else {
                throw r.error("a string in '\(key)' claims \(length) bytes but only \(r.remaining) remain", at: at)
            }
            try r.skip(Int(length), "a string in '\(key)'")
        } else {
            _ = try value(&r, type: type, typeOffset: typeOffset, key: key, depth: depth)
        }
    }
}
