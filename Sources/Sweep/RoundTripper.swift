import FormatCore

/// A target a sweep pushes values through and back: quantise, then dequantise, float32 in and out.
/// Everything else the engine needs is in one value, `traits`.
public protocol RoundTripper: Sendable {
    /// Name, storage, block size, ULP model, count edges and kernels of the target.
    var traits: TargetTraits { get }
    /// Rounds `count` values (float32 bits) through the target; `firstElement` numbers the first value for
    /// stochastic rounding. When `blockMagnitudes` is given and the target finds each block's largest |x|
    /// anyway (NaN for a block holding a NaN or an infinity), it writes them there and returns true;
    /// otherwise it returns false and writes none.
    func roundTrip(_ x: UnsafePointer<UInt32>, _ y: UnsafeMutablePointer<UInt32>, count: Int, firstElement: UInt64, tensorAmax: Float,
                   blockMagnitudes: UnsafeMutablePointer<Float>?) -> Bool
}

extension RoundTripper {
    /// The name for reports.
    public var name: String { traits.name }
    /// Storage bits per value.
    public var bitsPerValue: Double { traits.bitsPerValue }
    /// Whether the round trip needs the whole tensor's largest magnitude first.
    public var needsTensorAmax: Bool { traits.needsTensorAmax }

    /// The round trip alone.
    public func roundTrip(_ x: UnsafePointer<UInt32>, _ y: UnsafeMutablePointer<UInt32>, count: Int, firstElement: UInt64, tensorAmax: Float) {
        _ = roundTrip(x, y, count: count, firstElement: firstElement, tensorAmax: tensorAmax, blockMagnitudes: nil)
    }
}
