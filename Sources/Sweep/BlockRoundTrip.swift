import FormatCore

/// A block format (any codec of `BlockCodecRegistry`) as a sweep target.
public struct BlockRoundTrip: RoundTripper {
    /// The codec.
    public let codec: any BlockCodec

    /// Name, storage, block size and ULP model.
    public let traits: TargetTraits

    /// The codec as a scaled-family format (which reports its blocks' magnitudes), cast once here
    /// rather than on every chunk.
    private let scaled: BlockFormat?

    /// Creates the target; per-tensor codecs (`valuesPerBlock` 0) are not sweepable in chunks (see `SweepEngine`).
    public init(_ codec: any BlockCodec) {
        self.codec = codec
        scaled = codec as? BlockFormat
        let layout = codec.layout
        traits = TargetTraits(name: codec.name, bitsPerValue: layout.bitsPerValue, alignment: max(layout.valuesPerBlock, 1),
                              ulpModel: Self.ulpModel(layout), needsTensorAmax: layout.needsTensorAmax)
    }

    /// The block's coarsest step as a fraction of its largest magnitude: the gap below the element's
    /// largest level divided by that level (e2m1: 2/6, nf4: 1 - 0.7230, int4 symmetric: 1/7, uint4: 1/15).
    static func ulpModel(_ layout: BlockLayout) -> UlpModel {
        let element = layout.element
        let levels: [Double]
        switch element.kind {
        case .codebook(let c): levels = c.levels.map(Double.init).sorted()
        case .integer(let s): levels = [Double(s.maxValue - 1), Double(s.maxValue)]
        case .float(let s):
            let top = s.maxFiniteMagnitudeCode
            levels = [element.decode(top - 1).value.doubleValue, element.decode(top).value.doubleValue]
        }
        let top = levels[levels.count - 1], below = levels[levels.count - 2]
        return .perBlock(size: max(layout.valuesPerBlock, 1), stepFraction: (top - below) / top)
    }

    /// Absmax and MX formats give their blocks' largest magnitudes when asked (the codec finds them anyway).
    public func roundTrip(_ x: UnsafePointer<UInt32>, _ y: UnsafeMutablePointer<UInt32>, count: Int, firstElement: UInt64,
                          tensorAmax: Float, blockMagnitudes: UnsafeMutablePointer<Float>?) -> Bool {
        Self.asFloats(x, y, count) { input, output in
            if let blockMagnitudes, let format = scaled {
                return format.roundTrip(input, output, count: count, tensorAmax: tensorAmax, blockMagnitudes: blockMagnitudes)
            }
            let n = codec.layout.valuesPerBlock
            let whole = codec.acceptsPartialBlock || n == 0 ? count : count - count % n
            codec.roundTrip(input, output, count: whole, tensorAmax: tensorAmax)
            if whole < count { Self.paddedTail(codec, input + whole, output + whole, count: count - whole, tensorAmax: tensorAmax) }
            return false
        }
    }

    /// A partial last block of a whole-block codec, quantised as if padded with zeros to a whole
    /// block (the CLI refuses such sources; this keeps library callers from reading past the input).
    private static func paddedTail(_ codec: any BlockCodec, _ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>,
                                   count: Int, tensorAmax: Float) {
        let n = codec.layout.valuesPerBlock
        withUnsafeTemporaryAllocation(of: Float.self, capacity: n) { block in
            block.initialize(repeating: 0)
            _ = block.update(fromContentsOf: UnsafeBufferPointer(start: input, count: count))
            codec.roundTrip(block.baseAddress!, block.baseAddress!, count: n, tensorAmax: tensorAmax)
            output.update(from: block.baseAddress!, count: count)
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
