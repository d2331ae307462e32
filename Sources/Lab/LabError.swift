/// Why a lab computation cannot run: a setting out of its accepted range, with what is accepted.
public struct LabError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The message: what was wrong and what is accepted.
    public let description: String

    /// An error with its message.
    public init(_ description: String) {
        self.description = description
    }
}
