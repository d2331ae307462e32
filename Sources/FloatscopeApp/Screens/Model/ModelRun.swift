/// The state of the Model screen's measurement: running with its progress, or ended.
public struct ModelRun: Sendable, Hashable {
    /// The job's id.
    public var id: Int
    /// Work units done (`ModelMeasurement.workUnits`).
    public var done: UInt64 = 0
    /// Work units in all.
    public var total: UInt64
    /// Seconds since the start (measured, so shown as ≈).
    public var elapsed = 0.0
    /// Whether the job ended.
    public var ended = false
    /// Why it stopped early (an error, or cancelled), nil while running or when it finished.
    public var problem: String?

    /// A run that has just started.
    public init(id: Int, total: UInt64) {
        self.id = id
        self.total = total
    }

    /// The share done, 0...1.
    public var fraction: Double { total == 0 ? (ended ? 1 : 0) : min(1, Double(done) / Double(total)) }
}
