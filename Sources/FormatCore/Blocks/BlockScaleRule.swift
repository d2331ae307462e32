/// How a block's scale is chosen, stored and applied.
public enum BlockScaleRule: String, Sendable, Hashable, CaseIterable {
    /// OCP Microscaling: an E8M0 power of two `2^(floor(log2(amax)) - emax(element))` per block.
    case sharedExponent = "shared-exponent"
    /// NVFP4: an E4M3 scale per block (`amax / max(element)`) in units of a float32 per-tensor scale
    /// `tensorAmax / (448 · max(element))`.
    case twoLevel = "two-level"
    /// bitsandbytes / QLoRA: a float32 absmax per block, mapped to the element's largest magnitude.
    case absmax
    /// Asymmetric: a float32 step `(max - min) / (2^bits - 1)` and an integer zero point per block.
    case minMax = "min-max"
}
