/// A run of text drawn with one style.
public struct Span: Sendable, Hashable {
    /// The text (a single line; control characters are not drawn).
    public var text: String
    /// The style of the whole run.
    public var style: Style

    /// Creates a span.
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// Display width of the text in columns.
    public var width: Int { DisplayWidth.of(text) }
}
