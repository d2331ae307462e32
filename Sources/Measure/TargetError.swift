/// Why a target name or a source cannot be measured: a message for the user, naming what was wrong
/// and what is accepted.
public struct TargetError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The message.
    public let description: String

    /// An error with `description` as its message.
    public init(_ description: String) { self.description = description }
}
