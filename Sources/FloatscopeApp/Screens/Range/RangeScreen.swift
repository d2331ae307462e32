import FormatCore
import TUICore

/// The Range screen: the dynamic range and precision of several formats on one log2 axis, with
/// the current value marked, and the relative spacing (ULP / |x|) below.
public struct RangeScreen: Sendable, Equatable {
    /// The group shown: -1 for fp16 vs bf16, 0 for the Bits screen's formats, 1... for a preset.
    public internal(set) var groupIndex = 0

    /// Creates the screen.
    public init() {}

    /// The group shown (the first is the session's formats, the Bits screen's rows).
    public func group(_ session: Session) -> RangeGroup {
        if groupIndex < 0 { return .fp16VersusBF16 }
        if groupIndex == 0 { return RangeGroup("formats of the Bits screen", session.formats) }
        return RangeGroup.presets[min(groupIndex, RangeGroup.presets.count) - 1]
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
