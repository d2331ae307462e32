import Glibc
import TUICore
import _CNCursesW

/// A `TerminalBackend` drawing on the real terminal with ncursesw.
///
/// Only one instance may be active at a time (curses has global state). Call
/// `restore()` before exiting or printing to the normal screen; it is idempotent and
/// also runs on deinit. SIGINT, SIGTERM and SIGHUP only set a flag: `readEvent`
/// returns `.signal(n)` and the caller restores and exits with `128 + n`.
public final class NCursesBackend: TerminalBackend {
    /// True when the user's locale is UTF-8: use `Glyphs.unicode`, otherwise `Glyphs.ascii`.
    public let unicode: Bool
    /// The colour capability in use (`.noColor`, `.ansi8` or `.ansi256`; curses has no true colour here).
    public let colorMode: ColorMode

    private var screen: OpaquePointer?
    private let hasDefaultColors: Bool
    private var pairs: [ColorPairKey: Int32] = [:]
    private var nextPair: Int32 = 1
    private var cursorShown: Bool?
    private var needsClear = false
    /// Mouse buttons reported pressed and not yet released.
    private var buttonsDown: Set<Int> = []
    /// Events decoded but not yet returned (a release whose press curses swallowed).
    private var queuedEvents: [InputEvent] = []
    /// Wakes `readEvent` from other threads and from the signal handler (nil if no pipe could be made).
    private let wakePipe = WakePipe()

    /// The glyph set matching the locale.
    public var glyphs: Glyphs { unicode ? .unicode : .ascii }

    /// A render context matching this terminal (glyphs, colour mode and standard theme).
    public var renderContext: RenderContext { RenderContext(glyphs: glyphs, colorMode: colorMode) }

    /// True until `restore()` has run.
    public var isActive: Bool { screen != nil }

    /// The exit status for a process ended by `signal`: 128 + the signal number.
    public static func exitStatus(forSignal signal: Int32) -> Int32 { 128 + signal }

