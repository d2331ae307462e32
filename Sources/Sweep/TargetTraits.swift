import FormatCore

/// What a sweep needs to know about a target besides its round trip: its name and storage, how chunks
/// are cut, how the ULP at an input is found, the edges the counts use, and the kernels it offers.
///
/// The definition of every figure (`SweepDefinition`) reads only `ulpModel`, `maxFiniteBits`,
/// `saturationThresholdBits` and `minNormalBits`; the fast paths read the others to decide where they apply.
public struct TargetTraits: Sendable {
    /// A name for reports (`bf16`, `nf4:64`).
    public var name: String
    /// Storage bits per value, scale overhead included.
    public var bitsPerValue: Double
    /// Elements per block; chunks are cut at multiples of it (1 for scalar targets).
    public var alignment: Int
    /// How the histogram finds the ULP at an input.
    public var ulpModel: UlpModel
    /// Bits of the largest finite value, for the saturation count (scalar targets).
    public var maxFiniteBits: UInt32?
    /// Bits of the magnitude above which a result of ±max is a clamp rather than a rounding
    /// (max plus half an ULP of max), for the saturation count (scalar targets).
    public var saturationThresholdBits: UInt32?
    /// Bits of the smallest normal, for the subnormal-result count (scalar float targets).
    public var minNormalBits: UInt32?
    /// Whether the round trip needs the whole tensor's largest magnitude first (NVFP4).
    public var needsTensorAmax: Bool
    /// Scalar float targets rounding to nearest even: the fp32 exponent fields whose inputs round inside the
    /// normal range with no overflow, and the bits dropped there; enables the statistics' one-field paths.
    public var simpleFields: (low: UInt32, high: UInt32, drop: UInt32)?
    /// Scalar float targets: the SIMD kernel that does the round trip, for sweeps that fuse it with the statistics.
    public var narrowing: FP32Narrowing?

    /// Creates traits; the optional ones default to "none".
    public init(name: String, bitsPerValue: Double, alignment: Int = 1, ulpModel: UlpModel, maxFiniteBits: UInt32? = nil,
                saturationThresholdBits: UInt32? = nil, minNormalBits: UInt32? = nil, needsTensorAmax: Bool = false,
                simpleFields: (low: UInt32, high: UInt32, drop: UInt32)? = nil, narrowing: FP32Narrowing? = nil) {
        self.name = name
        self.bitsPerValue = bitsPerValue
        self.alignment = max(alignment, 1)
        self.ulpModel = ulpModel
        self.maxFiniteBits = maxFiniteBits
        self.saturationThresholdBits = saturationThresholdBits
        self.minNormalBits = minNormalBits
        self.needsTensorAmax = needsTensorAmax
        self.simpleFields = simpleFields
        self.narrowing = narrowing
    }
}
