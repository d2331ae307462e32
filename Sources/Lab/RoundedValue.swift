import FormatCore

/// A value rounded once into a format: the value its code stands for (as a Double, which holds it
/// exactly: ±infinity and NaN included), the code's category and the conversion's flags.
public struct RoundedValue: Sendable, Hashable {
    /// The value of the code.
    public let value: Double
    /// Zero, subnormal, normal, infinity or NaN.
    public let category: ValueCategory
    /// What the conversion did (inexact, overflow, underflow...).
    public let status: ConversionStatus

    /// Creates a rounded value.
    public init(value: Double, category: ValueCategory, status: ConversionStatus) {
        self.value = value
        self.category = category
        self.status = status
    }

    /// Whether the result is neither infinite nor NaN.
    public var isFinite: Bool { value.isFinite }
}