    /// Checks the environment, then takes over the terminal.
    ///
    /// Nothing is written to the terminal unless stdin and stdout are TTYs and TERM is
    /// set, not "dumb" and known to terminfo; otherwise the matching error is thrown.
    public init(options: NCursesOptions = NCursesOptions()) throws(NCursesBackendError) {
        guard isatty(0) == 1 && isatty(1) == 1 else { throw .notATerminal }
        guard let rawTerm = getenv("TERM"), rawTerm.pointee != 0 else { throw .termNotSet }
        let term = String(cString: rawTerm)
        guard term != "dumb" else { throw .dumbTerminal }

        setlocale(LC_ALL, "")
        let localeIsUTF8 = cncw_codeset_is_utf8() != 0
        if !localeIsUTF8 {
            // Keep the wide-character API working; the app should still draw ASCII.
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        unicode = localeIsUTF8

        cncw_unblock_signals()
        cncw_set_pending_signal(0)
        cncw_set_wake_fd(wakePipe?.writeEnd ?? -1)
        cncw_install_signal_handlers()

        guard let screen = newterm(nil, cncw_stdout(), cncw_stdin()) else {
            cncw_reset_signal_handlers()
            cncw_set_wake_fd(-1)
            throw .unknownTerminal(term)
        }
        self.screen = screen
        set_term(screen)

        if options.rawMode { raw() } else { cbreak() }
        noecho()
        nonl()
        let win = cncw_stdscr()
        keypad(win, true)
        set_escdelay(Int32(options.escapeDelay))
        curs_set(0)
        cursorShown = false

        var mode = ColorMode.noColor
        var defaults = false
        if !options.noColor && has_colors() {
            start_color()
            defaults = use_default_colors() == OK
            let colors = cncw_colors()
            mode = colors >= 256 ? .ansi256 : (colors >= 8 ? .ansi8 : .noColor)
        }
        colorMode = mode
        hasDefaultColors = defaults

        if options.mouse {
            mousemask(cncw_default_mouse_mask(), nil)
            mouseinterval(0)
        }
    }

    deinit {
        restore()
    }

    /// Gives the terminal back: mouse reporting off, cursor visible, `endwin`, signal
    /// handlers reset to default. Safe to call more than once.
    public func restore() {
        guard let screen else { return }
        mousemask(0, nil)
        curs_set(1)
        endwin()
        delscreen(screen)
        self.screen = nil
        cncw_reset_signal_handlers()
        cncw_set_wake_fd(-1)
    }

    /// Makes a waiting `readEvent` return `.wake` (callable from any thread).
    public var waker: (@Sendable () -> Void)? {
        guard let pipe = wakePipe else { return nil }
        return { pipe.wake() }
    }

    // MARK: - TerminalBackend

    /// The current terminal size in cells.
    public var size: Size {
        guard screen != nil else { return Size(width: 0, height: 0) }
        let win = cncw_stdscr()
        return Size(width: Int(getmaxx(win)), height: Int(getmaxy(win)))
    }

    /// Draws the changed cells with the wide-character API and positions the cursor.
    public func apply(changes: [CellChange], cursor: Position?) {
        guard screen != nil else { return }
        let win = cncw_stdscr()
        if needsClear {
            clearok(win, true)
            needsClear = false
        }
        let maxScalars = Int(cncw_ccharw_max()) - 1
        var wide = [wchar_t](repeating: 0, count: maxScalars + 1)
        for change in changes {
            guard let character = change.cell.character else { continue }
            var count = 0
            for scalar in character.unicodeScalars {
                guard count < maxScalars else { break }
                wide[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            if count == 0 || wide[0] < 0x20 {
                wide[0] = 0x20
                count = 1
            }
            wide[count] = 0
            let (attributes, pair) = cursesAttributes(for: change.cell.style)
            _ = cncw_put_cell(Int32(change.y), Int32(change.x), wide, attributes, pair)
        }
        if let cursor {
            showCursor(true)
            wmove(win, Int32(cursor.y), Int32(cursor.x))
        } else {
            showCursor(false)
        }
    }

    /// Sends pending output to the terminal.
    public func flush() {
        guard screen != nil else { return }
        wrefresh(cncw_stdscr())
    }

    /// Waits up to `timeout` (nil: forever) for a key, mouse event, resize, signal or wake-up.
    ///
    /// Returns nil on timeout. A pending SIGINT/SIGTERM/SIGHUP is reported once as `.signal(n)`
    /// at once (its handler writes to the wake pipe), even while waiting forever; a `waker` call
    /// from another thread returns `.wake` at once.
    public func readEvent(timeout: Duration?) -> InputEvent? {
        guard screen != nil else { return nil }
        let clock = ContinuousClock()
        let deadline = timeout.map { clock.now.advanced(by: $0) }
        let win = cncw_stdscr()
        if !queuedEvents.isEmpty { return queuedEvents.removeFirst() }
        while true {
            if let signal = takeSignal() { return .signal(signal) }
            // What curses has already read (or can read now) comes first.
            wtimeout(win, 0)
            var code: wint_t = 0
            var status = cncw_get_wch(&code)
            if status != ERR, let event = decode(status: status, code: code) { return event }
            if let signal = takeSignal() { return .signal(signal) }
            // Then wait for input, a wake-up or a signal, at most 100 ms at a time (curses turns a
            // SIGWINCH into a resize key only when asked again).
            var waitMilliseconds: Int32 = 100
            if let deadline {
                let remaining = clock.now.duration(to: deadline)
                if remaining <= .zero { return nil }
                waitMilliseconds = Int32(min(100, max(0, NCursesBackend.milliseconds(remaining))))
            }
            if let wakePipe {
                var watched = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: wakePipe.readEnd, events: Int16(POLLIN), revents: 0)]
                if poll(&watched, 2, waitMilliseconds) > 0, watched[1].revents & Int16(POLLIN) != 0 {
                    wakePipe.drain()
                    if let signal = takeSignal() { return .signal(signal) }
                    return .wake
                }
            } else {
                wtimeout(win, waitMilliseconds)
                status = cncw_get_wch(&code)
                if status != ERR, let event = decode(status: status, code: code) { return event }
            }
        }
    }

    // MARK: - Input decoding

    private func takeSignal() -> Int32? {
        let signal = cncw_pending_signal()
        guard signal != 0 else { return nil }
        cncw_set_pending_signal(0)
        return signal
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let ms = seconds.multipliedReportingOverflow(by: 1000)
        if ms.overflow { return seconds > 0 ? Int64.max : 0 }
        return ms.partialValue + attoseconds / 1_000_000_000_000_000
    }

    private func decode(status: Int32, code: wint_t) -> InputEvent? {
        if status == cncw_key_code_yes() {
            return decodeKeyCode(Int32(bitPattern: code))
        }
        return decodeCharacter(UInt32(code))
    }

    private func decodeCharacter(_ value: UInt32) -> InputEvent? {
        switch value {
        case 27:
            return decodeEscape()
        case 10, 13:
            return .key(.enter)
        case 9:
            return .key(.tab)
        case 8, 127:
            return .key(.backspace)
        default:
            return NCursesBackend.plainOrControl(value).map { .key($0) }
        }
    }

    /// Maps a character code to a key: control codes 0-31 become Ctrl+key.
    private static func plainOrControl(_ value: UInt32) -> Key? {
        switch value {
        case 0:
            return .character(" ", modifiers: .ctrl)
        case 1...26:
            return .character(Character(Unicode.Scalar(UInt8(value + 96))), modifiers: .ctrl)
        case 28...31:
            return .character(Character(Unicode.Scalar(UInt8(value + 64))), modifiers: .ctrl)
        default:
            guard let scalar = Unicode.Scalar(value), value >= 0x20, value != 0x7F else { return nil }
            return .char(Character(scalar))
        }
    }

    /// ESC alone is Escape; ESC followed at once by a character is Alt+character.
    private func decodeEscape() -> InputEvent {
        let win = cncw_stdscr()
        wtimeout(win, 0)
        var next: wint_t = 0
        let status = cncw_get_wch(&next)
        if status == ERR { return .key(.escape) }
        if status == cncw_key_code_yes() {
            ungetch(Int32(bitPattern: next))
            return .key(.escape)
        }
        switch next {
        case 27:
            unget_wch(wchar_t(bitPattern: next))
            return .key(.escape)
        case 10, 13:
            return .key(.enter)
        default:
            guard var key = NCursesBackend.plainOrControl(UInt32(next)) else { return .key(.escape) }
            if case .character(let c, let modifiers) = key {
                key = .character(c, modifiers: modifiers.union(.alt))
            }
            return .key(key)
        }
    }

    private func decodeKeyCode(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_RESIZE:
            needsClear = true
            let s = size
            return .resize(width: s.width, height: s.height)
        case KEY_MOUSE:
            return decodeMouse()
        default:
            let f0 = cncw_key_f0()
            if code > f0 && code <= f0 + 63 {
                return .key(.function(Int(code - f0)))
            }
            return nil
        }
    }

