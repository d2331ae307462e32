import TUICore

/// The app's pure core: `update(model, message) -> (model, effects)` and `view(model) -> cells`.
public enum App {
    /// Applies a message to a model. Deterministic: no clocks, no I/O; effects say what to do next.
    public static func update(_ model: AppModel, _ message: Message) -> (AppModel, [Effect]) {
        var next = model
        let effects = next.apply(message)
        return (next, effects)
    }

    /// The frame for a model, the size of the model's terminal.
    public static func view(_ model: AppModel, context: RenderContext) -> CellBuffer {
        AppView(model: model).rendered(width: model.size.width, height: model.size.height, context: context)
    }

    /// Where the terminal cursor goes (the input line while typing), or nil to hide it.
    public static func cursor(_ model: AppModel) -> Position? {
        guard !model.isTooSmall, model.helpScroll == nil else { return nil }
        return model.screens[model.active].cursor(in: model.screenArea, session: model.session)
    }
}
