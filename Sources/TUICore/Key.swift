/// A key press.
public enum Key: Sendable, Hashable {
    /// A printable character, possibly with Ctrl/Alt. Ctrl+letter is the lower-case letter with `.ctrl`.
    case character(Character, modifiers: KeyModifiers = [])
    /// Enter / Return.
    case enter
    /// Escape (on its own, not as part of a sequence).
    case escape
    /// Backspace.
    case backspace
    /// Delete (forward delete).
    case delete
    /// Tab.
    case tab
    /// Shift+Tab.
    case backTab
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Insert.
    case insert
    /// Function key F`n` (1-based).
    case function(Int)

    /// A plain character key.
    public static func char(_ c: Character) -> Key { .character(c, modifiers: []) }

    /// Ctrl plus a character (give the lower-case letter).
    public static func ctrl(_ c: Character) -> Key { .character(c, modifiers: .ctrl) }

    /// Alt plus a character.
    public static func alt(_ c: Character) -> Key { .character(c, modifiers: .alt) }
}
