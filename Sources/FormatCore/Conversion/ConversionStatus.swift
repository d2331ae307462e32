/// What a conversion did, as flags (LLVM's `opStatus`, extended).
public struct ConversionStatus: OptionSet, Sendable, Hashable {
    /// The raw flag bits.
    public let rawValue: UInt16
    /// Creates flags from raw bits.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The result differs from the input.
    public static let inexact = ConversionStatus(rawValue: 1 << 0)
    /// The input was beyond the largest finite value (or was infinite and the format has no infinity).
    public static let overflow = ConversionStatus(rawValue: 1 << 1)
    /// The result was clamped to the largest (or smallest) finite value.
    public static let saturated = ConversionStatus(rawValue: 1 << 2)
    /// A non-zero input became zero (or, in a format without zero, was clamped to its smallest value).
    public static let underflow = ConversionStatus(rawValue: 1 << 3)
    /// The result is subnormal.
    public static let subnormal = ConversionStatus(rawValue: 1 << 4)
    /// The input was NaN.
    public static let nanInput = ConversionStatus(rawValue: 1 << 5)
    /// The result is NaN.
    public static let nanOutput = ConversionStatus(rawValue: 1 << 6)
    /// The result is infinite.
    public static let infiniteOutput = ConversionStatus(rawValue: 1 << 7)
    /// The input has no representation at all (NaN into a format without NaN, negative or zero into E8M0).
    public static let invalid = ConversionStatus(rawValue: 1 << 8)
}
