/// A strict JSON parser (RFC 8259) for model-file headers: UTF-8 only, no trailing commas, no comments,
/// no duplicate keys, no lone surrogates, nesting at most `maximumDepth` deep, whitespace allowed after
/// the value (safetensors pads its header with spaces). Errors name the file and the byte offset.
/// Allocation is bounded by the input: every value it builds has at least one byte of input behind it.
public struct JSONParser {
    /// The deepest nesting of arrays and objects accepted.
    public static let maximumDepth = 64

    private let bytes: UnsafeRawBufferPointer
    private let file: String
    private let base: Int
    private var position = 0

    private init(bytes: UnsafeRawBufferPointer, file: String, base: Int) {
        self.bytes = bytes
        self.file = file
        self.base = base
    }

    /// Parses `bytes` as one JSON value. `baseOffset` is the offset of `bytes` in the file, so that
    /// errors and member offsets are file offsets.
    public static func parse(_ bytes: UnsafeRawBufferPointer, file: String, baseOffset: Int = 0) throws(TensorFileError) -> JSONValue {
        var parser = JSONParser(bytes: bytes, file: file, base: baseOffset)
        parser.skipWhitespace()
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        if parser.position < bytes.count {
            throw parser.error("unexpected \(parser.describe(parser.position)) after the end of the JSON value")
        }
        return value
    }

    private func error(_ message: String, at offset: Int? = nil) -> TensorFileError {
        TensorFileError(file: file, byteOffset: base + (offset ?? position), message: "JSON header: " + message)
    }

