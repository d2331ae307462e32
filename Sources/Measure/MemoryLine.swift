/// One line of a memory estimate: what is counted, its exact size in bytes (a whole number, or
/// bits over 8 when a format's bits per value are not whole bytes), and the formula it came from.
public struct MemoryLine: Sendable, Hashable {
    /// What the line counts (`nf4:64+dq`, `mixed precision with fp32 master weights`).
    public var label: String
    /// The size in bits (exact: every term is a whole number of bits).
    public var bits: Double
    /// Bytes per parameter, when the line is per parameter.
    public var bytesPerParameter: Double?
    /// The formula, with its numbers.
    public var formula: String

    /// A line.
    public init(label: String, bits: Double, bytesPerParameter: Double? = nil, formula: String) {
        self.label = label
        self.bits = bits
        self.bytesPerParameter = bytesPerParameter
        self.formula = formula
    }

    /// The size in bytes (bits / 8).
    public var bytes: Double { bits / 8 }
}
