import FormatCore

/// A set of formats the Range screen compares: the Bits screen's list or a preset.
public struct RangeGroup: Sendable, Hashable {
    /// The group's name, shown in the header.
    public var name: String
    /// The formats, top to bottom.
    public var formats: [Format]

    /// Creates a group.
    public init(_ name: String, _ formats: [Format]) {
        self.name = name
        self.formats = formats
    }

    /// The classic question: half precision or bfloat16.
    public static let fp16VersusBF16 = RangeGroup("fp16 vs bf16", [.fp16, .bf16])

    /// The presets `p` cycles through after the Bits screen's formats.
    public static let presets: [RangeGroup] = [
        RangeGroup("IEEE & friends", [.fp32, .tf32, .fp16, .bf16]),
        RangeGroup("FP8 family", [.e4m3fn, .e4m3fnuz, .e5m2, .e5m2fnuz, .e3m4, .e8m0fnu]),
        RangeGroup("FP6 / FP4", [.e2m3fn, .e3m2fn, .e2m1fn]),
        RangeGroup("integers", [.int(16), .int(8), .uint(8), .int(4)]),
    ]
}
