import TUICore

extension LabScreen: Screen {
    /// The Lab screen's registry entry.
    public static let id = ScreenID.lab

    /// + - scale, v V view.
    public mutating func handle(_ message: Message, in area: Rect, session: inout Session) -> [Effect]? {
        guard case .key(let key) = message else { return nil }
        let views = LabView.allCases
        switch key {
        case .character("+", modifiers: []), .character("=", modifiers: []): changeScale(by: 1)
        case .character("-", modifiers: []), .character("_", modifiers: []): changeScale(by: -1)
        case .character("v", modifiers: []): show(views[(view.rawValue + 1) % views.count])
        case .character("V", modifiers: []): show(views[(view.rawValue + views.count - 1) % views.count])
        default: return nil
        }
        return []
    }

    /// Draws the gradients the first time the screen is shown.
    public mutating func refresh(session: Session) {
        load()
        language = session.language
    }

    /// Draws the screen.
    public func render(into buffer: inout CellBuffer, area: Rect, session: Session, context: RenderContext) {
        guard !area.isEmpty else { return }
        var x = area.x + 1
        x += buffer.put(Translation.text("Lab", language) + " · " + Translation.text(view.title, language), x: x, y: area.y, style: context.theme.title, clip: area, context: context)
        let viewKey = Translation.label("v: view", language)
        let keys = view == .lossScale ? "  ·  S = 2^\(scaleLog2) (+ -)  ·  \(viewKey)" : "  ·  \(viewKey)"
        buffer.put(keys, x: x, y: area.y, style: context.theme.dim, clip: area, context: context)
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        switch view {
        case .lossScale:
            if isLoaded { drawLossScale(into: &buffer, area: body, context: context) } else { drawLines([say("(drawing the gradients)", "（正在生成梯度）")], into: &buffer, area: body, context: context) }
        case .scaler: drawLines(scalerLines(rows: body.height, width: body.width), into: &buffer, area: body, context: context)
        case .master: drawLines(masterLines(height: body.height, width: body.width), into: &buffer, area: body, context: context)
        case .accumulate: drawLines(accumulationLines(), into: &buffer, area: body, context: context)
        }
    }
}
