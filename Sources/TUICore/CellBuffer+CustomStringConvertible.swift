extension CellBuffer: CustomStringConvertible {
    /// The buffer as plain text (see `plainText()`).
    public var description: String { plainText() }
}
