import FormatCore

/// The binades a float format covers, for the Model screen's histogram: the exponent of its smallest
/// subnormal, of its smallest normal and of its largest finite value (2^e <= |x| < 2^(e+1)).
struct FormatRange: Sendable, Hashable {
    /// The format's name.
    var name: String
    /// Exponent of the smallest positive subnormal (the smallest normal's when there are none).
    var smallestSubnormal: Int
    /// Exponent of the smallest positive normal.
    var smallestNormal: Int
    /// Exponent of the largest finite value.
    var largestFinite: Int

    /// The range of a float format (nil for others).
    init?(_ format: Format) {
        guard let s = format.floatSemantics else { return nil }
        name = format.name
        smallestNormal = s.minExponent
        smallestSubnormal = s.hasSubnormals ? s.minExponent - s.mantissaBits : s.minExponent
        largestFinite = s.maxExponent
    }

    /// fp16, bf16, e4m3fn and e5m2: the ranges drawn over the histogram.
    static let drawn: [FormatRange] = [Format.fp16, .bf16, .e4m3fn, .e5m2].compactMap(FormatRange.init)
}
