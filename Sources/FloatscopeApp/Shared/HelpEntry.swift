/// One line of the help overlay: keys and what they do.
public struct HelpEntry: Sendable, Hashable {
    /// The keys, as shown (`↑ ↓ k j`); arrows are drawn as ASCII when the terminal needs it.
    public var keys: String
    /// What they do.
    public var action: String

    /// Creates an entry.
    public init(_ keys: String, _ action: String) {
        self.keys = keys
        self.action = action
    }
}