    private func describe(_ offset: Int) -> String {
        guard offset < bytes.count else { return "end of the header" }
        let b = bytes[offset]
        if b >= 0x20 && b < 0x7F { return "character '\(Character(Unicode.Scalar(b)))'" }
        return "byte 0x" + String(b, radix: 16)
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(TensorFileError) -> JSONValue {
        guard position < bytes.count else { throw error("expected a value, found the end of the header") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("expected a value, found \(describe(position))")
        }
    }

    private mutating func literal(_ word: StaticString) throws(TensorFileError) {
        let n = word.utf8CodeUnitCount
        let start = position
        guard bytes.count - position >= n else { throw error("expected '\(word)'") }
        for i in 0..<n where bytes[position + i] != word.utf8Start[i] {
            throw error("expected '\(word)'", at: start)
        }
        position += n
    }

    private mutating func object(depth: Int) throws(TensorFileError) -> JSONValue {
        guard depth <= Self.maximumDepth else {
            throw error("nesting deeper than \(Self.maximumDepth) levels")
        }
        position += 1
        var members: [JSONMember] = []
        var keys = Set<String>()
        skipWhitespace()
        if position < bytes.count && bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw error("expected a string key, found \(describe(position))")
            }
            let keyOffset = position
            let key = try string()
            guard keys.insert(key).inserted else {
                throw error("duplicate key \"\(key)\"", at: keyOffset)
            }
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw error("expected ':' after key \"\(key)\", found \(describe(position))")
            }
            position += 1
            skipWhitespace()
            members.append(JSONMember(key: key, offset: base + keyOffset, value: try value(depth: depth)))
            if try closes(with: "}", in: "object") { return .object(members) }
        }
    }

    private mutating func array(depth: Int) throws(TensorFileError) -> JSONValue {
        guard depth <= Self.maximumDepth else {
            throw error("nesting deeper than \(Self.maximumDepth) levels")
        }
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if position < bytes.count && bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try value(depth: depth))
            if try closes(with: "]", in: "array") { return .array(elements) }
        }
    }

    /// After an element of an object or array: consumes ',' (false: another element follows) or
    /// `close` (true: the container ends); anything else is an error naming the container.
    private mutating func closes(with close: Unicode.Scalar, in container: String) throws(TensorFileError) -> Bool {
        skipWhitespace()
        guard position < bytes.count else { throw error("unterminated \(container): expected ',' or '\(close)'") }
        if bytes[position] == UInt8(ascii: ",") {
            position += 1
            return false
        }
        if bytes[position] == UInt8(ascii: close) {
            position += 1
            return true
        }
        throw error("expected ',' or '\(close)' in an \(container), found \(describe(position))")
    }

    private mutating func number() throws(TensorFileError) -> String {
        let start = position
        func digit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard digit(position) else { throw error("a number needs a digit after '-'", at: start) }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if digit(position) { throw error("a number may not have leading zeros", at: start) }
        } else {
            while digit(position) { position += 1 }
        }
        if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digit(position) else { throw error("a number needs digits after '.'", at: start) }
            while digit(position) { position += 1 }
        }
        if position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")) { position += 1 }
            guard digit(position) else { throw error("a number needs digits in its exponent", at: start) }
            while digit(position) { position += 1 }
        }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    private mutating func hex4() throws(TensorFileError) -> UInt32 {
        guard bytes.count - position >= 4 else { throw error("a \\u escape needs four hex digits") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[position]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw error("a \\u escape needs four hex digits, found \(describe(position))")
            }
            v = v << 4 | d
            position += 1
        }
        return v
    }

    private mutating func string() throws(TensorFileError) -> String {
        let start = position
        position += 1
        var utf8: [UInt8] = []
        var runStart = position
        func flush(_ end: Int) {
            if end > runStart { utf8.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[runStart..<end])) }
        }
        while true {
            guard position < bytes.count else { throw error("unterminated string", at: start) }
            let c = bytes[position]
            if c == UInt8(ascii: "\"") {
                flush(position)
                position += 1
                break
            }
            if c < 0x20 {
                throw error("control character 0x\(String(c, radix: 16)) inside a string (escape it)")
            }
            if c != UInt8(ascii: "\\") {
                position += 1
                continue
            }
            flush(position)
            let escape = position
            position += 1
            guard position < bytes.count else { throw error("unterminated escape", at: escape) }
            let e = bytes[position]
            position += 1
            switch e {
            case UInt8(ascii: "\""): utf8.append(0x22)
            case UInt8(ascii: "\\"): utf8.append(0x5C)
            case UInt8(ascii: "/"): utf8.append(0x2F)
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if scalar >= 0xD800 && scalar < 0xDC00 {
                    guard bytes.count - position >= 2, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                        throw error("a high surrogate \\u escape must be followed by a low one", at: escape)
                    }
                    position += 2
                    let low = try hex4()
                    guard low >= 0xDC00 && low < 0xE000 else {
                        throw error("a high surrogate \\u escape must be followed by a low one", at: escape)
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if scalar >= 0xDC00 && scalar < 0xE000 {
                    throw error("a lone low surrogate \\u escape", at: escape)
                }
                Self.appendUTF8(scalar, to: &utf8)
            default:
                throw error("unknown escape '\\\(Character(Unicode.Scalar(e)))'", at: escape)
            }
            runStart = position
        }
        guard let text = String(validating: utf8, as: UTF8.self) else {
            throw error("a string is not valid UTF-8", at: start)
        }
        return text
    }

    /// Appends scalar `v` (not a surrogate, at most 0x10FFFF) as UTF-8.
    private static func appendUTF8(_ v: UInt32, to utf8: inout [UInt8]) {
        switch v {
        case ..<0x80:
            utf8.append(UInt8(v))
        case ..<0x800:
            utf8.append(UInt8(0xC0 | v >> 6)); utf8.append(UInt8(0x80 | v & 0x3F))
        case ..<0x10000:
            utf8.append(UInt8(0xE0 | v >> 12)); utf8.append(UInt8(0x80 | v >> 6 & 0x3F)); utf8.append(UInt8(0x80 | v & 0x3F))
        default:
            utf8.append(UInt8(0xF0 | v >> 18)); utf8.append(UInt8(0x80 | v >> 12 & 0x3F))
            utf8.append(UInt8(0x80 | v >> 6 & 0x3F)); utf8.append(UInt8(0x80 | v & 0x3F))
        }
    }
}
