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

    /// The name shown, in a language.
    public func title(_ language: Language) -> String {
        guard language == .zh else { return title }
        switch self {
        case .file: return "文件顺序"
        case .size: return "大小"
        case .error: return "误差（最差在前）"
        case .outliers: return "离群值（超过 6σ）"
        }
    }

    /// The next order, wrapping.
    public var next: ModelSort { ModelSort(rawValue: (rawValue + 1) % ModelSort.allCases.count)! }
}
