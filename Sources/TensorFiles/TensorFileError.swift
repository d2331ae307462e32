/// A model file that could not be read: the file, the tensor and the byte offset where known, and
/// what was wrong. `category` separates failures of the system (`io`: exit status 1) from files whose
/// content is wrong (`malformed`, `unsupported`: exit status 2).
public struct TensorFileError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What kind of failure this is.
    public enum Category: String, Sendable {
        /// The file could not be opened, stated, mapped or read (the content was never judged).
        case io
        /// The content breaks the container's rules (a header, an offset, a size, a name).
        case malformed
        /// The content is valid but asks for something floatscope does not read (a container, a
        /// version, a type).
        case unsupported
    }

    /// The file as the user named it.
    public var file: String
    /// The tensor concerned, if any.
    public var tensor: String?
    /// The absolute byte offset in the file where the problem lies, if known.
    public var byteOffset: Int?
    /// What was wrong, and what is accepted.
    public var message: String
    /// I/O, malformed or unsupported.
    public var category: Category

    /// Creates an error.
    public init(file: String, tensor: String? = nil, byteOffset: Int? = nil, message: String, category: Category = .malformed) {
        self.file = file
        self.tensor = tensor
        self.byteOffset = byteOffset
        self.message = message
        self.category = category
    }

    /// `model.safetensors: tensor 'w' at byte 1234: data range 1234..<99999 lies outside the file (2000 bytes)`.
    public var description: String {
        var text = file
        if let tensor { text += ": tensor '\(tensor)'" }
        if let byteOffset { text += (tensor == nil ? ": " : " ") + "at byte \(byteOffset)" }
        return text + ": " + message
    }
}
