import TUICore

extension NF4Screen: Screen {
    /// The NF4 screen's registry entry.
    public static let id = ScreenID.nf4

    /// `n` / `N` (or arrows) pick the quantiser drawn, `i` toggles the construction.
    public mutating func handle(_ message: Message, in area: Rect, session: inout Session) -> [Effect]? {
        guard case .key(let key) = message else { return nil }
        let count = Quantizer.all.count
        switch key {
        case .character("n", modifiers: []), .right, .character("l", modifiers: []): selected = (selected + 1) % count
        case .character("N", modifiers: []), .left, .character("h", modifiers: []): selected = (selected + count - 1) % count
        case .character("i", modifiers: []): showsConstruction.toggle()
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
