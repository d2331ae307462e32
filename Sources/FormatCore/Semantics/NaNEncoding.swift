/// Where a format keeps its NaN, in the manner of LLVM's `fltNanEncoding`.
public enum NaNEncoding: String, Sendable, Hashable, CaseIterable {
    /// IEEE 754: all-ones exponent with a non-zero mantissa (many NaN codes).
    case ieee
    /// Only the all-ones pattern of exponent and mantissa is NaN (E4M3FN, E8M0FNU), one per sign.
    case allOnes
    /// The negative-zero pattern (sign bit alone) is the single NaN; there is no -0 (FNUZ formats).
    case negativeZero
    /// No NaN at all.
    case none
}
