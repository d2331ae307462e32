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
                session.show(Translation.text("no tensor data: on the Model screen (7), u takes the selected tensor", session.language), tone: .warning)
                return []
            }
            usesTensor.toggle()
            refresh(session: session)
            let language = session.language
            session.show(usesTensor
                ? language.say("bins of \(dataTitle(language)) in blocks of \(Quantizer.blockSize)", "\(dataTitle(language))的分箱，每块 \(Quantizer.blockSize) 个")
                : language.say("bins of N(0,1) samples (seed \(Quantizer.seed))", "N(0,1) 样本的分箱（种子 \(Quantizer.seed)）"))
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
        draw(into: &buffer, area: area, tensorData: session.tensorData != nil, context: context, language: session.language)
    }
}
