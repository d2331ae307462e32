/// A claim that cannot be checked (a record naming an unknown format, an unreadable quoted number) or
/// a language that is not offered: the message names what was wrong and what is accepted.
public struct ClaimsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The message.
    public let description: String

    /// An error with its message.
    public init(_ description: String) {
        self.description = description
    }
}
