import FormatCore
import TUICore

/// The Range screen: the dynamic range and precision of several formats on one log2 axis, with
/// the current value marked, and the relative spacing (ULP / |x|) below.
public struct RangeScreen: Sendable, Equatable {
    /// The Bits screen's formats (the first group).
    public internal(set) var shared: [Format]
    /// The group shown: -1 for fp16 vs bf16, 0 for the Bits screen's formats, 1... for a preset.
    public internal(set) var groupIndex = 0

    /// Creates the screen.
    public init(formats: [Format] = BitsScreen.defaultFormats) {
        shared = formats
    }

    /// The group shown.
    public var group: RangeGroup {
        if groupIndex < 0 { return .fp16VersusBF16 }
        if groupIndex == 0 { return RangeGroup("formats of the Bits screen", shared) }
        return RangeGroup.presets[min(groupIndex, RangeGroup.presets.count) - 1]
    }

    /// Takes the Bits screen's formats.
    mutating func adopt(formats: [Format]) {
        if !formats.isEmpty { shared = formats }
    }

    /// The keys of this screen, for the help overlay.
    public static let help: [HelpSection] = [
        HelpSection("Range screen", [
            HelpEntry("c", "compare fp16 with bf16"),
            HelpEntry("p P", "next / previous format group"),
            HelpEntry("b", "the Bits screen's formats"),
        ]),
        HelpSection("Reading it", [
            HelpEntry("░ ▒", "subnormal span"),
            HelpEntry("█", "normal span, up to max"),
            HelpEntry("│ ▼", "the current value"),
            HelpEntry("digits", "decimal digits of precision"),
        ]),
    ]
}
