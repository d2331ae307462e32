import FormatCore

/// A target a sweep pushes values through and back: quantise, then dequantise, float32 in and out.
public protocol RoundTripper: Sendable {
    /// A name for reports (`bf16`, `nf4:64`).
    var name: String { get }
    /// Storage bits per value, scale overhead included.
    var bitsPerValue: Double { get }
    /// Elements per block; chunks are cut at multiples of it (1 for scalar targets).
    var alignment: Int { get }
    /// How the histogram finds the ULP at an input.
    var ulpModel: UlpModel { get }
    /// Bits of the largest finite value, for the saturation count (scalar targets).
    var maxFiniteBits: UInt32? { get }
    /// Bits of the magnitude above which a result of ±max is a clamp rather than a rounding
    /// (max plus half an ULP of max), for the saturation count (scalar float targets).
    var saturationThresholdBits: UInt32? { get }
    /// Bits of the smallest normal, for the subnormal-result count (scalar float targets).
    var minNormalBits: UInt32? { get }
    /// Whether the round trip needs the whole tensor's largest magnitude first (NVFP4).
    var needsTensorAmax: Bool { get }
    /// Scalar float targets: the fp32 exponent fields whose inputs round inside the normal range with no
    /// overflow, and the bits dropped there; enables the statistics' fast path.
    var simpleFields: (low: UInt32, high: UInt32, drop: UInt32)? { get }
    /// Scalar float targets: the SIMD kernel that does the round trip, for sweeps that fuse it with the statistics.
    var narrowing: FP32Narrowing? { get }
    /// Rounds `count` values (float32 bits) through the target; `firstElement` seeds stochastic rounding.
    func roundTrip(_ x: UnsafePointer<UInt32>, _ y: UnsafeMutablePointer<UInt32>, count: Int, firstElement: UInt64, tensorAmax: Float)
    /// `roundTrip`, also writing each block's largest |x| (NaN for a block holding a NaN or an infinity) to
    /// `blockMagnitudes` when the target finds it anyway: true then, false (writing none) otherwise.
    func roundTrip(_ x: UnsafePointer<UInt32>, _ y: UnsafeMutablePointer<UInt32>, count: Int, firstElement: UInt64, tensorAmax: Float,
                   blockMagnitudes: UnsafeMutablePointer<Float>) -> Bool
}

extension RoundTripper {
    /// Scalar targets need no tensor statistics.
    public var needsTensorAmax: Bool { false }
    /// No saturation count unless a target says so.
    public var saturationThresholdBits: UInt32? { nil }
    /// No kernel unless a target has one.
    public var narrowing: FP32Narrowing? { nil }
    /// No block magnitudes unless a target finds them.
    public func roundTrip(_ x: UnsafePointer<UInt32>, _ y: UnsafeMutablePointer<UInt32>, count: Int, firstElement: UInt64,
                          tensorAmax: Float, blockMagnitudes: UnsafeMutablePointer<Float>) -> Bool {
        roundTrip(x, y, count: count, firstElement: firstElement, tensorAmax: tensorAmax)
        return false
    }
    /// No fast path unless a target says so.
    public var simpleFields: (low: UInt32, high: UInt32, drop: UInt32)? { nil }
}
