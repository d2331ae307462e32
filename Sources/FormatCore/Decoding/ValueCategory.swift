/// What kind of value a code holds.
public enum ValueCategory: String, Sendable, Hashable, CaseIterable {
    /// ±0.
    case zero
    /// A subnormal (denormal) float.
    case subnormal
    /// A normal float.
    case normal
    /// ±infinity.
    case infinity
    /// Not a number.
    case nan
    /// An integer of an integer format.
    case integer
    /// A level of a codebook.
    case level
}
