import TUICore

/// The top line: the program's name, one tab per screen, and the most important keys.
public struct TitleBar: View {
    /// The screen shown.
    public var active: ScreenID
    /// The share done of a sweep running in the background, or nil when none runs.
    public var sweepDone: Double?
    /// The language of the titles and keys.
    public var language: Language

    /// A screen's tab in the bar.
    public struct Tab: Sendable, Hashable {
        /// The screen.
        public var screen: ScreenID
        /// The tab's text.
        public var text: String
        /// First column.
        public var x: Int
        /// Width.
        public var width: Int
    }

    /// The name at the left.
    static let name = " floatscope "

    /// Creates the bar.
    public init(active: ScreenID, sweepDone: Double? = nil, language: Language = .en) {
        self.active = active
        self.sweepDone = sweepDone
        self.language = language
    }

    /// The help and quit keys at the right end.
    static func keys(_ language: Language) -> String {
        "? \(Translation.text("help", language)) · q \(Translation.text("quit", language))"
    }

    /// Columns the running sweep's progress takes (`sweep 100% (5)  `).
    static let sweepWidth = 16

    /// Where the tabs are drawn in a bar `width` columns wide: every tab with its title when they
    /// fit beside the keys (and the sweep's progress when `sweeping`), else the inactive ones as
    /// their number only.
    public static func tabs(active: ScreenID, width: Int = .max, sweeping: Bool = false, language: Language = .en) -> [Tab] {
        func layout(compact: Bool) -> [Tab] {
            var x = name.count + 1
            return ScreenID.allCases.map { screen in
                let title = Translation.text(screen.title, language)
                let text = compact && screen != active ? " \(screen.number) " : " \(screen.number) \(title) "
                let columns = DisplayWidth.of(text)
                defer { x += columns + 1 }
                return Tab(screen: screen, text: text, x: x, width: columns)
            }
        }
        let full = layout(compact: false)
        let end = full.last.map { $0.x + $0.width } ?? 0
        return end + 1 + (sweeping ? sweepWidth : 0) + DisplayWidth.of(keys(language)) + 1 <= width ? full : layout(compact: true)
    }

    /// Draws the bar on the first row of `area`.
    public func render(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let theme = context.theme, y = area.y
        buffer.put(TitleBar.name, x: area.x, y: y, style: theme.title, context: context)
        let tabs = TitleBar.tabs(active: active, width: area.width, sweeping: sweepDone != nil, language: language)
        for tab in tabs {
            buffer.put(tab.text, x: area.x + tab.x, y: y, style: tab.screen == active ? theme.badge : theme.dim, context: context)
        }
        let keys = TitleBar.keys(language)
        let keysX = area.maxX - DisplayWidth.of(keys) - 1
        buffer.put(keys, x: keysX, y: y, style: theme.dim, context: context)
        if let sweepDone {
            // A sweep runs in the background: its progress, on every screen.
            let text = "\(language == .zh ? "扫描" : "sweep") \(Int((min(1, max(0, sweepDone)) * 100).rounded(.down)))% (5)  "
            let tabsEnd = area.x + (tabs.last.map { $0.x + $0.width } ?? 0) + 1
            let x = keysX - DisplayWidth.of(text)
            if x > tabsEnd { buffer.put(text, x: x, y: y, style: theme.statusWarn, context: context) }
        }
    }
}
