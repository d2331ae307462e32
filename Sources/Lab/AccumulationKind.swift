/// What is accumulated: the values themselves, or products of two value streams.
public enum AccumulationKind: String, Sendable, Hashable, CaseIterable {
    /// Σ x_i with x_i in F.
    case sum
    /// Σ a_i·b_i with a_i, b_i in F; the products are exact and each is added with one rounding
    /// (a fused multiply-add), except pairwise, whose leaves are the products rounded into F.
    case dot
}
