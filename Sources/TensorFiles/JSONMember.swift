/// One member of a JSON object: its key, the byte offset of the key's opening quote, and its value.
public struct JSONMember: Sendable, Hashable {
    /// The key.
    public var key: String
    /// Absolute byte offset of the key's opening quote (in the file, when the parser was given the
    /// offset of the JSON text).
    public var offset: Int
    /// The value.
    public var value: JSONValue

    /// Creates a member.
    public init(key: String, offset: Int, value: JSONValue) {
        self.key = key
        self.offset = offset
        self.value = value
    }
}
