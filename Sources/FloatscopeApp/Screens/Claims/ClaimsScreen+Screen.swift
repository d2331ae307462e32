import Claims
import TUICore

extension ClaimsScreen: Screen {
    /// The Claims screen's registry entry.
    public static let id = ScreenID.claims

    /// `↓` / `j` and `↑` / `k` choose the claim, `l` switches between English and Chinese.
    public mutating func handle(_ message: Message, in area: Rect, session: inout Session) -> [Effect]? {
        guard case .key(let key) = message else { return nil }
        let count = Self.checks.count
        switch key {
        case .down, .character("j", modifiers: []): selected = min(selected + 1, max(count - 1, 0))
        case .up, .character("k", modifiers: []): selected = max(selected - 1, 0)
        case .character("l", modifiers: []): language = language == .en ? .zh : .en
        default: return nil
        }
        return []
    }

    /// Draws the screen.
    public func render(into buffer: inout CellBuffer, area: Rect, session: Session, context: RenderContext) {
        guard !area.isEmpty else { return }
        draw(into: &buffer, area: area, context: context)
    }
}
