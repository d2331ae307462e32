import FormatCore

/// A list of targets the Sweep screen offers.
public enum SweepTargetPreset: Int, CaseIterable, Sendable, Hashable {
    /// The common 16- and 8-bit floats.
    case narrowFloats
    /// 4-bit block formats.
    case fourBitBlocks
    /// The formats of the Bits screen.
    case bitsFormats
    /// llama.cpp's GGUF types (every fixed codec of the registry).
    case ggufTypes

    /// The name shown on the screen.
    public var title: String {
        switch self {
        case .narrowFloats: return "16/8-bit floats"
        case .fourBitBlocks: return "4-bit blocks"
        case .bitsFormats: return "Bits screen formats"
        case .ggufTypes: return "GGUF types"
        }
    }

    /// The name shown on the screen in a language.
    public func title(_ language: Language) -> String {
        guard language == .zh else { return title }
        switch self {
        case .narrowFloats: return "16/8 位浮点"
        case .fourBitBlocks: return "4 位块格式"
        case .bitsFormats: return "位画面的格式"
        case .ggufTypes: return "GGUF 类型"
        }
    }

    /// The target names (scalar formats, or block specs with a colon or a block name).
    public func targets(bitsFormats: [Format]) -> [String] {
        switch self {
        case .narrowFloats: return ["bf16", "fp16", "e4m3fn", "e5m2"]
        case .fourBitBlocks: return ["nf4:64", "int4:64", "mxfp4", "nvfp4"]
        case .bitsFormats: return bitsFormats.map(\.name)
        case .ggufTypes: return BlockCodecRegistry.fixed.map(\.name)
        }
    }

    /// The preset after this one (wrapping).
    public var next: SweepTargetPreset { SweepTargetPreset(rawValue: (rawValue + 1) % Self.allCases.count) ?? .narrowFloats }
}
