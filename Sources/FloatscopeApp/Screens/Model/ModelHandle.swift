import TensorFiles

/// An opened model file handed to the app (the executable opens it; the app never opens a path).
/// Equal when it holds the very same `ModelFile` object, so app state holding it stays `Equatable`.
public struct ModelHandle: Sendable, Hashable {
    /// The opened file: metadata, tensors and readers of their values.
    public let file: ModelFile

    /// Wraps an opened file.
    public init(_ file: ModelFile) {
        self.file = file
    }

    /// The name shown: the first path's last component, with `+N` for further shards.
    public var title: String {
        let first = file.paths.first.map { String($0.split(separator: "/").last ?? Substring($0)) } ?? "(no file)"
        return file.paths.count > 1 ? "\(first) +\(file.paths.count - 1)" : first
    }

    /// Same object.
    public static func == (a: ModelHandle, b: ModelHandle) -> Bool { a.file === b.file }

    /// Hashes the object's identity.
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(file)) }
}
