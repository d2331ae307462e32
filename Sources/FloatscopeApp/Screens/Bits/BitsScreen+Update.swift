import FormatCore
import TUICore

/// Input handling of the Bits screen.
extension BitsScreen {
    /// Handles a key; nil when the key is not the screen's (global keys then apply).
    mutating func handleKey(_ key: Key, in area: Rect, session: inout Session) -> [Effect]? {
        if picker != nil { return handlePickerKey(key, in: area, session: &session) }
        if isEditing { return handleEditingKey(key, session: &session) }
        switch key {
        case .up, .character("k", modifiers: []): moveFocus(by: -1, session: &session)
        case .down, .character("j", modifiers: []): moveFocus(by: 1, session: &session)
        case .left, .character("h", modifiers: []): moveBit(by: -1, session: session)
        case .right, .character("l", modifiers: []): moveBit(by: 1, session: session)
        case .home: moveBit(by: -Int.max / 2, session: session)
        case .end: moveBit(by: Int.max / 2, session: session)
        case .character(" ", modifiers: []): toggleBit(session: &session)
        case .character("+", modifiers: []), .character("=", modifiers: []): step(up: true, session: &session)
        case .character("-", modifiers: []), .character("_", modifiers: []): step(up: false, session: &session)
        case .character("r", modifiers: []):
            session.cycleRounding()
            session.show(session.language.say("rounding: ", "舍入：") + session.rounding.shortName)
        case .character("s", modifiers: []):
            session.toggleSaturation()
            session.show(session.saturationMessage)
        case .character("a", modifiers: []): picker = FormatPicker(opening: session.formats, focused: session.focusedFormat)
        case .character("d", modifiers: []): removeFocused(session: &session)
        case .character("/", modifiers: []), .character("e", modifiers: []), .enter: startEditing()
        case .character("]", modifiers: []), .pageDown: exactScroll = min(exactScroll + 1, maxExactScroll(in: area))
        case .character("[", modifiers: []), .pageUp: exactScroll = max(0, exactScroll - 1)
        default: return nil
        }
        return []
    }

    /// Keys while the input line has the focus: everything but Ctrl-C and Ctrl-L is the line's.
    mutating func handleEditingKey(_ key: Key, session: inout Session) -> [Effect]? {
        switch key {
        case .character("c", modifiers: .ctrl), .character("l", modifiers: .ctrl): return nil
        case .enter: apply(session: &session)
        case .escape: cancelEditing(session: session)
        default: _ = editor.handle(key)
        }
        return []
    }

    /// Keys while the picker is open: all of them are the picker's.
    mutating func handlePickerKey(_ key: Key, in area: Rect, session: inout Session) -> [Effect]? {
        guard var picker else { return nil }
        let page = max(1, picker.geometry(in: area).list.height - 1)
        switch key {
        case .character("c", modifiers: .ctrl), .character("l", modifiers: .ctrl): return nil
        case .up, .character("k", modifiers: []): picker.move(by: -1)
        case .down, .character("j", modifiers: []): picker.move(by: 1)
        case .pageUp: picker.move(by: -page)
        case .pageDown: picker.move(by: page)
        case .home: picker.select(0)
        case .end: picker.select(FormatPicker.entries.count - 1)
        case .character(" ", modifiers: []), .enter: toggleMembership(picker.selected, session: &session)
        case .escape, .character("a", modifiers: []), .character("q", modifiers: []):
            self.picker = nil
            return []
        default: break
        }
        self.picker = picker
        return []
    }

    /// Mouse: clicks toggle bits, focus rows and start editing; the wheel steps the value.
    mutating func handleMouse(_ event: MouseEvent, in area: Rect, session: inout Session) -> [Effect]? {
        if picker != nil { return handlePickerMouse(event, in: area, session: &session) }
        let layout = BitsLayout(area: area, screen: self)
        if presenting {
            // The big view has no rows or bits to click: the input line and the wheel only.
            switch event.kind {
            case .press where event.y != layout.input.y: return []
            case .wheelUp, .wheelDown:
                if isEditing { cancelEditing(session: session) }
                step(up: event.kind == .wheelUp, session: &session)
                return []
            default: break
            }
        }
        let row = layout.formatIndex(atY: event.y, formatCount: session.formats.count)
        switch event.kind {
        case .press where event.button == 1:
            if event.y == layout.input.y {
                if !isEditing { startEditing() }
                editor.move(to: event.x - layout.inputTextX + editor.visible(width: inputWidth(area)).firstIndex)
                return []
            }
            if isEditing { cancelEditing(session: session) }
            guard let row else { return [] }
            focusRow(row, session: &session)
            let fields = BitFields(session.formats[row])
            let offset = layout.bitsOffset(fields: fields, cursorBit: bitIndex)
            if let bit = layout.bit(atX: event.x, fields: fields, offset: offset, areaX: area.x) {
                bitIndex = bit
                bitGoal = bit
                toggleBit(session: &session)
            }
        case .wheelUp, .wheelDown:
            let up = event.kind == .wheelUp
            if event.y >= layout.detail.y && event.y < layout.detail.maxY {
                exactScroll = up ? max(0, exactScroll - 1) : min(exactScroll + 1, maxExactScroll(in: area))
                return []
            }
            if isEditing { cancelEditing(session: session) }
            if let row { focusRow(row, session: &session) }
            step(up: up, session: &session)
        default: break
        }
        return []
    }

