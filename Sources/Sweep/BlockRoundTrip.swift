import FormatCore

/// A block format as a sweep target.
public struct BlockRoundTrip: RoundTripper {
    /// The block format.
    public let format: BlockFormat

    /// Name, storage, block size and ULP model.
    public let traits: TargetTraits

    /// Creates the target; per-tensor formats are not sweepable in chunks (see `SweepEngine`).
    public init(_ format: BlockFormat) {
        self.format = format
        traits = TargetTraits(name: format.name, bitsPerValue: format.bitsPerValue, alignment: max(format.blockSize, 1),
                              ulpModel: Self.ulpModel(format), needsTensorAmax: format.needsTensorAmax)
    }

    /// The block's coarsest step as a fraction of its largest magnitude: the gap below the element's
    /// largest level divided by that level (e2m1: 2/6, nf4: 1 - 0.7230, int4 symmetric: 1/7).
    static func ulpModel(_ format: BlockFormat) -> UlpModel {
        let levels: [Double]
        switch format.element.kind {
        case .codebook(let c): levels = c.levels.map(Double.init).sorted()
        case .integer(let s): levels = [Double(s.maxValue - 1), Double(s.maxValue)]
        case .float(let s):
            let top = s.maxFiniteMagnitudeCode
            levels = [format.element.decode(top - 1).value.doubleValue, format.element.decode(top).value.doubleValue]
        }
        let top = levels[levels.count - 1], below = levels[levels.count - 2]
        return .perBlock(size: max(format.blockSize, 1), stepFraction: (top - below) / top)
    }

    /// Absmax and MX formats give their blocks' largest magnitudes when asked (the codec finds them anyway).
    public func roundTrip(_ x: UnsafePointer<UInt32>, _ y: UnsafeMutablePointer<UInt32>, count: Int, firstElement: UInt64,
                          tensorAmax: Float, blockMagnitudes: UnsafeMutablePointer<Float>?) -> Bool {
        Self.asFloats(x, y, count) { input, output in
            if let blockMagnitudes {
                return format.roundTrip(input, output, count: count, tensorAmax: tensorAmax, blockMagnitudes: blockMagnitudes)
            }
            format.roundTrip(input, output, count: count, tensorAmax: tensorAmax)
            return false
        }
    }

    /// `body` on the bit patterns `x` and `y` seen as float32 values.
    private static func asFloats<R>(_ x: UnsafePointer<UInt32>, _ y: UnsafeMutablePointer<UInt32>, _ count: Int,
                                    _ body: (UnsafePointer<Float>, UnsafeMutablePointer<Float>) -> R) -> R {
        UnsafeRawPointer(x).withMemoryRebound(to: Float.self, capacity: count) { input in
            UnsafeMutableRawPointer(y).withMemoryRebound(to: Float.self, capacity: count) { output in body(input, output) }
        }
    }
}
