/// The order of the Model screen's tensor list.
public enum ModelSort: Int, CaseIterable, Sendable, Hashable {
    /// As stored in the file.
    case file
    /// Most parameters first.
    case size
    /// Lowest SQNR in the chosen format first (tensors without a figure last).
    case error
    /// Largest share of values beyond 6 standard deviations first.
    case outliers

    /// The name shown.
    public var title: String {
        switch self {
        case .file: return "file order"
        case .size: return "size"
        case .error: return "error (worst first)"
        case .outliers: return "outliers (beyond 6σ)"
        }
    }

    /// The next order, wrapping.
    public var next: ModelSort { ModelSort(rawValue: (rawValue + 1) % ModelSort.allCases.count)! }
}
