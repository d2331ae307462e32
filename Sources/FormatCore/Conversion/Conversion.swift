/// The result of converting one value into a format: the code and what happened.
public struct Conversion: Sendable, Hashable {
    /// The code in the target format (low bits).
    public var code: UInt64
    /// Flags describing the conversion.
    public var status: ConversionStatus

    /// Creates a result.
    public init(code: UInt64, status: ConversionStatus) {
        self.code = code
        self.status = status
    }
}
