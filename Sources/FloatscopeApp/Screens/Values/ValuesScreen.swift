import FormatCore
import TUICore

/// The Values screen: every representable value of one format, as a grid of codes (8 bits or
/// fewer) or as a number line around the current value (wider formats).
///
/// State only; input handling is in `ValuesScreen+Update.swift`, drawing in the `+Render` files.
public struct ValuesScreen: Sendable, Equatable {
    /// The format shown.
    public internal(set) var format: Format
    /// Whether the format follows the session's focused format (the Bits screen's cursor row)
    /// until `f` picks one of the session's formats here.
    public internal(set) var followsBits = true
    /// The selected code: the grid's cursor, or the centre of the number line.
    public internal(set) var cursor: UInt64 = 0
    /// Ticks on the number line (a power of two, `zoomLevels`).
    public internal(set) var ticks = 16
    /// The value the cursor was last placed on, to follow changes of the shared value.
    var followed: ValueSource?

    /// The widest format drawn as a grid.
    public static let gridMaxBits = 8
    /// The number line's zoom steps (ticks shown).
    public static let zoomLevels = [4, 8, 16, 32, 64, 128, 256]

    /// Creates the screen for a session; the format is the session's focused one.
    public init(session: Session) {
        format = session.focusedFormat ?? .e4m3fn
        refresh(session: session)
    }

    /// Whether the format is drawn as a grid of every code.
    public var isGrid: Bool { format.bitWidth <= ValuesScreen.gridMaxBits }

    /// Follows the session's formats: their focused one unless a format was picked here, and
    /// another one when the format picked here left the list.
    mutating func follow(_ session: Session) {
        let list = session.formats
        guard !list.isEmpty else { return }
        let before = format
        defer { if format != before { followed = nil } }
        if followsBits, let focused = session.focusedFormat { format = focused } else if !list.contains(format) { format = session.focusedFormat ?? list[0] }
    }

    /// The keys of this screen, for the help overlay.
    public static let help: [HelpSection] = [
        HelpSection("Values screen", [
            HelpEntry("f F", "next / previous format"),
            HelpEntry("Enter", "selected code = the value"),
            HelpEntry("v", "back to the shared value"),
        ]),
        HelpSection("Grid (8 bits or fewer)", [
            HelpEntry("← → h l", "previous / next code"),
            HelpEntry("↑ ↓ k j", "row up / down"),
            HelpEntry("Home End", "first / last code"),
        ]),
        HelpSection("Number line (wider)", [
            HelpEntry("← → h l", "step one value"),
            HelpEntry("PgUp PgDn", "pan half a screen"),
            HelpEntry("+ = / - _", "zoom in / out"),
        ]),
    ]
}
