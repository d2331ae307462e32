/// How N terms are added up in a format F.
public enum AccumulationMethod: String, Sendable, Hashable, CaseIterable {
    /// A running sum in F: acc ← round_F(acc + term).
    case sameFormat = "same"
    /// A running sum in fp32: acc ← round_fp32(acc + term).
    case fp32Accumulator = "fp32-acc"
    /// Pairwise in F: the terms rounded into F, then halves added recursively, each sum rounded into F.
    case pairwise
    /// Kahan's compensated sum in F (sum and compensation in F, each operation rounded once).
    case kahan
}
