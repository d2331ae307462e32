/// Why a caption's figure could not be computed (a mistake in a lesson's data).
public struct FigureError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The placeholder's text.
    public var placeholder: String
    /// What was wrong.
    public var reason: String

    /// Creates the error.
    public init(placeholder: String, reason: String) {
        self.placeholder = placeholder
        self.reason = reason
    }

    /// `{...}: reason`.
    public var description: String { "{\(placeholder)}: \(reason)" }
}
