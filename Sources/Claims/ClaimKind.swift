/// Which computation decides a claim, with the names of the formats, codecs, mixes and models it is
/// about (the quoted numbers are in the record).
public enum ClaimKind: Sendable, Hashable {
    /// A float format's smallest positive value against the quoted `claimed` one.
    case smallestPositive(format: String)
    /// Which of two formats suits gradients (range) and which weights (precision), against the claim's roles.
    case fp8Roles(gradients: String, weights: String)
    /// How a block codec used by a mix stores values, against the claim that it clusters them.
    case blockMethod(codec: String, mix: String)
    /// A llama.cpp mix applied to a model's tensors: its bits per value and how many times smaller
    /// than `reference` it is, against the quoted `factor`; `codec` is the mix's main block type.
    case mixRatio(mix: String, reference: String, model: ModelArchitecture, codec: String)
    /// A block codec's bits per value against a scalar format's, against the quoted `factor`.
    case blockRatio(codec: String, reference: String)
    /// The weights of the quoted `params` in a scalar format, against the quoted `claimed` gigabytes.
    case weightsSize(format: String)
    /// The weights of the quoted `params` in a block format, against the quoted `card` gigabytes.
    case weightsFit(block: String)
    /// What moving from one block format to another saves per parameter, for each of `sizes`, against
    /// the quoted `claimed` gigabytes.
    case saving(from: String, to: String, sizes: [String])
    /// Two float formats' ranges: largest value, smallest normal, smallest subnormal.
    case sameRange(format: String, reference: String)
}
