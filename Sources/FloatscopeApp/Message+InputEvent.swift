import TUICore

extension Message {
    /// The message for a terminal event; nil for `.signal`, which the runner handles itself.
    public init?(_ event: InputEvent) {
        switch event {
        case .key(let key): self = .key(key)
        case .mouse(let mouse): self = .mouse(mouse)
        case .resize(let width, let height): self = .resize(Size(width: width, height: height))
        case .tick: self = .tick
        case .signal: return nil
        }
    }
}
