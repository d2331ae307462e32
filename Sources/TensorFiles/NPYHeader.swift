/// The header of a NumPy `.npy` array, format versions 1.0, 2.0 and 3.0: `\x93NUMPY`, the version,
/// a little-endian header length (2 bytes in 1.0, 4 in 2.0 and 3.0), then a Python dict literal
/// with exactly the keys `descr`, `fortran_order` and `shape`, read by `PythonLiteral` (never
/// evaluated). The values follow the header.
struct NPYHeader {
    /// Major and minor version.
    var version: (major: UInt8, minor: UInt8)
    /// The dtype string (`<f4`, `>i8`, `|b1`), or the dict's text of a structured dtype.
    var descr: String
    /// Values stored first index fastest.
    var fortranOrder: Bool
    /// Outermost dimension first; empty for a 0-d array.
    var shape: [Int]
    /// The product of `shape`.
    var elementCount: Int
    /// How the values decode (`unsupported` with the reason for other dtypes).
    var encoding: TensorEncoding
    /// The bytes of the values (`elementCount` times the item size), or nil when the item size is
    /// not known (object and structured dtypes).
    var valuesByteCount: Int?
    /// Where the values start, counted from the magic.
    var valuesOffset: Int

    /// The largest header accepted (numpy itself reads at most 10 000 bytes by default).
    static let maximumHeaderLength = 1 << 20

