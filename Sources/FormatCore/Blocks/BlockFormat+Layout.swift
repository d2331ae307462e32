/// The byte layout of the scaled block families (MX, NVFP4, absmax, min-max): what `encode` writes.
///
/// Bytes: the per-call fields, then the group fields of each group of 256 blocks (double
/// quantisation), then the blocks one after another. A block is its scale fields then its codes,
/// written least significant bit first (4-bit codes two per byte, the first value in the low nibble;
/// 6-bit codes four in three bytes); blocks whose bits are not whole bytes (int4-asym:64, 292 bits)
/// are not padded, so the bytes are exactly `bitsPerValue`'s account. Each part ends with zero bits
/// up to a whole byte. A per-tensor format writes its scale fields once, as per-call fields, then
/// all codes.
extension BlockFormat {
    /// The fields of one block (or, per tensor, the per-call scale fields and the codes).
    public var layout: BlockLayout {
        let e = element.bitWidth
        var scale: [BlockField] = []
        var call: [BlockField] = []
        var group: [BlockField] = []
        switch scaleRule {
        case .sharedExponent:
            scale = [BlockField(name: "e", bits: 8, encoding: "e8m0fnu", role: "block scale 2^(e-127); 0xFF: the block held a NaN or an infinity")]
        case .twoLevel:
            call = [BlockField(name: "tensor_scale", bits: 32, encoding: "fp32", role: "tensor scale: tensor amax / (448 * \(Self.largestText(element)))")]
            scale = [BlockField(name: "s", bits: 8, encoding: "e4m3fn", role: "block scale in units of the tensor scale; 0x7F: NaN block")]
        case .absmax where isDoubleQuantized:
            call = [BlockField(name: "offset", bits: 32, encoding: "fp32", role: "mean of the blocks' absmax, subtracted before quantising them")]
            group = [BlockField(name: "group_absmax", bits: 32, encoding: "fp32", role: "largest |absmax - offset| of 256 blocks")]
            scale = [BlockField(name: "absmax_code", bits: 8, encoding: "dynamic map", role: "8-bit code of (absmax - offset) / group_absmax")]
        case .absmax:
            scale = [BlockField(name: "absmax", bits: 32, encoding: "fp32", role: "largest |x| of the block; NaN: the block held a NaN or an infinity")]
        case .minMax:
            scale = [BlockField(name: "step", bits: 32, encoding: "fp32", role: "(max - min) / \((1 << e) - 1), the range widened to hold 0"),
                     BlockField(name: "zero_point", bits: e, encoding: element.name, role: "code of 0")]
        }
        if blockSize == 0 {
            return BlockLayout(valuesPerBlock: 0, fields: [], callFields: call + scale, element: element, needsTensorAmax: needsTensorAmax)
        }
        let fields = scale + [BlockField(name: "q", bits: e, count: blockSize, encoding: element.name, role: "\(element.name) codes, low bits first")]
        return BlockLayout(valuesPerBlock: blockSize, fields: fields, groupFields: group,
                           blocksPerGroup: group.isEmpty ? 0 : DoubleQuantizedScales.groupSize,
                           callFields: call, element: element, needsTensorAmax: needsTensorAmax)
    }

    /// The element's largest finite magnitude as text (6 for E2M1).
    private static func largestText(_ element: Format) -> String {
        guard case .float(let s) = element.kind else { return "max" }
        return ValueText.exact(element.decode(s.maxFiniteMagnitudeCode).exact).text
    }
}
