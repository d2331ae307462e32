/// How much space one part of a `Layout` asks for along the split axis.
public enum LayoutConstraint: Sendable, Hashable {
    /// Exactly this many cells (less if the space runs out).
    case length(Int)
    /// This percentage (0-100) of the available space, rounded down.
    case percentage(Int)
    /// This fraction (numerator, denominator) of the available space, rounded down.
    case ratio(Int, Int)
    /// At least this many cells; grows to take spare space when no `fill` part exists.
    case min(Int)
    /// A share of the spare space proportional to this weight (use 1 for an equal share).
    case fill(Int)
}
