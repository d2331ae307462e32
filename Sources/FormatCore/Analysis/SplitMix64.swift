/// SplitMix64 (Steele, Lea and Flood 2014): a small seeded generator whose stream is the same on
/// every machine and run. The one copy the test targets draw their seeded random inputs from (and
/// the app its fixed NF4 sample); not for anything that must be unpredictable.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    /// The state: the seed, advanced by the golden-ratio increment on every draw.
    public var state: UInt64

    /// A generator whose first draw mixes `seed + 0x9e3779b97f4a7c15`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
