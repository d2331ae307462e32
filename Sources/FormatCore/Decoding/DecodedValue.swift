/// A code taken apart: its category, exact value and fields.
public struct DecodedValue: Sendable, Hashable {
    /// The code.
    public let code: UInt64
    /// The category.
    public let category: ValueCategory
    /// The value, exactly.
    public let value: BinaryValue
    /// The raw exponent field (floats only).
    public let exponentField: Int?
    /// The raw mantissa field (floats only).
    public let mantissaField: UInt64?

    /// Creates a decoded value.
    public init(code: UInt64, category: ValueCategory, value: BinaryValue, exponentField: Int? = nil, mantissaField: UInt64? = nil) {
        self.code = code
        self.category = category
        self.value = value
        self.exponentField = exponentField
        self.mantissaField = mantissaField
    }

    /// The value as an exact rational (or special).
    public var exact: ExactValue { value.exact }
    /// Whether the value is finite.
    public var isFinite: Bool { category != .infinity && category != .nan }
}
