/// The Python literals an `.npy` header is written in (numpy writes `repr` of a dict), read by a
/// strict parser of its own: strings in single or double quotes (escapes `\\`, `\'`, `\"` only),
/// decimal integers, `True`, `False`, `None`, tuples, lists and dicts with string keys, trailing
/// commas allowed. Nothing is evaluated; anything else is an error naming the byte.
indirect enum PythonLiteral: Equatable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case none
    case tuple([PythonLiteral])
    case list([PythonLiteral])
    case dict([(key: String, value: PythonLiteral)])

    /// Deepest nesting accepted.
    static let maximumDepth = 16

    static func == (a: PythonLiteral, b: PythonLiteral) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x == y
        case (.integer(let x), .integer(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.none, .none): return true
        case (.tuple(let x), .tuple(let y)), (.list(let x), .list(let y)): return x == y
        case (.dict(let x), .dict(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// What kind of literal this is, for messages.
    var kindName: String {
        switch self {
        case .string: return "a string"
        case .integer: return "an integer"
        case .bool: return "a bool"
        case .none: return "None"
        case .tuple: return "a tuple"
        case .list: return "a list"
        case .dict: return "a dict"
        }
    }

    /// Parses `text`, which must hold one literal and then only spaces and newlines. Strings are
    /// UTF-8 when `utf8` (npy 3.0), else Latin-1 (npy 1.0 and 2.0). Errors name byte
    /// `baseOffset + index` of `file`.
    static func parse(_ text: UnsafeRawBufferPointer, utf8: Bool, file: String, tensor: String?, baseOffset: Int) throws(TensorFileError) -> PythonLiteral {
        var parser = Parser(text: text, utf8: utf8, file: file, tensor: tensor, baseOffset: baseOffset)
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        while parser.position < text.count {
            let c = text[parser.position]
            guard c == 0x20 || c == 0x0A else {
                throw parser.fail("unexpected '\(Parser.show(c))' after the header's dict; only spaces and a newline may follow")
            }
            parser.position += 1
        }
        return value
    }

    private struct Parser {
        let text: UnsafeRawBufferPointer
        let utf8: Bool
        let file: String
        let tensor: String?
        let baseOffset: Int
        var position = 0

        init(text: UnsafeRawBufferPointer, utf8: Bool, file: String, tensor: String?, baseOffset: Int) {
            self.text = text
            self.utf8 = utf8
            self.file = file
            self.tensor = tensor
            self.baseOffset = baseOffset
        }

        static func show(_ c: UInt8) -> String {
            c >= 0x20 && c < 0x7F ? String(UnicodeScalar(c)) : "\\x" + (c < 16 ? "0" : "") + String(c, radix: 16)
        }

        func fail(_ message: String, at offset: Int? = nil) -> TensorFileError {
            TensorFileError(file: file, tensor: tensor, byteOffset: baseOffset + (offset ?? position), message: "npy header: " + message)
        }

        mutating func skipSpace() {
            while position < text.count, text[position] == 0x20 || text[position] == 0x0A || text[position] == 0x09 || text[position] == 0x0D {
                position += 1
            }
        }

        mutating func value(depth: Int) throws(TensorFileError) -> PythonLiteral {
            guard depth < PythonLiteral.maximumDepth else { throw fail("nesting deeper than \(PythonLiteral.maximumDepth)") }
            guard position < text.count else { throw fail("the header ends where a value should be") }
            let c = text[position]
            switch c {
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "("):
                return .tuple(try sequence(close: UInt8(ascii: ")"), depth: depth))
            case UInt8(ascii: "["):
                return .list(try sequence(close: UInt8(ascii: "]"), depth: depth))
            case UInt8(ascii: "{"):
                return try dict(depth: depth)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return .integer(try integer())
            default:
                for (word, literal) in [("True", PythonLiteral.bool(true)), ("False", .bool(false)), ("None", .none)] where matches(word) {
                    position += word.utf8.count
                    return literal
                }
                throw fail("unexpected '\(Self.show(c))'; expected a string, integer, True, False, None, tuple, list or dict")
            }
        }

        func matches(_ word: String) -> Bool {
            let w = Array(word.utf8)
            guard text.count - position >= w.count, w.indices.allSatisfy({ text[position + $0] == w[$0] }) else { return false }
            let after = position + w.count
            if after < text.count {
                let c = text[after]
                if (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x5F { return false }
            }
            return true
        }

        mutating func integer() throws(TensorFileError) -> Int {
            let start = position
            var negative = false
            if text[position] == UInt8(ascii: "-") {
                negative = true
                position += 1
            }
            var magnitude: UInt64 = 0
            var digits = 0
            var overflow = false
            while position < text.count, text[position] >= 0x30, text[position] <= 0x39 {
                let (m, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(UInt64(text[position] - 0x30))
                overflow = overflow || o1 || o2
                magnitude = s
                digits += 1
                position += 1
            }
            guard digits > 0 else { throw fail("'-' is not followed by digits", at: start) }
            if digits > 1 && text[start + (negative ? 1 : 0)] == 0x30 { throw fail("integer with a leading zero", at: start) }
            let limit: UInt64 = negative ? 1 << 63 : UInt64(Int.max)
            guard !overflow, magnitude <= limit else {
                throw fail("integer \(String(decoding: UnsafeRawBufferPointer(rebasing: text[start..<position]), as: UTF8.self)) does not fit 64 bits", at: start)
            }
            return negative ? Int(truncatingIfNeeded: 0 &- magnitude) : Int(magnitude)
        }

        mutating func string() throws(TensorFileError) -> String {
            let start = position
            let quote = text[position]
            position += 1
            var bytes: [UInt8] = []
            while true {
                guard position < text.count else { throw fail("string is not closed", at: start) }
                let c = text[position]
                if c == quote {
                    position += 1
                    break
                }
                if c == 0x0A { throw fail("newline inside a string", at: start) }
                if c == UInt8(ascii: "\\") {
                    guard position + 1 < text.count, [UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\"")].contains(text[position + 1]) else {
                        throw fail("escape '\\\(position + 1 < text.count ? Self.show(text[position + 1]) : "")' in a string; only \\\\, \\' and \\\" are read")
                    }
                    bytes.append(text[position + 1])
                    position += 2
                    continue
                }
                bytes.append(c)
                position += 1
            }
            if utf8 {
                guard let s = String(validating: bytes, as: UTF8.self) else { throw fail("string is not valid UTF-8", at: start) }
                return s
            }
            return String(String.UnicodeScalarView(bytes.map { UnicodeScalar($0) }))
        }

        /// Items up to `close`; a tuple of one item needs its trailing comma (`(3,)`), as in Python.
        mutating func sequence(close: UInt8, depth: Int) throws(TensorFileError) -> [PythonLiteral] {
            let start = position
            position += 1
            var items: [PythonLiteral] = []
            var trailingComma = false
            while true {
                skipSpace()
                guard position < text.count else { throw fail("'\(Self.show(text[start]))' is not closed", at: start) }
                if text[position] == close {
                    position += 1
                    break
                }
                if !items.isEmpty && !trailingComma { throw fail("expected ',' or '\(Self.show(close))'") }
                items.append(try value(depth: depth + 1))
                skipSpace()
                trailingComma = position < text.count && text[position] == UInt8(ascii: ",")
                if trailingComma { position += 1 }
            }
            if close == UInt8(ascii: ")") && items.count == 1 && !trailingComma {
                throw fail("(x) is a parenthesised value, not a tuple; a tuple of one is written (x,)", at: start)
            }
            return items
        }

        mutating func dict(depth: Int) throws(TensorFileError) -> PythonLiteral {
            let start = position
            position += 1
            var entries: [(key: String, value: PythonLiteral)] = []
            var trailingComma = false
            while true {
                skipSpace()
                guard position < text.count else { throw fail("'{' is not closed", at: start) }
                if text[position] == UInt8(ascii: "}") {
                    position += 1
                    break
                }
                if !entries.isEmpty && !trailingComma { throw fail("expected ',' or '}'") }
                let keyAt = position
                guard text[position] == UInt8(ascii: "'") || text[position] == UInt8(ascii: "\"") else {
                    throw fail("dict key is not a string")
                }
                let key = try string()
                if entries.contains(where: { $0.key == key }) { throw fail("duplicate key '\(key)'", at: keyAt) }
                skipSpace()
                guard position < text.count, text[position] == UInt8(ascii: ":") else { throw fail("expected ':' after key '\(key)'") }
                position += 1
                skipSpace()
                entries.append((key, try value(depth: depth + 1)))
                skipSpace()
                trailingComma = position < text.count && text[position] == UInt8(ascii: ",")
                if trailingComma { position += 1 }
            }
            return .dict(entries)
        }
    }
}
