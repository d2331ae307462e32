/// What happens to values beyond the largest finite value. Passed explicitly to every conversion.
public enum OverflowPolicy: String, Sendable, Hashable, CaseIterable {
    /// The format's own rule (what ml_dtypes does): IEEE formats give infinity, E4M3FN and FNUZ
    /// formats give NaN, FP6/FP4 saturate; directed rounding stops at the largest finite value as IEEE 754 says.
    case formatDefault = "default"
    /// "satfinite": every result is finite; overflows and infinities become ±max (NaN stays NaN).
    case saturate
}
