/// The data record that defines a binary floating-point format, after LLVM APFloat's `fltSemantics`.
///
/// Everything else (bias-adjusted limits, largest finite value, epsilon, counts) is derived from
/// these few fields; adding a format means adding one record, never a new code path.
public struct FloatSemantics: Sendable, Hashable {
    /// Width of the exponent field in bits.
    public let exponentBits: Int
    /// Width of the stored mantissa (trailing significand) field in bits.
    public let mantissaBits: Int
    /// The exponent bias: a biased exponent field `b` stands for `2^(b - bias)`.
    public let bias: Int
    /// Whether the format has a sign bit (E8M0FNU does not).
    public let isSigned: Bool
    /// Which non-finite values exist.
    public let nonFinite: NonFiniteBehavior
    /// How NaN is encoded (`.none` exactly when `nonFinite == .finiteOnly`).
    public let nanEncoding: NaNEncoding
    /// Whether the format encodes zero; without zero the all-zero exponent field is an ordinary
    /// normal binade and there are no subnormals (E8M0FNU).
    public let hasZero: Bool

    /// Creates a record; the combination is validated by `FloatSemanticsTests`.
    public init(exponentBits: Int, mantissaBits: Int, bias: Int, isSigned: Bool = true,
                nonFinite: NonFiniteBehavior = .ieee754, nanEncoding: NaNEncoding? = nil,
                hasZero: Bool = true) {
        self.exponentBits = exponentBits
        self.mantissaBits = mantissaBits
        self.bias = bias
        self.isSigned = isSigned
        self.nonFinite = nonFinite
        self.nanEncoding = nanEncoding ?? (nonFinite == .ieee754 ? .ieee : nonFinite == .finiteOnly ? .none : .allOnes)
        self.hasZero = hasZero
    }
}
