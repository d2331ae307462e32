import FormatCore
import TUICore

/// The Bits screen: one value in many formats, bit by bit.
///
/// State only; input handling is in `BitsScreen+Update.swift`, drawing in `BitsScreen+Render.swift`.
public struct BitsScreen: Sendable, Equatable {
    /// The language of the labels (the session's, taken at each refresh).
    public internal(set) var language: Language = .en
    /// The bit under the cursor in the focused row (0 = most significant).
    public internal(set) var bitIndex: Int = 0
    /// The bit the cursor was last moved to, which it returns to when a wider format is focused
    /// (like an editor's goal column).
    public internal(set) var bitGoal: Int = 0
    /// The input line.
    public internal(set) var editor: LineEditor
    /// Whether keys go to the input line.
    public internal(set) var isEditing = false
    /// Why the last entry was not accepted.
    public internal(set) var inputError: String?
    /// Lines of the focused row's exact decimal scrolled off.
    public internal(set) var exactScroll = 0
    /// The format picker, when open.
    public internal(set) var picker: FormatPicker?
    /// Precomputed text.
    public internal(set) var facts = BitsFacts()
    /// Presenter mode (set by the app): the focused format's value and bits in big glyphs.
    public internal(set) var presenting = false

    /// The formats shown when none are given.
    public static let defaultFormats: [Format] = [.fp32, .tf32, .bf16, .fp16, .e4m3fn, .e5m2, .e2m1fn, .int(8), .nf4]

    /// Creates the screen for a session.
    /// The screen's rows are the session's formats (`Session.formats`, the one list every screen
    /// follows); the screen keeps only its cursor, input line and derived text.
    public init(session: Session) {
        editor = LineEditor(text: session.source.text)
        facts.update(formats: session.formats, focus: session.focus, session: session)
    }

    /// The code a format's row shows: the source code in the source format, else the conversion.
    public static func code(of format: Format, session: Session) -> UInt64 {
        if let code = session.source.code(in: format) { return code }
        return format.encode(session.source.value, rounding: session.rounding, overflow: session.overflow).code
    }

    /// The keys of this screen, for the help overlay.
    public static let help: [HelpSection] = [
        HelpSection("Bits screen", [
            HelpEntry("↑ ↓ k j", "focus a format"),
            HelpEntry("← → h l", "move over the bits"),
            HelpEntry("Home End", "first / last bit"),
            HelpEntry("space", "toggle bit; row = source"),
            HelpEntry("+ = / - _", "next / previous value"),
            HelpEntry("r", "cycle rounding mode"),
            HelpEntry("s", "saturation on / off"),
            HelpEntry("a", "format picker"),
            HelpEntry("d", "remove focused format"),
            HelpEntry("/ e Enter", "type a value"),
            HelpEntry("[ ] PgUp/Dn", "scroll exact decimal"),
        ]),
        HelpSection("Typing a value", [
            HelpEntry("Enter", "apply (bad input: error)"),
            HelpEntry("Esc", "cancel"),
            HelpEntry("← → ^A ^E", "move (Home End too)"),
            HelpEntry("^U ^K", "clear / clear to end"),
        ]),
        HelpSection("Format picker", [
            HelpEntry("↑ ↓", "move"),
            HelpEntry("space Enter", "add or remove"),
            HelpEntry("Esc a", "close"),
        ]),
        HelpSection("Mouse", [
            HelpEntry("click bit", "toggle it"),
            HelpEntry("click row", "focus it"),
            HelpEntry("wheel", "step the value"),
            HelpEntry("click value", "edit it"),
        ]),
    ]
}
