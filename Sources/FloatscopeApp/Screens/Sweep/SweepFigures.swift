import Sweep

/// One target's sweep figures as the app keeps them (a `SweepResult` without the thread count).
public struct SweepFigures: Sendable, Hashable {
    /// The target's name.
    public var target: String
    /// Bits per value of the target.
    public var bitsPerValue: Double
    /// The figures over the values done.
    public var statistics: SweepStatistics
    /// Whether the figures cover only part of the source (running or cancelled).
    public var partial: Bool
    /// Seconds taken.
    public var elapsed: Double

    /// Creates figures.
    public init(target: String, bitsPerValue: Double, statistics: SweepStatistics, partial: Bool, elapsed: Double) {
        self.target = target
        self.bitsPerValue = bitsPerValue
        self.statistics = statistics
        self.partial = partial
        self.elapsed = elapsed
    }

    /// Finite inputs that overflowed to infinity or NaN.
    public var overflows: UInt64 { statistics.overflowToInfinity + statistics.overflowToNaN }
}
