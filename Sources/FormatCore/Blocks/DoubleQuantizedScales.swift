/// QLoRA double quantisation of the float32 block absmaxes: their mean is subtracted and the
/// differences are quantised to 8 bits, blockwise with 256 scales per group, on bitsandbytes' signed
/// dynamic map.
///
/// Rules, in float32: `offset` = mean of the finite absmaxes (summed in Double, rounded once);
/// `c = absmax - offset`; per group of 256, `a = max |c|`; code = the map level nearest to `c · (1 / a)`,
/// the larger level only when strictly above the float32 midpoint (the NF4 rule); dequantised absmax
/// `level · a + offset`. A group whose `a` is 0 keeps code of level 0; a group holding a NaN absmax (a
/// block with a NaN or an infinity) has `a` NaN and dequantises to NaN. Storage per block: 8 bits, plus
/// 32 bits per group of 256 blocks (the one float32 offset per call is not counted).
public struct DoubleQuantizedScales: Sendable, Hashable {
    /// Block scales per second-level group.
    public static let groupSize = 256

    /// The 256 levels of bitsandbytes' `create_dynamic_map(signed=True)` (7 exponent bits), ascending:
    /// 0, 1 and ±(0.1...1 linspace midpoints) · 10^-6...10^0, computed in float32 as torch does
    /// (`linspace` from both ends, midpoints `(a + b) / 2`, times the float32 power of ten).
    public static let dynamicMap: [Float] = {
        var data: [Float] = [0, 1]
        for i in 0..<7 {
            let steps = (1 << i) + 1
            let start: Float = 0.1, end: Float = 1
            let step = (end - start) / Float(steps - 1)
            let boundaries: [Float] = (0..<steps).map { k in
                k < steps / 2 ? start + step * Float(k) : end - step * Float(steps - k - 1)
            }
            let power = Float(Self.powersOfTen[i])
            for k in 0..<(steps - 1) {
                let mean = (boundaries[k] + boundaries[k + 1]) / 2
                data.append(mean * power)
                data.append(-(mean * power))
            }
        }
        return data.sorted()
    }()

    /// 10^-6 ... 10^0, the factors of the map's seven decades.
    private static let powersOfTen: [Double] = [1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1]

    /// The float32 midpoints between consecutive levels of `dynamicMap`.
    static let dynamicMidpoints: [Float] = (0..<255).map { (dynamicMap[$0] + dynamicMap[$0 + 1]) / 2 }

    /// One 8-bit code per block.
    public let codes: [UInt8]
    /// The second-level absmax of each group of `groupSize` codes.
    public let groupAbsmax: [Float]
    /// The mean subtracted before quantising.
    public let offset: Float

    /// The stored form read back: one code per block, one absmax per group of `groupSize`, the offset.
    init(codes: [UInt8], groupAbsmax: [Float], offset: Float) {
        self.codes = codes
        self.groupAbsmax = groupAbsmax
        self.offset = offset
    }

    /// Double-quantises block absmaxes; `offset` is the mean of these absmaxes (`Self.offset`) unless
    /// given (the mean over a whole tensor whose blocks come in pieces).
    public init(absmax: [Float], offset given: Float? = nil) {
        let offset = given ?? Self.offset(absmax)
        var codes = [UInt8](repeating: 0, count: absmax.count)
        var groups: [Float] = []
        groups.reserveCapacity((absmax.count + Self.groupSize - 1) / Self.groupSize)
        Self.dynamicMidpoints.withUnsafeBufferPointer { midpoints in
            var start = 0
            while start < absmax.count {
                let end = min(start + Self.groupSize, absmax.count)
                var a: Float = 0
                for i in start..<end {
                    let c = absmax[i] - offset
                    a = c.isNaN || a.isNaN ? .nan : max(a, abs(c))
                }
                groups.append(a)
                if !a.isNaN {
                    let inverse: Float = a == 0 ? 0 : 1 / a
                    var i = start
                    while i < end { // 16 scales at a time
                        let n = min(16, end - i)
                        var y = BlockLanes.Floats(repeating: 0)
                        for lane in 0..<n { y[lane] = (absmax[i + lane] - offset) * inverse }
                        let c = Self.nearestCodes(y, midpoints)
                        for lane in 0..<n { codes[i + lane] = UInt8(truncatingIfNeeded: c[lane]) }
                        i += n
                    }
                }
                start = end
            }
        }
        self.codes = codes
        self.groupAbsmax = groups
        self.offset = offset
    }

    /// The mean of the finite absmaxes, summed in Double in order and rounded once to float32 (0 when none
    /// is finite).
    public static func offset(_ absmax: [Float]) -> Float {
        var mean = MeanAccumulator()
        for a in absmax { mean.add(a) }
        return mean.offset
    }

    /// The codes of the levels nearest to 16 values (the larger only when strictly above the
    /// midpoint): the number of the 255 midpoints strictly below each, counted with one vector
    /// comparison per midpoint (a scalar binary search mispredicts most of its branches).
    static func nearestCodes(_ y: BlockLanes.Floats, _ midpoints: UnsafeBufferPointer<Float>) -> BlockLanes.Bits {
        var count = BlockLanes.Bits(repeating: 0)
        for m in midpoints { count &-= BlockLanes.greater(y, BlockLanes.Floats(repeating: m)) }
        return count
    }

    /// The dequantised absmax of each block: `level · groupAbsmax + offset` in float32.
    public func dequantized() -> [Float] {
        Self.dynamicMap.withUnsafeBufferPointer { map in
            codes.indices.map { i in map[Int(codes[i])] * groupAbsmax[i / Self.groupSize] + offset }
        }
    }
}
