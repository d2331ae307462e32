/// The accelerators of the sweep statistics, each with what it applies to. Every one must give the
/// figures of `SweepDefinition` on what it takes (verify mode checks that chunk by chunk); whatever no
/// fast path takes goes to the general lanes, and what no vector takes (a chunk's last `count % 16`
/// pairs) to the definition itself.
enum SweepFastPath: CaseIterable {
    /// `BlockLanes`: block targets whose blocks are whole vectors (size a multiple of 16), on a chunk of
    /// whole blocks from its start; value classes: every input and result finite, zero inputs giving zero
    /// (checked on the data: otherwise the chunk goes to the general lanes).
    case blockLanes
    /// `BinadeLanes`: scalar float targets that round to nearest even and report `simpleFields`, on slices
    /// of 2,048 inputs in one fp32 exponent field that rounds by the bits (inside the normal range, or
    /// below it down to 23 dropped bits).
    case binadeLanes
    /// `UniformSlice`: the same targets, on one-field slices whose results are all alike (±inf, NaN, zero,
    /// ±max) or whose inputs are all NaN.
    case uniformSlice
    /// `FastLanes`: the same targets, on vectors of 16 inputs whose fields are all in `simpleFields`.
    case fastLanes
    /// `UnderflowLanes`: the same targets, on vectors of 16 normal finite inputs whose results are all zero.
    case underflowLanes
    /// `PairAccumulator+Ramp`: the same targets with a SIMD narrowing kernel, on chunks of consecutive fp32
    /// patterns (exhaustive and code-range sweeps of fp32) of whole vectors in one exponent field.
    case fp32Ramp
    /// The general lanes: any target, any values, whole vectors of 16 (each lane with its own block ULP).
    case generalLanes

    /// Whether the path can take part of a sweep through a target with these traits (the block size and the
    /// values decide the rest, as each case says).
    func applies(to traits: TargetTraits) -> Bool {
        switch self {
        case .blockLanes:
            if case .perBlock(let size, _) = traits.ulpModel { return size % 16 == 0 }
            return false
        case .binadeLanes, .uniformSlice, .fastLanes, .underflowLanes:
            return traits.simpleFields != nil
        case .fp32Ramp:
            return traits.simpleFields != nil && traits.narrowing != nil
        case .generalLanes:
            return true
        }
    }
}
