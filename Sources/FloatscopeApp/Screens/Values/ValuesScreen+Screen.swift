import TUICore

extension ValuesScreen: Screen {
    /// The Values screen's registry entry.
    public static let id = ScreenID.values

    /// Handles keys; mouse and other messages are not the screen's.
    public mutating func handle(_ message: Message, in area: Rect, session: inout Session) -> [Effect]? {
        guard case .key(let key) = message else { return nil }
        return handleKey(key, in: area, session: &session)
    }

    /// Puts the cursor on the shared value when that changed.
    public mutating func refresh(session: Session) {
        follow(session)
        guard followed != session.source else { return }
        followed = session.source
        cursor = BitsScreen.code(of: format, session: session)
    }

    /// Draws the screen.
    public func render(into buffer: inout CellBuffer, area: Rect, session: Session, context: RenderContext) {
        guard !area.isEmpty else { return }
        let language = session.language
        if isGrid {
            drawGrid(into: &buffer, area: area, context: context, language: language)
        } else {
            drawNumberLine(into: &buffer, area: area, context: context, language: language)
        }
    }
}
