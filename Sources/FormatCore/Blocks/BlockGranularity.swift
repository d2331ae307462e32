/// Which values share a scale.
public enum BlockGranularity: Sendable, Hashable {
    /// Consecutive blocks of this many values (the last one may be partial).
    case block(Int)
    /// One scale per row of this many values: the same arithmetic as blocks of that size.
    case row(Int)
    /// One scale for everything passed in one call (`BlockFormat.blockSize` is 0).
    case tensor

    /// Values per block, 0 for `.tensor`.
    public var blockSize: Int {
        switch self {
        case .block(let n), .row(let n): return n
        case .tensor: return 0
        }
    }

    /// How a spec writes it after the colon: `64`, `row=4096`, `tensor`.
    public var specText: String {
        switch self {
        case .block(let n): return "\(n)"
        case .row(let n): return "row=\(n)"
        case .tensor: return "tensor"
        }
    }
}
