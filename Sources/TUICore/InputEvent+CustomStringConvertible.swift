extension InputEvent: CustomStringConvertible {
    /// A short human-readable description such as "key Ctrl+C" or "mouse press 1 at 3,4".
    public var description: String {
        switch self {
        case .key(let key):
            return "key \(key)"
        case .mouse(let m):
            return "mouse \(m.kind) \(m.button) at \(m.x),\(m.y)"
        case .resize(let w, let h):
            return "resize \(w)x\(h)"
        case .tick:
            return "tick"
        case .signal(let s):
            return "signal \(s)"
        case .wake:
            return "wake"
        }
    }
}
