import TensorFiles

/// The mappings behind one `ModelFile`, kept alive together as its owner.
final class MappedFiles: @unchecked Sendable {
    /// The files, in `ModelFile.paths` order.
    let files: [MappedFile]

    init(_ files: [MappedFile]) {
        self.files = files
    }
}
