/// A JSON value as `JSONParser` reads it: objects keep their members in order with the byte offset of
/// each key, numbers keep their text (so that an offset of 2^60 is read exactly).
public indirect enum JSONValue: Sendable, Hashable {
    /// An object: members in file order, keys unique.
    case object([JSONMember])
    /// An array.
    case array([JSONValue])
    /// A string.
    case string(String)
    /// A number, as written (`-1.5e3`).
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// The value as a non-negative integer that fits an Int (`0`, `123`; not `1.0`, `-1`, `1e3`), or nil.
    public var nonNegativeInt: Int? {
        guard case .number(let text) = self, !text.isEmpty else { return nil }
        var n = 0
        for c in text.utf8 {
            guard c >= 0x30 && c <= 0x39,
                  let next = CheckedSize.multiply(n, 10).flatMap({ CheckedSize.add($0, Int(c - 0x30)) }) else { return nil }
            n = next
        }
        return n
    }

    /// The string, when the value is one.
    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The members, when the value is an object.
    public var members: [JSONMember]? {
        if case .object(let m) = self { return m }
        return nil
    }

    /// The value of member `key`, when the value is an object that has it.
    public subscript(key: String) -> JSONValue? {
        members?.first { $0.key == key }?.value
    }

    /// What kind of value this is, for messages (`an object`, `a number`).
    public var kindName: String {
        switch self {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a bool"
        case .null: return "null"
        }
    }
}
