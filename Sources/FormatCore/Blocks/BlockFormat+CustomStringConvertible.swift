/// A block format prints as its canonical spec.
extension BlockFormat: CustomStringConvertible {
    /// The canonical spec, e.g. `nf4:64+dq`.
    public var description: String { name }
}
