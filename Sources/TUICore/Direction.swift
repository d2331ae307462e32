/// The axis along which a `Layout` splits a rect.
public enum Direction: Sendable, Hashable {
    /// Top to bottom: the parts are rows stacked vertically.
    case vertical
    /// Left to right: the parts are columns side by side.
    case horizontal
}
