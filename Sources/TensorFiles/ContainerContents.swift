/// What a pure parser finds in one file: its kind, metadata and tensors (with `file` = the index the
/// caller gave, offsets absolute in that file). Nothing is decoded yet.
public struct ContainerContents: Sendable {
    /// The container.
    public var kind: ContainerKind
    /// Metadata in file order.
    public var metadata: [MetadataEntry]
    /// Tensors in file order (by data offset).
    public var tensors: [TensorInfo]

    /// Creates contents.
    public init(kind: ContainerKind, metadata: [MetadataEntry], tensors: [TensorInfo]) {
        self.kind = kind
        self.metadata = metadata
        self.tensors = tensors
    }
}
