extension Span: ExpressibleByStringLiteral {
    /// Creates a plain span from a string literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }
}
