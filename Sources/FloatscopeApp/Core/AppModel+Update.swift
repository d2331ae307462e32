import TUICore

/// The update logic behind `App.update`.
extension AppModel {
    /// Applies a message; returns the effects to run.
    mutating func apply(_ message: Message) -> [Effect] {
        var effects: [Effect] = []
        switch message {
        case .resize(let newSize):
            size = newSize
        case .tick:
            if var flash = session.flash {
                flash.ticksLeft -= 1
                session.flash = flash.ticksLeft > 0 ? flash : nil
            }
        case .key(let key):
            effects = handleKey(key)
        case .mouse(let event):
            effects = handleMouse(event)
        case .sweepProgress, .sweepFigures, .sweepFinished:
            if let (text, tone) = screens.sweep.receive(message, language: session.language) { session.show(text, tone: tone) }
        case .exported(let text, let failed):
            session.show(text, tone: failed ? .error : .ok)
        case .tensorDataRead(_, let data, let problem):
            if let data {
                session.tensorData = data
                session.show(ModelScreen.dataMessage(data, session.language), tone: data.isCut ? .warning : .ok)
            } else {
                session.show(problem ?? session.language.say("the tensor could not be read", "无法读取该张量"), tone: .error)
            }
        case .launched:
            effects = startEffects
            startEffects = []
        case .modelProgress, .modelTensor, .modelFinished:
            if let (text, tone) = screens.model.receive(message) { session.show(text, tone: tone) }
        case .modelOpened(let handle, let problem):
            if let handle {
                if let running = screens.model.run, !running.ended { effects.append(.cancelModelMeasurement(running.id)) }
                screens.model.open(handle)
                session.show(ModelScreen.openedMessage(handle, session.language))
            } else {
                session.show(ModelScreen.openFailedMessage(problem, session.language), tone: .error)
            }
        }
        if active == .model, let request = screens.model.startIfNeeded() {
            effects.append(.startModelMeasurement(request))
        }
        screens.refresh(active, session: session)
        return effects
    }

    /// Keys go to the help overlay when open, else to the screen, then to the global keys.
    mutating func handleKey(_ key: Key) -> [Effect] {
        if helpScroll != nil { return handleHelpKey(key) }
        if lessonMenu != nil { return handleLessonMenuKey(key) }
        let editing = screens[active].cursor(in: screenArea, session: session) != nil
        if !editing, let handled = handleLessonKey(key) { return handled }
        let handled = screens.handle(.key(key), on: active, in: screenArea, session: &session)
        if let handled { return handled }
        return handleGlobalKey(key)
    }

    /// Tab, Shift-Tab and numbers switch screens; `?` help; `x` exports; `P` (or F5, where a screen
    /// uses `P`) turns presenter mode on and off; `q` quits; Ctrl-C quits
    /// with 130. Esc means cancel or close everywhere, so on a main screen it does not quit: it
    /// says how to.
    mutating func handleGlobalKey(_ key: Key) -> [Effect] {
        switch key {
        case .tab: switchScreen(to: active.next)
        case .backTab: switchScreen(to: active.previous)
        case .character(let c, modifiers: []) where c.isASCII && c.isNumber:
            if let digit = c.wholeNumberValue, let screen = ScreenID(rawValue: digit) {
                switchScreen(to: screen)
            } else {
                let screens = ScreenID.allCases.map { "\($0.number) \(Translation.text($0.title, session.language))" }.joined(separator: ", ")
                session.show(session.language.say("no screen \(c): the screens are \(screens)", "没有画面 \(c)：画面有 \(screens)"), tone: .warning)
            }
        case .character("?", modifiers: []): helpScroll = 0
        case .character("L", modifiers: []): lessonMenu = LessonCatalog.all.firstIndex { $0.name == lesson?.lesson.name } ?? 0
        case .character("P", modifiers: []), .function(5): togglePresenting()
        case .character("x", modifiers: []):
            return [.export(name: active.title.lowercased())]
        case .character("q", modifiers: []): return [.quit(status: 0)]
        case .escape: session.show(session.language.say("nothing to cancel here: q quits", "这里没有可取消的：q 退出"))
        case .character("c", modifiers: .ctrl): return [.quit(status: 130)]
        case .character("l", modifiers: .ctrl): return [.repaint]
        default: break
        }
        return []
    }

    /// Turns presenter mode on or off (the Bits screen draws its big view while it is on).
    mutating func togglePresenting() {
        presenting.toggle()
        screens.bits.presenting = presenting
        session.show(presenting ? session.language.say("presenter mode: P or F5 leaves it", "演示模式：按 P 或 F5 退出")
                                : session.language.say("presenter mode off", "演示模式已关闭"))
    }

    /// In the help: arrows and pages scroll, Ctrl-C quits, any other key closes it.
    mutating func handleHelpKey(_ key: Key) -> [Effect] {
        switch key {
        case .up, .character("k", modifiers: []): helpScroll = max(0, (helpScroll ?? 0) - 1)
        case .down, .character("j", modifiers: []): helpScroll = min((helpScroll ?? 0) + 1, maxHelpScroll)
        case .pageUp: helpScroll = max(0, (helpScroll ?? 0) - 10)
        case .pageDown: helpScroll = min((helpScroll ?? 0) + 10, maxHelpScroll)
        case .character("c", modifiers: .ctrl): return [.quit(status: 130)]
        case .character("l", modifiers: .ctrl): return [.repaint]
        default: helpScroll = nil
        }
        return []
    }

    /// Mouse: a click closes the help, the wheel scrolls it; otherwise the screen gets it.
    mutating func handleMouse(_ event: MouseEvent) -> [Effect] {
        guard !isTooSmall else { return [] }
        if helpScroll != nil {
            switch event.kind {
            case .press: helpScroll = nil
            case .wheelUp: helpScroll = max(0, (helpScroll ?? 0) - 1)
            case .wheelDown: helpScroll = min((helpScroll ?? 0) + 1, maxHelpScroll)
            case .release: break
            }
            return []
        }
        if !presenting, event.y == 0, event.kind == .press, let screen = titleBarScreen(atX: event.x) {
            switchScreen(to: screen)
            return []
        }
        let effects = screens.handle(.mouse(event), on: active, in: screenArea, session: &session) ?? []
        return effects
    }

    /// Shows another screen.
    mutating func switchScreen(to screen: ScreenID) {
        if screen == active && ScreenID.allCases.count == 1 {
            session.show("\(screen.number) \(screen.title) is the only screen so far")
        }
        active = screen
    }

    /// The largest useful help scroll at the current size.
    var maxHelpScroll: Int {
        HelpOverlay(sections: Translation.sections(ScreenStates.help(for: active), language), language: language).maxScroll(in: Rect(size: size), unicode: true)
    }

    /// The screen whose tab is drawn at column `x` of the title bar.
    func titleBarScreen(atX x: Int) -> ScreenID? {
        TitleBar.tabs(active: active, width: size.width, sweeping: screens.sweep.run != nil, language: language).first { x >= $0.x && x < $0.x + $0.width }?.screen
    }
}
