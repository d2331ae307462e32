import TUICore

extension RangeScreen: Screen {
    /// The Range screen's registry entry.
    public static let id = ScreenID.range

    /// `c` compares fp16 with bf16, `p` / `P` cycle the groups, `b` shows the Bits screen's formats.
    public mutating func handle(_ message: Message, in area: Rect, session: inout Session) -> [Effect]? {
        guard case .key(let key) = message else { return nil }
        let count = RangeGroup.presets.count + 1
        switch key {
        case .character("c", modifiers: []): groupIndex = -1
        case .character("p", modifiers: []): groupIndex = (max(0, groupIndex) + 1) % count
        case .character("P", modifiers: []): groupIndex = (max(0, groupIndex) + count - 1) % count
        case .character("b", modifiers: []): groupIndex = 0
        default: return nil
        }
        session.show(session.language.say("range: ", "范围：") + Translation.text(group(session).name, session.language))
        return []
    }

    /// Draws the screen.
    public func render(into buffer: inout CellBuffer, area: Rect, session: Session, context: RenderContext) {
        guard !area.isEmpty else { return }
        let group = group(session)
        RangeChart(formats: group.formats, title: group.name, session: session).render(into: &buffer, area: area, context: context)
    }
}
