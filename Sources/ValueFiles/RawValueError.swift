/// Why raw values could not be read: the input is not what was declared (exit status 2 in the
/// CLI) or the system refused to open or read it (status 1).
public struct RawValueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure.
    public enum Kind: Sendable, Hashable {
        /// The bytes are not values of the declared format (a container file, a word that holds no
        /// code, a partial last value).
        case input
        /// Opening or reading failed.
        case io
    }

    /// What kind of failure.
    public let kind: Kind
    /// The message, naming the file and what is wrong.
    public let description: String

    /// An error of a kind.
    public init(_ kind: Kind, _ description: String) {
        self.kind = kind
        self.description = description
    }
}
