import TUICore

extension BlocksScreen: Screen {
    /// The Blocks screen's registry entry.
    public static let id = ScreenID.blocks

    /// f/F format, arrows element, [ ] block, d data.
    public mutating func handle(_ message: Message, in area: Rect, session: inout Session) -> [Effect]? {
        guard case .key(let key) = message else { return nil }
        let formats = Self.specs.count
        let size = codec.layout.valuesPerBlock
        switch key {
        case .character("f", modifiers: []): format = (format + 1) % formats; element = min(element, codec.layout.valuesPerBlock - 1)
        case .character("F", modifiers: []): format = (format + formats - 1) % formats; element = min(element, codec.layout.valuesPerBlock - 1)
        case .right, .character("l", modifiers: []): element = (element + 1) % size
        case .left, .character("h", modifiers: []): element = (element + size - 1) % size
        case .character("]", modifiers: []), .pageDown: block = (block + 1) % Self.blocks
        case .character("[", modifiers: []), .pageUp: block = (block + Self.blocks - 1) % Self.blocks
        case .character("d", modifiers: []): sample = (sample + 1) % BlockSample.all.count
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
