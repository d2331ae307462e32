/// One key and its value in a model file's metadata, in file order.
public struct MetadataEntry: Sendable, Hashable {
    /// The key (`general.architecture`, `llama.block_count`, `format`).
    public var key: String
    /// The value.
    public var value: MetadataValue

    /// Creates an entry.
    public init(key: String, value: MetadataValue) {
        self.key = key
        self.value = value
    }
}
