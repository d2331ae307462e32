import TUICore

extension NF4Screen: Screen {
    /// The NF4 screen's registry entry.
    public static let id = ScreenID.nf4

    /// `n` / `N` (or arrows) pick the quantiser drawn, `i` toggles the construction, `d` the data.
    public mutating func handle(_ message: Message, in area: Rect, session: inout Session) -> [Effect]? {
        guard case .key(let key) = message else { return nil }
        let count = Quantizer.all.count
        switch key {
        case .character("n", modifiers: []), .right, .character("l", modifiers: []): selected = (selected + 1) % count
        case .character("N", modifiers: []), .left, .character("h", modifiers: []): selected = (selected + count - 1) % count
        case .character("i", modifiers: []): showsConstruction.toggle()
        case .character("d", modifiers: []):
            guard session.tensorData != nil else {
                session.show("no tensor data: on the Model screen (7), u takes the selected tensor", tone: .warning)
                return []
            }
            usesTensor.toggle()
            refresh(session: session)
            session.show(usesTensor ? "bins of \(dataTitle) in blocks of \(Quantizer.blockSize)" : "bins of N(0,1) samples (seed \(Quantizer.seed))")
        default: return nil
        }
        return []
    }

    /// Measures the quantisers on the session's tensor data when it is chosen and new.
    public mutating func refresh(session: Session) {
        guard usesTensor, let tensor = session.tensorData, tensor != measuredTensor else { return }
        measuredTensor = tensor
        tensorQuantizers = Quantizer.measured(on: tensor)
    }

    /// Draws the screen.
    public func render(into buffer: inout CellBuffer, area: Rect, session: Session, context: RenderContext) {
        guard !area.isEmpty else { return }
        draw(into: &buffer, area: area, tensorData: session.tensorData != nil, context: context)
    }
}
