import FormatCore
import TUICore

/// Input handling of the Values screen.
extension ValuesScreen {
    /// Handles a key; nil when it is not the screen's.
    mutating func handleKey(_ key: Key, in area: Rect, session: inout Session) -> [Effect]? {
        switch key {
        case .character("f", modifiers: []): cycleFormat(by: 1, session: session)
        case .character("F", modifiers: []): cycleFormat(by: -1, session: session)
        case .enter:
            session.source = ValueSource(code: cursor, in: format)
            followed = session.source
            session.show(session.language.say("value: ", "数值：") + "\(format.name) \(format.hexCode(cursor)) = \(format.shortestDecimal(cursor))", tone: .ok)
        case .character("v", modifiers: []):
            followed = nil
            refresh(session: session)
        default:
            return isGrid ? handleGridKey(key, columns: GridLayout(format: format, area: area, cursor: cursor).columns) : handleLineKey(key)
        }
        return []
    }

    /// Arrows move over the cells, wrapping by rows.
    mutating func handleGridKey(_ key: Key, columns: Int) -> [Effect]? {
        let count = Int(format.codeCount ?? 1)
        var index = Int(cursor)
        switch key {
        case .left, .character("h", modifiers: []): index -= 1
        case .right, .character("l", modifiers: []): index += 1
        case .up, .character("k", modifiers: []): index -= columns
        case .down, .character("j", modifiers: []): index += columns
        case .home: index = 0
        case .end: index = count - 1
        default: return nil
        }
        cursor = UInt64((index % count + count) % count)
        return []
    }

    /// Arrows step the centre value, pages pan, `+` / `-` zoom.
    mutating func handleLineKey(_ key: Key) -> [Effect]? {
        switch key {
        case .left, .character("h", modifiers: []): step(by: -1)
        case .right, .character("l", modifiers: []): step(by: 1)
        case .pageUp: step(by: -max(1, ticks / 2))
        case .pageDown: step(by: max(1, ticks / 2))
        case .character("+", modifiers: []), .character("=", modifiers: []): zoom(by: -1)
        case .character("-", modifiers: []), .character("_", modifiers: []): zoom(by: 1)
        default: return nil
        }
        return []
    }

    /// Moves the centre by `count` representable values (stopping at the ends).
    mutating func step(by count: Int) {
        for _ in 0..<abs(count) {
            guard let next = count > 0 ? format.nextUp(cursor) : format.nextDown(cursor) else { break }
            cursor = next
        }
    }

    /// Shows fewer (negative) or more (positive) ticks.
    mutating func zoom(by steps: Int) {
        let levels = ValuesScreen.zoomLevels
        let i = levels.firstIndex(of: ticks) ?? 2
        ticks = levels[min(max(0, i + steps), levels.count - 1)]
    }

    /// Shows the next format of the list; the cursor goes to the shared value in it.
    mutating func cycleFormat(by offset: Int, session: Session) {
        let formats = session.formats
        guard !formats.isEmpty else { return }
        let i = formats.firstIndex(of: format) ?? 0
        format = formats[((i + offset) % formats.count + formats.count) % formats.count]
        followsBits = false
        followed = nil
        refresh(session: session)
    }
}