    /// Mouse over the picker: a click on an entry adds or removes it, a click outside closes it.
    mutating func handlePickerMouse(_ event: MouseEvent, in area: Rect, session: inout Session) -> [Effect]? {
        guard var picker else { return nil }
        let geometry = picker.geometry(in: area)
        switch event.kind {
        case .press where event.button == 1:
            guard geometry.box.contains(x: event.x, y: event.y) else {
                self.picker = nil
                return []
            }
            if let index = geometry.entry(atY: event.y) {
                picker.select(index)
                toggleMembership(picker.selected, session: &session)
            }
        case .wheelUp: picker.move(by: -3)
        case .wheelDown: picker.move(by: 3)
        default: break
        }
        self.picker = picker
        return []
    }

    // MARK: - Actions

    /// Moves the focus to another row, clamped.
    mutating func moveFocus(by offset: Int, session: inout Session) {
        guard !session.formats.isEmpty else { return }
        focusRow(min(max(0, session.focus + offset), session.formats.count - 1), session: &session)
    }

    /// Focuses a row; the bit cursor goes back to its goal, clamped to the row's width.
    mutating func focusRow(_ row: Int, session: inout Session) {
        guard session.formats.indices.contains(row) else { return }
        if row != session.focus { exactScroll = 0 }
        session.focusFormat(at: row)
        bitIndex = min(bitGoal, session.formats[row].bitWidth - 1)
    }

    /// Moves the bit cursor, clamped.
    mutating func moveBit(by offset: Int, session: Session) {
        guard let format = session.focusedFormat else { return }
        bitIndex = min(max(0, bitIndex + min(max(offset, -format.bitWidth), format.bitWidth)), format.bitWidth - 1)
        bitGoal = bitIndex
    }

    /// Toggles the bit under the cursor; the focused format's new code becomes the value.
    mutating func toggleBit(session: inout Session) {
        guard let format = session.focusedFormat else { return }
        let fields = BitFields(format)
        let code = fields.toggling(bitIndex, in: BitsScreen.code(of: format, session: session))
        if case .codebook(let c) = format.kind, code >= c.levels.count {
            session.show(session.language.say("\(format.name) has no code \(format.hexCode(code))", "\(format.name) 没有编码 \(format.hexCode(code))"), tone: .warning)
            return
        }
        setSource(ValueSource(code: code, in: format), session: &session)
    }

    /// Steps the focused format to its next value up or down; that code becomes the value.
    mutating func step(up: Bool, session: inout Session) {
        guard let format = session.focusedFormat else { return }
        let code = BitsScreen.code(of: format, session: session)
        guard let next = up ? format.nextUp(code) : format.nextDown(code) else {
            session.show(session.language.say("\(format.name): no value \(up ? "above" : "below") \(format.shortestDecimal(code))",
                                              "\(format.name)：\(format.shortestDecimal(code)) \(up ? "之上" : "之下")没有值"), tone: .warning)
            return
        }
        setSource(ValueSource(code: next, in: format), session: &session)
    }

    /// Makes `source` the value.
    mutating func setSource(_ source: ValueSource, session: inout Session) {
        session.source = source
        exactScroll = 0
        inputError = nil
    }

    /// Removes the focused row (the last one stays).
    mutating func removeFocused(session: inout Session) {
        guard let format = session.focusedFormat else { return }
        guard session.formats.count > 1 else {
            session.show(session.language.say("\(format.name) is the last format: add another with a first", "\(format.name) 是最后一个格式：先用 a 添加另一个"), tone: .warning)
            return
        }
        _ = session.removeFormat(at: session.focus)
        focusRow(session.focus, session: &session)
        exactScroll = 0
        session.show(session.language.say("removed \(format.name) (a adds formats)", "已移除 \(format.name)（a 添加格式）"))
    }

    /// Adds a format at the end, or removes it if shown.
    mutating func toggleMembership(_ format: Format, session: inout Session) {
        if let index = session.formats.firstIndex(of: format) {
            guard session.formats.count > 1 else {
                session.show(session.language.say("\(format.name) is the last format: add another first", "\(format.name) 是最后一个格式：先添加另一个"), tone: .warning)
                return
            }
            let before = session.focus
            _ = session.removeFormat(at: index)
            if session.focus != before || index == before { exactScroll = 0 }
            focusRow(session.focus, session: &session)
            session.show(session.language.say("removed ", "已移除 ") + format.name)
        } else {
            session.addFormat(format)
            session.show(session.language.say("added ", "已添加 ") + format.name)
        }
    }

    /// Gives the keys to the input line, the old text selected so typing replaces it.
    mutating func startEditing() {
        isEditing = true
        editor.setText(editor.text, selectAll: true)
    }

    /// Leaves the input line, restoring the current value's text.
    mutating func cancelEditing(session: Session) {
        isEditing = false
        inputError = nil
        editor.setText(session.source.text)
    }

    /// Reads the input line; on success the value changes, on failure an error shows under it.
    mutating func apply(session: inout Session) {
        let text = editor.text.trimmingSpaces()
        do {
            let parsed = try ValueParser.parse(text, context: session.focusedFormat)
            setSource(ValueSource(parsed: parsed, text: text), session: &session)
            isEditing = false
            editor.setText(text)
        } catch {
            inputError = session.language.say("cannot read '\(text)': ", "无法读取 '\(text)'：") + error.reason
        }
    }

    /// How far the exact decimal can scroll in `area`.
    func maxExactScroll(in area: Rect) -> Int {
        let layout = BitsLayout(area: area, screen: self)
        let plan = detailPlan(layout.detail, theme: .monochrome, ascii: false)
        return max(0, plan.exactChunks.count - plan.exactRows)
    }

    /// Columns available for the input text.
    func inputWidth(_ area: Rect) -> Int {
        max(1, area.width - (BitsLayout.inputLabel.count + 2) - 1)
    }
}
