/// What a sweep returns: the figures, and how it ran.
public struct SweepResult: Sendable {
    /// The target's name.
    public let target: String
    /// Bits per value of the target.
    public let bitsPerValue: Double
    /// The figures (over the elements done).
    public let statistics: SweepStatistics
    /// Whether the sweep was cancelled before the end (the figures cover a prefix of whole groups).
    public let partial: Bool
    /// Seconds taken.
    public let elapsed: Double
    /// Worker threads used.
    public let threads: Int
}
