import FormatCore

/// Random words for the lab's draws that are pure functions of (seed, stream, index): SplitMix64
/// started from a state mixed from the three, so element i never depends on how many came before.
public enum CounterBits {
    /// The 64-bit word of element `index` of stream `stream` under `seed`.
    public static func word(seed: UInt64, stream: UInt64, index: UInt64) -> UInt64 {
        var first = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        var second = SplitMix64(seed: first.next() &+ index)
        return second.next()
    }

    /// A uniform Double in [0, 1): the top 53 bits of the word, times 2^-53 (exact).
    public static func unit(seed: UInt64, stream: UInt64, index: UInt64) -> Double {
        Double(word(seed: seed, stream: stream, index: index) >> 11) * 0x1p-53
    }
}
