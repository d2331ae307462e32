import Sweep

/// A sweep in progress (or just ended), as the Sweep screen shows it.
public struct SweepRun: Sendable, Hashable {
    /// The request that started it.
    public var request: SweepRequest
    /// The latest progress over all targets, nil before the first report.
    public var progress: SweepProgress?
    /// Figures per target: finished targets, then the running one (partial), in target order.
    public var figures: [SweepFigures]
    /// Whether a cancel was asked for.
    public var cancelling: Bool

    /// Creates a run that has not reported yet.
    public init(request: SweepRequest) {
        self.request = request
        progress = nil
        figures = []
        cancelling = false
    }

    /// Index of the target being swept.
    public var currentTarget: Int { max(0, figures.count - (figures.last?.partial == true ? 1 : 0)) }
}
