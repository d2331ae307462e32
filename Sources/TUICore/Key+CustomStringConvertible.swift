extension Key: CustomStringConvertible {
    /// A short human-readable name such as "q", "Ctrl+C", "Alt+x", "Enter" or "F5".
    public var description: String {
        switch self {
        case .character(let c, let modifiers):
            var name = c == " " ? "Space" : String(c)
            if modifiers.contains(.ctrl) { name = "Ctrl+" + name.uppercased() }
            if modifiers.contains(.alt) { name = "Alt+" + name }
            return name
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .tab: return "Tab"
        case .backTab: return "Shift+Tab"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PageUp"
        case .pageDown: return "PageDown"
        case .insert: return "Insert"
        case .function(let n): return "F\(n)"
        }
    }
}
