/// The family a format belongs to, carrying its data record.
public enum FormatKind: Sendable, Hashable {
    /// A binary floating-point format.
    case float(FloatSemantics)
    /// A signed or unsigned integer format.
    case integer(IntegerSemantics)
    /// A table of levels indexed by code.
    case codebook(Codebook)
}
