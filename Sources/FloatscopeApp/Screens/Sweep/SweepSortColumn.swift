/// The column the Sweep screen's comparison table is sorted by (`o` cycles).
public enum SweepSortColumn: Int, CaseIterable, Sendable, Hashable {
    /// The order the targets were given in.
    case target
    /// Bits per value, fewest first.
    case bits
    /// Root mean square error, smallest first.
    case rmse
    /// SQNR, highest first.
    case sqnr
    /// Overflows (to infinity or NaN, then saturated), fewest first.
    case overflow

    /// The header text of the column.
    public var title: String {
        switch self {
        case .target: return "target"
        case .bits: return "bits"
        case .rmse: return "RMSE"
        case .sqnr: return "SQNR"
        case .overflow: return "overflow"
        }
    }

    /// The header text of the column in a language.
    public func title(_ language: Language) -> String {
        guard language == .zh else { return title }
        switch self {
        case .target: return "目标"
        case .bits: return "位数"
        case .rmse: return "RMSE"
        case .sqnr: return "SQNR"
        case .overflow: return "上溢"
        }
    }

    /// The next column (wrapping).
    public var next: SweepSortColumn { SweepSortColumn(rawValue: (rawValue + 1) % Self.allCases.count) ?? .target }

    /// Whether `a` comes before `b` in this order (ties keep the target order).
    func precedes(_ a: SweepFigures, _ b: SweepFigures) -> Bool {
        switch self {
        case .target: return false
        case .bits: return a.bitsPerValue < b.bitsPerValue
        case .rmse: return a.statistics.rmse < b.statistics.rmse
        case .sqnr: return a.statistics.sqnr > b.statistics.sqnr
        case .overflow: return (a.overflows, a.statistics.saturated) < (b.overflows, b.statistics.saturated)
        }
    }
}