    private func decodeMouse() -> InputEvent? {
        var x: Int32 = 0
        var y: Int32 = 0
        var state: mmask_t = 0
        guard cncw_get_mouse(&x, &y, &state) == OK else { return nil }
        func has(_ mask: mmask_t) -> Bool { state & mask != 0 }
        let kind: MouseEventKind
        let button: Int
        if has(cncw_button_pressed(4)) {
            (kind, button) = (.wheelUp, 4)
        } else if has(cncw_button_pressed(5)) {
            (kind, button) = (.wheelDown, 5)
        } else if let b = (1...3).first(where: { has(cncw_button_pressed(Int32($0))) || has(cncw_button_clicked(Int32($0))) }) {
            (kind, button) = (.press, b)
        } else if let b = (1...3).first(where: { has(cncw_button_released(Int32($0))) }) {
            (kind, button) = (.release, b)
        } else {
            return nil
        }
        let event = MouseEvent(kind: kind, button: button, x: Int(x), y: Int(y))
        switch kind {
        case .press:
            buttonsDown.insert(button)
        case .release where !buttonsDown.contains(button):
            // When a press and its release arrive in one read, curses reports only the
            // release: report the press first so that a quick click is never lost.
            queuedEvents.append(.mouse(event))
            return .mouse(MouseEvent(kind: .press, button: button, x: event.x, y: event.y))
        case .release:
            buttonsDown.remove(button)
        case .wheelUp, .wheelDown:
            break
        }
        return .mouse(event)
    }

    // MARK: - Output helpers

    private func showCursor(_ visible: Bool) {
        guard cursorShown != visible else { return }
        curs_set(visible ? 1 : 0)
        cursorShown = visible
    }

    private func cursesAttributes(for style: Style) -> (attr_t, Int32) {
        var attributes = cncw_a_normal()
        let a = style.attributes
        if a.contains(.bold) { attributes |= cncw_a_bold() }
        if a.contains(.dim) { attributes |= cncw_a_dim() }
        if a.contains(.italic) { attributes |= cncw_a_italic() }
        if a.contains(.underline) { attributes |= cncw_a_underline() }
        if a.contains(.reverse) { attributes |= cncw_a_reverse() }
        return (attributes, colorPair(for: style))
    }

    private func colorNumber(_ color: Color, isForeground: Bool) -> Int32 {
        let number: Int32
        switch color.reduced(to: colorMode) {
        case .ansi(let n): number = Int32(n)
        case .indexed(let n): number = Int32(n)
        case .default, .rgb: number = -1
        }
        if number == -1 && !hasDefaultColors {
            return isForeground ? Int32(COLOR_WHITE) : Int32(COLOR_BLACK)
        }
        return number
    }

    /// The colour pair for a style, allocated on first use (0, the default pair, when out of pairs).
    private func colorPair(for style: Style) -> Int32 {
        guard colorMode != .noColor else { return 0 }
        let key = ColorPairKey(
            foreground: colorNumber(style.foreground, isForeground: true),
            background: colorNumber(style.background, isForeground: false)
        )
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        guard nextPair < cncw_color_pairs(), init_extended_pair(nextPair, key.foreground, key.background) == OK else {
            return 0
        }
        pairs[key] = nextPair
        nextPair += 1
        return pairs[key]!
    }
}
