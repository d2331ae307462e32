/// The Lab screen's sub-views.
public enum LabView: Int, CaseIterable, Sendable, Hashable {
    /// The histogram of log2|g| with the formats' ranges and the shares at the scale S.
    case lossScale
    /// The dynamic loss scaler's steps.
    case scaler
    /// Master weights: w += lr·g in several schemes.
    case master
    /// Sums by accumulation method as N grows.
    case accumulate

    /// The name in the screen's header.
    public var title: String {
        switch self {
        case .lossScale: return "loss scaling"
        case .scaler: return "dynamic loss scaler"
        case .master: return "master weights"
        case .accumulate: return "accumulation"
        }
    }
}
