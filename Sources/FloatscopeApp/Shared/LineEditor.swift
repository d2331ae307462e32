import TUICore

/// A one-line text field: text, a cursor, and a "whole text selected" state so that typing
/// right after starting an edit replaces the old value.
public struct LineEditor: Sendable, Hashable {
    /// The characters.
    public private(set) var characters: [Character]
    /// The cursor, as a character index from 0 to `characters.count`.
    public private(set) var cursor: Int
    /// Whether the whole text is selected (the next insertion or deletion replaces it).
    public private(set) var selectsAll: Bool

    /// Creates an editor with the cursor at the end.
    public init(text: String = "", selectAll: Bool = false) {
        characters = Array(text)
        cursor = characters.count
        selectsAll = selectAll && !characters.isEmpty
    }

    /// The text.
    public var text: String { String(characters) }

    /// Replaces the text and puts the cursor at the end.
    public mutating func setText(_ text: String, selectAll: Bool = false) {
        self = LineEditor(text: text, selectAll: selectAll)
    }

    /// Inserts a character at the cursor (replacing the text if it is all selected).
    public mutating func insert(_ character: Character) {
        if selectsAll { characters = []; cursor = 0; selectsAll = false }
        characters.insert(character, at: cursor)
        cursor += 1
    }

    /// Deletes the character before the cursor (or the whole selected text).
    public mutating func backspace() {
        if selectsAll { clear(); return }
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    /// Deletes the character under the cursor (or the whole selected text).
    public mutating func deleteForward() {
        if selectsAll { clear(); return }
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    /// Moves the cursor by `offset` characters, clamped.
    public mutating func move(by offset: Int) {
        selectsAll = false
        cursor = min(max(0, cursor + offset), characters.count)
    }

    /// Moves the cursor to a character index, clamped.
    public mutating func move(to index: Int) {
        selectsAll = false
        cursor = min(max(0, index), characters.count)
    }

    /// Deletes everything.
    public mutating func clear() {
        characters = []
        cursor = 0
        selectsAll = false
    }

    /// Deletes from the cursor to the end.
    public mutating func deleteToEnd() {
        selectsAll = false
        characters.removeSubrange(cursor...)
    }

    /// Applies an editing key; returns false for keys that are not editing keys.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .left: move(by: -1)
        case .right: move(by: 1)
        case .home, .character("a", modifiers: .ctrl): move(to: 0)
        case .end, .character("e", modifiers: .ctrl): move(to: characters.count)
        case .backspace, .character("h", modifiers: .ctrl): backspace()
        case .delete, .character("d", modifiers: .ctrl): deleteForward()
        case .character("u", modifiers: .ctrl): clear()
        case .character("k", modifiers: .ctrl): deleteToEnd()
        case .character(let c, modifiers: []):
            guard DisplayWidth.of(c) > 0 else { return false }
            insert(c)
        default: return false
        }
        return true
    }

    /// The part of the text visible in `width` columns and the cursor's column in it, scrolled so
    /// the cursor (which may sit just after the last character) stays visible.
    public func visible(width: Int) -> (text: String, cursorColumn: Int, firstIndex: Int) {
        guard width > 0 else { return ("", 0, 0) }
        let first = max(0, cursor - width + 1)
        let end = min(characters.count, first + width)
        return (String(characters[first..<end]), cursor - first, first)
    }
}
