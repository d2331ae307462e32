/// Values quantised by a `BlockFormat`: one code per element plus the block scales, as the format stores them.
public struct QuantizedBlocks: Sendable, Hashable {
    /// The format.
    public let format: BlockFormat
    /// Number of values.
    public let count: Int
    /// One code per value, in its low bits: E2M1/E4M3... codes, NF4 / bnb-fp4 indices, two's
    /// complement integers (symmetric) or unsigned levels (asymmetric).
    public let codes: [UInt8]
    /// The stored scale code per block: E8M0 (MX; 0xFF is NaN) or E4M3FN (NVFP4; 0x7F is NaN);
    /// empty for float32 scales.
    public let scaleCodes: [UInt8]
    /// The float32 scale per block as dequantisation uses it: 2^k (MX), the E4M3 value (NVFP4, before
    /// the tensor scale), the absmax (absmax formats; double-quantised ones hold the dequantised absmax)
    /// or the step (asymmetric). NaN for a block that held a NaN or an infinity.
    public let scales: [Float]
    /// The zero point per block (asymmetric formats), else empty.
    public let zeroPoints: [UInt8]
    /// NVFP4's per-tensor float32 scale `tensorAmax / 2688`, else nil.
    public let tensorScale: Float?
    /// The double-quantised scales, when the format uses them (the stored form of `scales`).
    public let doubleQuantization: DoubleQuantizedScales?

    /// Number of blocks.
    public var blockCount: Int { scales.count }

    /// The values of block `index`.
    public func range(ofBlock index: Int) -> Range<Int> {
        let size = format.blockSize == 0 ? count : format.blockSize
        return (index * size)..<min((index + 1) * size, count)
    }

    /// The codes packed two per byte when elements have 4 bits or fewer (first value in the low
    /// nibble), else the codes themselves.
    public var packedCodes: [UInt8] { format.element.bitWidth <= 4 ? Self.packNibbles(codes) : codes }

    /// Packs 4-bit codes two per byte: value `2i` in the low nibble of byte `i`, value `2i + 1` in the
    /// high nibble (bitsandbytes stores the first value in the high nibble: pass `highNibbleFirst`).
    public static func packNibbles(_ codes: [UInt8], highNibbleFirst: Bool = false) -> [UInt8] {
        var packed = [UInt8](repeating: 0, count: (codes.count + 1) / 2)
        for (i, code) in codes.enumerated() {
            let shift: UInt8 = (i & 1 == 0) != highNibbleFirst ? 0 : 4
            packed[i / 2] |= (code & 0x0F) << shift
        }
        return packed
    }

    /// Unpacks `count` 4-bit codes packed by `packNibbles` with the same nibble order.
    public static func unpackNibbles(_ packed: [UInt8], count: Int, highNibbleFirst: Bool = false) -> [UInt8] {
        precondition(count <= packed.count * 2, "unpackNibbles: \(packed.count) bytes hold at most \(packed.count * 2) codes")
        return (0..<count).map { i in
            let shift: UInt8 = (i & 1 == 0) != highNibbleFirst ? 0 : 4
            return (packed[i / 2] >> shift) & 0x0F
        }
    }
}
