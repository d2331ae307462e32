/// A block (micro-scaled / absmax) format: one data record each — element format, block size,
/// scale rule (and with it the scale format), double quantisation.
///
/// Specs (`BlockFormat.parse`): `mxfp4`, `mxfp8-e4m3`, `nvfp4`, `nf4:64`, `nf4:64+dq`, `int4:64`,
/// `int8:row=4096`, `int4-asym:128`, `e2m1fn:32`, `nf4:tensor`. A `:tensor` format has `blockSize` 0
/// and puts everything passed in one call into one block, so callers pass the whole tensor at once.
public struct BlockFormat: Sendable, Hashable {
    /// Canonical spec: `mxfp4`, `nvfp4`, `nf4:64`, `int4:64`, `nf4:64+dq`, `int8:row=4096`, `nf4:tensor`.
    public let name: String
    /// Elements per block; 0 for per-tensor formats (one block over each call's values).
    public let blockSize: Int
    /// Which values share a scale.
    public let granularity: BlockGranularity
    /// The element format (a catalog format: `e2m1fn`, `nf4`, `int4`, `uint4`...).
    public let element: Format
    /// How the scale is chosen and applied.
    public let scaleRule: BlockScaleRule
    /// Whether the float32 absmax scales are double-quantised (QLoRA).
    public let isDoubleQuantized: Bool

    /// The largest accepted block or row size.
    public static let maxBlockSize = 1 << 24

    /// Creates a format from its record, checking that the parts fit together.
    public init(element: Format, scaleRule: BlockScaleRule, granularity: BlockGranularity,
                doubleQuantized: Bool = false) throws(BlockFormatError) {
        let spec = Self.canonicalName(element: element, scaleRule: scaleRule, granularity: granularity,
                                      doubleQuantized: doubleQuantized)
        if case .block(let n) = granularity, !(1...Self.maxBlockSize).contains(n) {
            throw BlockFormatError(spec: spec, reason: "the block size must be from 1 to \(Self.maxBlockSize)")
        }
        if case .row(let n) = granularity, !(1...Self.maxBlockSize).contains(n) {
            throw BlockFormatError(spec: spec, reason: "the row length must be from 1 to \(Self.maxBlockSize)")
        }
        switch scaleRule {
        case .sharedExponent, .twoLevel:
            guard FloatElementKernel(element) != nil else {
                throw BlockFormatError(spec: spec, reason: "\(scaleRule.rawValue) scaling needs an FP8/FP6/FP4 element, not \(element.name)")
            }
        case .absmax:
            switch element.kind {
            case .codebook:
                guard element == .nf4 || element == .bnbFP4 else {
                    throw BlockFormatError(spec: spec, reason: "absmax scaling knows the codebooks nf4 and bnb-fp4 only")
                }
            case .integer(let s):
                guard s.isSigned, (2...8).contains(s.bitWidth) else {
                    throw BlockFormatError(spec: spec, reason: "absmax scaling needs a signed integer of 2 to 8 bits (int2...int8)")
                }
            case .float:
                guard FloatElementKernel(element) != nil else {
                    throw BlockFormatError(spec: spec, reason: "absmax scaling of floats needs an FP8/FP6/FP4 element, not \(element.name)")
                }
            }
        case .minMax:
            guard case .integer(let s) = element.kind, !s.isSigned, (2...8).contains(s.bitWidth) else {
                throw BlockFormatError(spec: spec, reason: "min/max scaling needs an unsigned integer of 2 to 8 bits (uint2...uint8)")
            }
        }
        if doubleQuantized {
            guard scaleRule == .absmax else {
                throw BlockFormatError(spec: spec, reason: "+dq applies to absmax formats only (their float32 scales)")
            }
            guard granularity != .tensor else {
                throw BlockFormatError(spec: spec, reason: "+dq needs blocks or rows (a per-tensor format has one scale)")
            }
        }
        self.name = spec
        self.blockSize = granularity.blockSize
        self.granularity = granularity
        self.element = element
        self.scaleRule = scaleRule
        self.isDoubleQuantized = doubleQuantized
    }

    /// The format the block scales are stored in: E8M0 (MX), E4M3 (NVFP4, plus one float32 per tensor) or fp32.
    public var scaleFormat: Format {
        switch scaleRule {
        case .sharedExponent: return .e8m0fnu
        case .twoLevel: return .e4m3fn
        case .absmax, .minMax: return .fp32
        }
    }

    /// Whether `roundTrip` needs the tensor's max |x| (NVFP4's per-tensor scale).
    public var needsTensorAmax: Bool { scaleRule == .twoLevel }

    /// Stored bits per value, scale overhead included: the bits of one block of `layout` (element bits
    /// per value plus, per block, 8 for E8M0 or E4M3, 32 for an fp32 absmax, 32 + element bits for an
    /// fp32 step and zero point, or, double-quantised, 8 plus 32 per group of 256 blocks) over its
    /// values. Data stored once per call is not counted: NVFP4's float32 tensor scale, the
    /// double-quantisation mean, the one scale of a per-tensor format. NF4/64 = 4.5, NF4/64+dq =
    /// 4.126953125, MXFP4 = 4.25, NVFP4 = 4.5, INT8/row=4096 = 8.0078125.
    public var bitsPerValue: Double { layout.bitsPerValue }

    /// One-line description for listings.
    public var summary: String {
        let size = blockSize == 0 ? "one block per tensor" : granularity == .row(blockSize) ? "rows of \(blockSize)" : "blocks of \(blockSize)"
        let scale: String
        switch scaleRule {
        case .sharedExponent: scale = "E8M0 power-of-two scale (OCP MX)"
        case .twoLevel: scale = "E4M3 block scale times a float32 tensor scale (NVFP4)"
        case .absmax: scale = "float32 absmax scale" + (isDoubleQuantized ? ", double-quantised (QLoRA)" : "")
        case .minMax: scale = "float32 step and \(element.bitWidth)-bit zero point (asymmetric)"
        }
        return "\(element.name) elements, \(size), \(scale); \(ValueText.exact(ExactValue(bitsPerValue)).text) bits/value"
    }

    /// The canonical spec of a record.
    static func canonicalName(element: Format, scaleRule: BlockScaleRule, granularity: BlockGranularity,
                              doubleQuantized: Bool) -> String {
        var base: String
        var defaultSize: Int?
        switch scaleRule {
        case .sharedExponent:
            switch element.name {
            case "e4m3fn": base = "mxfp8-e4m3"
            case "e5m2": base = "mxfp8-e5m2"
            case "e2m3fn": base = "mxfp6-e2m3"
            case "e3m2fn": base = "mxfp6-e3m2"
            case "e2m1fn": base = "mxfp4"
            default: base = "mx-\(element.name)"
            }
            defaultSize = 32
        case .twoLevel:
            base = element.name == "e2m1fn" ? "nvfp4" : "nv-\(element.name)"
            defaultSize = 16
        case .absmax:
            base = element.name
        case .minMax:
            if case .integer(let s) = element.kind { base = "int\(s.bitWidth)-asym" } else { base = element.name }
        }
        if granularity != .block(defaultSize ?? -1) { base += ":" + granularity.specText }
        return doubleQuantized ? base + "+dq" : base
    }
}
