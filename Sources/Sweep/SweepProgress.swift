/// How far a sweep has come; reported at most about 30 times a second.
public struct SweepProgress: Sendable, Hashable {
    /// Elements done.
    public let done: UInt64
    /// Elements in all.
    public let total: UInt64
    /// Seconds since the start.
    public let elapsed: Double

    /// Creates a report.
    public init(done: UInt64, total: UInt64, elapsed: Double) {
        self.done = done
        self.total = total
        self.elapsed = elapsed
    }

    /// Fraction done, 0...1.
    public var fraction: Double { total == 0 ? 1 : Double(done) / Double(total) }
    /// Elements per second so far.
    public var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }
    /// Seconds left at the current rate, nil before any progress.
    public var remaining: Double? { done == 0 || rate == 0 ? nil : Double(total - done) / rate }
}