    /// The offset of the values (the end of the header) from the first 12 bytes (or fewer: then the
    /// error says the file is too short). `baseOffset` places `prefix` in the file for messages.
    static func valuesOffset(_ prefix: UnsafeRawBufferPointer, file: String, tensor: String?, baseOffset: Int) throws(TensorFileError) -> Int {
        func fail(_ message: String, _ offset: Int, _ category: TensorFileError.Category = .malformed) -> TensorFileError {
            TensorFileError(file: file, tensor: tensor, byteOffset: baseOffset + offset, message: message, category: category)
        }
        let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]
        guard prefix.count >= 10 else { throw fail("npy array of \(prefix.count) bytes ends inside its preamble (magic, version, header length: 10 or 12 bytes)", 0) }
        guard magic.indices.allSatisfy({ prefix[$0] == magic[$0] }) else { throw fail("does not start with the npy magic \\x93NUMPY", 0) }
        let major = prefix[6], minor = prefix[7]
        guard (1...3).contains(major), minor == 0 else {
            throw fail("npy format version \(major).\(minor) is not read; versions 1.0, 2.0 and 3.0 are", 6, .unsupported)
        }
        let length: Int
        let start: Int
        if major == 1 {
            length = Int(prefix[8]) | Int(prefix[9]) << 8
            start = 10
        } else {
            guard prefix.count >= 12 else { throw fail("npy array of \(prefix.count) bytes ends inside its 4-byte header length", 8) }
            length = Int(prefix[8]) | Int(prefix[9]) << 8 | Int(prefix[10]) << 16 | Int(prefix[11]) << 24
            start = 12
        }
        guard length <= maximumHeaderLength else {
            throw fail("npy header length \(length) is larger than the \(maximumHeaderLength) bytes accepted", 8)
        }
        return start + length
    }

    /// Parses the header at the start of `bytes` (at least `valuesOffset` bytes of the array).
    static func parse(_ bytes: UnsafeRawBufferPointer, file: String, tensor: String?, baseOffset: Int) throws(TensorFileError) -> NPYHeader {
        let end = try valuesOffset(bytes, file: file, tensor: tensor, baseOffset: baseOffset)
        let start = bytes[6] == 1 ? 10 : 12
        func fail(_ message: String, _ offset: Int = start) -> TensorFileError {
            TensorFileError(file: file, tensor: tensor, byteOffset: baseOffset + offset, message: "npy header: " + message)
        }
        guard end <= bytes.count else {
            throw TensorFileError(file: file, tensor: tensor, byteOffset: baseOffset + 8,
                                  message: "npy header of \(end - start) bytes runs past the end of the array's \(bytes.count) bytes")
        }
        let text = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
        guard text.last == 0x0A else { throw fail("does not end with a newline", end - 1) }
        let literal = try PythonLiteral.parse(text, utf8: bytes[6] == 3, file: file, tensor: tensor, baseOffset: baseOffset + start)
        guard case .dict(let entries) = literal else {
            throw fail("is \(literal.kindName), not a dict with descr, fortran_order and shape")
        }
        for entry in entries where !["descr", "fortran_order", "shape"].contains(entry.key) {
            throw fail("unexpected key '\(entry.key)'; the header holds exactly descr, fortran_order and shape")
        }
        func field(_ key: String) throws(TensorFileError) -> PythonLiteral {
            guard let e = entries.first(where: { $0.key == key }) else { throw fail("has no '\(key)'") }
            return e.value
        }
        guard case .bool(let fortran) = try field("fortran_order") else {
            throw fail("fortran_order is \(try field("fortran_order").kindName), not True or False")
        }
        guard case .tuple(let dims) = try field("shape") else {
            throw fail("shape is \(try field("shape").kindName), not a tuple of integers")
        }
        var shape: [Int] = []
        for d in dims {
            guard case .integer(let n) = d else { throw fail("shape holds \(d.kindName); dimensions are non-negative integers") }
            guard n >= 0 else { throw fail("shape holds \(n); dimensions are non-negative integers") }
            shape.append(n)
        }
        guard let count = CheckedSize.product(shape) else { throw fail("shape \(shape) has more than 2^63 elements") }
        let descrValue = try field("descr")
        let descr: String
        let encoding: TensorEncoding
        var itemSize: Int?
        switch descrValue {
        case .string(let s):
            descr = s
            (encoding, itemSize) = describe(s)
        case .list:
            descr = "structured"
            encoding = .unsupported("npy structured dtype (a list of fields) is not read: floatscope reads arrays of one numeric type")
        default:
            throw fail("descr is \(descrValue.kindName), not a dtype string")
        }
        var valuesByteCount: Int?
        if let itemSize {
            guard let n = CheckedSize.multiply(count, itemSize) else {
                throw fail("shape \(shape) of \(descr) takes more than 2^63 bytes")
            }
            valuesByteCount = n
        }
        return NPYHeader(version: (bytes[6], bytes[7]), descr: descr, fortranOrder: fortran, shape: shape, elementCount: count,
                         encoding: encoding, valuesByteCount: valuesByteCount, valuesOffset: end)
    }

    /// The encoding and item size of a dtype string: a byte order (`<` little, `>` big, `|` not
    /// applicable, `=` native: read as little-endian), a kind letter and a size in bytes.
    static func describe(_ descr: String) -> (TensorEncoding, Int?) {
        var rest = Substring(descr)
        var bigEndian = false
        if let first = rest.first, "<>|=".contains(first) {
            bigEndian = first == ">"
            rest = rest.dropFirst()
        }
        guard let kind = rest.first else { return (.unsupported("npy descr '\(descr)' names no type"), nil) }
        let sizeText = rest.dropFirst()
        let size = sizeText.allSatisfy(\.isASCII) && sizeText.allSatisfy(\.isNumber) ? Int(sizeText) : nil
        if kind == "O" { return (.unsupported("npy descr '\(descr)' is an object array (pickled Python objects): floatscope reads numeric arrays"), nil) }
        guard let size, size > 0 else {
            return (.unsupported("npy descr '\(descr)' is not a dtype floatscope knows; it reads f2 f4 f8, i1 i2 i4 i8, u1 u2 u4 u8 and b1"), nil)
        }
        switch (kind, size) {
        case ("f", 2): return (.scalar(.fp16, bigEndian: bigEndian), 2)
        case ("f", 4): return (.scalar(.fp32, bigEndian: bigEndian), 4)
        case ("f", 8): return (.scalar(.fp64, bigEndian: bigEndian), 8)
        case ("i", 1): return (.scalar(.int(8), bigEndian: bigEndian), 1)
        case ("i", 2): return (.scalar(.int(16), bigEndian: bigEndian), 2)
        case ("i", 4): return (.scalar(.int(32), bigEndian: bigEndian), 4)
        case ("i", 8): return (.wideInteger(bits: 64, signed: true, bigEndian: bigEndian), 8)
        case ("u", 1): return (.scalar(.uint(8), bigEndian: bigEndian), 1)
        case ("u", 2): return (.scalar(.uint(16), bigEndian: bigEndian), 2)
        case ("u", 4): return (.scalar(.uint(32), bigEndian: bigEndian), 4)
        case ("u", 8): return (.wideInteger(bits: 64, signed: false, bigEndian: bigEndian), 8)
        case ("b", 1): return (.scalar(.uint(8), bigEndian: false), 1)
        case ("V", _):
            return (.unsupported("npy descr '\(descr)' is raw bytes (\(size) per element): numpy writes ml_dtypes types (bfloat16, float8_*) this way, so the file does not say which type the bytes hold"), size)
        case ("c", _): return (.unsupported("npy descr '\(descr)' is complex: floatscope reads real values"), size)
        case ("U", _): return (.unsupported("npy descr '\(descr)' is a string type: floatscope reads numeric arrays"), CheckedSize.multiply(size, 4))
        case ("S", _), ("a", _): return (.unsupported("npy descr '\(descr)' is a bytes type: floatscope reads numeric arrays"), size)
        case ("M", _), ("m", _): return (.unsupported("npy descr '\(descr)' is a datetime type: floatscope reads numeric arrays"), size)
        case ("f", _): return (.unsupported("npy descr '\(descr)' (\(size * 8)-bit float, long double) is not read; f2, f4 and f8 are"), size)
        default:
            return (.unsupported("npy descr '\(descr)' is not a dtype floatscope knows; it reads f2 f4 f8, i1 i2 i4 i8, u1 u2 u4 u8 and b1"), size)
        }
    }
}
