/// Which special values a floating-point format can encode, in the manner of LLVM's `fltNonfiniteBehavior`.
public enum NonFiniteBehavior: String, Sendable, Hashable, CaseIterable {
    /// IEEE 754: the all-ones exponent encodes infinities (mantissa zero) and NaNs (mantissa non-zero).
    case ieee754
    /// No infinities; NaN is encoded as described by the format's `NaNEncoding`.
    case nanOnly
    /// Every code is a finite number: no infinities and no NaN (OCP FP6 / FP4).
    case finiteOnly
}
