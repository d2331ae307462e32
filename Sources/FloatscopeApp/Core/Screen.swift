import TUICore

/// One screen of the app: its own state, how it reacts to input, and how it draws itself.
///
/// Screens share the `Session` (value, rounding, overflow, status message). Keys a screen
/// does not use (it returns nil) fall through to the app's global keys: Tab, Shift-Tab and the
/// number keys switch screens, `?` opens the help, `q` quits (Esc only cancels or closes).
public protocol Screen: Sendable, Equatable {
    /// The screen's entry in the registry.
    static var id: ScreenID { get }

    /// The keys this screen uses, for the help overlay.
    static var help: [HelpSection] { get }

    /// The screen's own texts (help, labels) in Simplified Chinese, English to Chinese; looked up
    /// through `Translation`, which merges every screen's table with the shared one.
    static var chinese: [String: String] { get }

    /// Handles a key or mouse message inside `area` (the screen's part of the terminal).
    ///
    /// Returns the effects to run, or nil when the screen does not use the message.
    mutating func handle(_ message: Message, in area: Rect, session: inout Session) -> [Effect]?

    /// Brings derived data (precomputed text) up to date with the session. Called after every
    /// update of the active screen, so it must be cheap when nothing changed.
    mutating func refresh(session: Session)

    /// Draws the screen into `area`. Pure: depends only on its arguments.
    func render(into buffer: inout CellBuffer, area: Rect, session: Session, context: RenderContext)

    /// Where the terminal cursor goes (when text is being edited), or nil to hide it.
    func cursor(in area: Rect, session: Session) -> Position?
}

extension Screen {
    /// A screen whose text does not depend on the session has nothing to refresh.
    public mutating func refresh(session: Session) {}

    /// A screen that edits no text hides the cursor.
    public func cursor(in area: Rect, session: Session) -> Position? { nil }
}
