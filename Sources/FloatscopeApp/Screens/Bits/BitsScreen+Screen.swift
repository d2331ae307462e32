import TUICore

extension BitsScreen: Screen {
    /// The Bits screen's registry entry.
    public static let id = ScreenID.bits

    /// Handles keys and mouse events; other messages are not the screen's.
    public mutating func handle(_ message: Message, in area: Rect, session: inout Session) -> [Effect]? {
        switch message {
        case .key(let key): return handleKey(key, in: area, session: &session)
        case .mouse(let event): return handleMouse(event, in: area, session: &session)
        default: return nil
        }
    }

    /// Recomputes the rows and detail when the value, rounding, formats or focus changed, and
    /// shows the value's text in the input line when it is not being edited.
    public mutating func refresh(session: Session) {
        if let format = session.focusedFormat { bitIndex = min(max(0, bitIndex), format.bitWidth - 1) }
        if !isEditing && editor.text != session.source.text { editor.setText(session.source.text) }
        facts.update(formats: session.formats, focus: session.focus, session: session)
        language = session.language
    }

    /// Draws the screen (in presenter mode its big view).
    public func render(into buffer: inout CellBuffer, area: Rect, session: Session, context: RenderContext) {
        if presenting {
            drawPresenter(into: &buffer, area: area, session: session, context: context)
        } else {
            draw(into: &buffer, area: area, session: session, context: context)
        }
    }

    /// The input line's cursor while editing.
    public func cursor(in area: Rect, session: Session) -> Position? {
        cursorPosition(in: area)
    }
}
