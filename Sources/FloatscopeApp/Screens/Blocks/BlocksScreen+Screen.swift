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
        case .character("]", modifiers: []), .pageDown:
            let blocks = blockCount(tensor: session.tensorData)
            block = (min(block, blocks - 1) + 1) % blocks
        case .character("[", modifiers: []), .pageUp:
            let blocks = blockCount(tensor: session.tensorData)
            block = (min(block, blocks - 1) + blocks - 1) % blocks
        case .character("d", modifiers: []):
            let choices = BlockSample.all.count + (session.tensorData == nil ? 0 : 1)
            sample = (min(sample, choices - 1) + 1) % choices
            block = min(block, blockCount(tensor: session.tensorData) - 1)
            if let tensor = session.tensorData, showsTensor(tensor) {
                let count = blockCount(tensor: tensor)
                session.show(session.language == .zh ? "数据：\(tensor.title(.zh))，前 \(count) 块"
                             : "data: \(tensor.title), its first \(count) block\(count == 1 ? "" : "s")")
            }
        default: return nil
        }
        return []
    }

    /// Draws the screen.
    public func render(into buffer: inout CellBuffer, area: Rect, session: Session, context: RenderContext) {
        guard !area.isEmpty else { return }
        draw(into: &buffer, area: area, tensor: session.tensorData, language: session.language, context: context)
    }
}
