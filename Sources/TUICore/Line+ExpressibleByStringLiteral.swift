extension Line: ExpressibleByStringLiteral {
    /// Creates a plain, left-aligned line from a string literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }
}
