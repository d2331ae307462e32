/// A titled group of key descriptions for the help overlay.
public struct HelpSection: Sendable, Hashable {
    /// The group's title.
    public var title: String
    /// The keys and what they do.
    public var entries: [HelpEntry]

    /// Creates a section.
    public init(_ title: String, _ entries: [HelpEntry]) {
        self.title = title
        self.entries = entries
    }
}
