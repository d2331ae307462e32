import TUICore

extension Message {
    /// The message for a terminal event; nil for `.signal`, which the runner handles itself.
    public init?(_ event: InputEvent) {
        switch event {
        case .key(let key): self = .key(key)
        case .mouse(let mouse): self = .mouse(mouse)
        case .resize(let width, let height): self = .resize(Size(width: width, height: height))
        case .tick: self = .tick
        case .signal, .wake: return nil
        }
    }

    /// The messages for a terminal event, in order; none for `.signal`.
    ///
    /// The app binds nothing to Alt, and a terminal sends Alt+key as ESC then the key, so a quick
    /// Esc then q (within curses' escape delay) arrives as Alt+q: it is read as what was typed, Esc
    /// (cancel or close) and then q, instead of a key nothing answers.
    public static func messages(for event: InputEvent) -> [Message] {
        if case .key(.character(let c, let modifiers)) = event, modifiers.contains(.alt) {
            return [.key(.escape), .key(.character(c, modifiers: modifiers.subtracting(.alt)))]
        }
        return Message(event).map { [$0] } ?? []
    }
}
