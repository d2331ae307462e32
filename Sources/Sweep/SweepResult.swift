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
    /// Verify mode: the first chunk whose fast-path figures differ from the definition's (the sweep stopped
    /// there and is marked partial); nil when every chunk agreed or verify mode was off.
    public var mismatch: SweepMismatch? = nil

    /// Creates a result.
    public init(target: String, bitsPerValue: Double, statistics: SweepStatistics, partial: Bool, elapsed: Double, threads: Int,
                mismatch: SweepMismatch? = nil) {
        self.target = target
        self.bitsPerValue = bitsPerValue
        self.statistics = statistics
        self.partial = partial
        self.elapsed = elapsed
        self.threads = threads
        self.mismatch = mismatch
    }
}
