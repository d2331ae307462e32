import TUICore

/// The NF4 screen: the normal density after absmax scaling, NF4's 16 levels and bins, how many
/// values each bin receives, the same for INT4, E2M1 and bnb-fp4, and how NF4 is built.
public struct NF4Screen: Sendable, Equatable {
    /// The quantiser drawn in the picture (index into `Quantizer.all`).
    public internal(set) var selected = 0
    /// Whether the construction of NF4 is shown instead of the picture.
    public internal(set) var showsConstruction = false

    /// Creates the screen.
    public init() {}

    /// The keys of this screen, for the help overlay.
    public static let help: [HelpSection] = [
        HelpSection("NF4 screen", [
            HelpEntry("n → l", "next quantiser in the picture"),
            HelpEntry("N ← h", "previous quantiser"),
            HelpEntry("i", "how NF4 is built / the bins"),
        ]),
        HelpSection("Reading it", [
            HelpEntry("curve", "normal density after absmax"),
            HelpEntry("↑", "a level; bands are its bin"),
            HelpEntry("bars", "share of values per bin"),
        ]),
    ]
}
