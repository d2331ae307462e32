/// A number format: its canonical name, the names it is also known by, a description and its record.
public struct Format: Sendable, Hashable {
    /// Canonical name (`e4m3fn`, `bf16`, `int4`, `nf4`).
    public let name: String
    /// Other accepted names, lower case.
    public let aliases: [String]
    /// One-line description.
    public let summary: String
    /// The data record.
    public let kind: FormatKind

    /// Creates a format.
    public init(name: String, aliases: [String] = [], summary: String, kind: FormatKind) {
        self.name = name
        self.aliases = aliases
        self.summary = summary
        self.kind = kind
    }

    /// Width of a code in bits.
    public var bitWidth: Int {
        switch kind {
        case .float(let s): return s.bitWidth
        case .integer(let s): return s.bitWidth
        case .codebook(let c): return c.bitWidth
        }
    }

    /// The float record, when this is a floating-point format.
    public var floatSemantics: FloatSemantics? {
        if case .float(let s) = kind { return s }
        return nil
    }

    /// Mask of the valid code bits.
    public var codeMask: UInt64 { bitWidth >= 64 ? .max : (UInt64(1) << UInt64(bitWidth)) - 1 }

    /// Number of distinct codes, when it fits in 64 bits.
    public var codeCount: UInt64? { bitWidth >= 64 ? nil : UInt64(1) << UInt64(bitWidth) }
}
