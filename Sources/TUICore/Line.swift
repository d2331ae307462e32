/// One line of styled text: a sequence of spans and an alignment.
public struct Line: Sendable, Hashable {
    /// The spans, drawn left to right.
    public var spans: [Span]
    /// How the line is placed horizontally within its area.
    public var alignment: Alignment

    /// Creates a line from spans.
    public init(_ spans: [Span], alignment: Alignment = .left) {
        self.spans = spans
        self.alignment = alignment
    }

    /// Creates a line holding one span.
    public init(_ text: String, style: Style = .plain, alignment: Alignment = .left) {
        self.init([Span(text, style: style)], alignment: alignment)
    }

    /// An empty line.
    public static let empty = Line([Span]())

    /// Display width of the whole line in columns.
    public var width: Int { spans.reduce(0) { $0 + $1.width } }

    /// The text of all spans without styles.
    public var plainText: String { spans.map(\.text).joined() }

    /// A copy with the given alignment.
    public func aligned(_ alignment: Alignment) -> Line {
        var l = self
        l.alignment = alignment
        return l
    }

    /// A copy whose spans have `style` underneath their own (their own colours and attributes win).
    public func patchingStyle(_ style: Style) -> Line {
        Line(spans.map { Span($0.text, style: style.patched(with: $0.style)) }, alignment: alignment)
    }
}
