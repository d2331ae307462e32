import TUICore

/// The top line: the program's name, one tab per screen, and the most important keys.
public struct TitleBar: View {
    /// The screen shown.
    public var active: ScreenID
    /// The share done of a sweep running in the background, or nil when none runs.
    public var sweepDone: Double?

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
    public init(active: ScreenID, sweepDone: Double? = nil) {
        self.active = active
        self.sweepDone = sweepDone
    }

    /// Where the tabs are drawn.
    public static func tabs(active: ScreenID) -> [Tab] {
        var x = name.count + 1
        return ScreenID.allCases.map { screen in
            let text = " \(screen.number) \(screen.title) "
            defer { x += text.count + 1 }
            return Tab(screen: screen, text: text, x: x, width: text.count)
        }
    }

    /// Draws the bar on the first row of `area`.
    public func render(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let theme = context.theme, y = area.y
        buffer.put(TitleBar.name, x: area.x, y: y, style: theme.title, context: context)
        for tab in TitleBar.tabs(active: active) {
            buffer.put(tab.text, x: area.x + tab.x, y: y, style: tab.screen == active ? theme.badge : theme.dim, context: context)
        }
        let keys = "? help · q quit"
        let keysX = area.maxX - DisplayWidth.of(keys) - 1
        buffer.put(keys, x: keysX, y: y, style: theme.dim, context: context)
        if let sweepDone {
            // A sweep runs in the background: its progress, on every screen.
            let text = "sweep \(Int((min(1, max(0, sweepDone)) * 100).rounded(.down)))% (5)  "
            let tabsEnd = area.x + (TitleBar.tabs(active: active).last.map { $0.x + $0.width } ?? 0) + 1
            let x = keysX - DisplayWidth.of(text)
            if x > tabsEnd { buffer.put(text, x: x, y: y, style: theme.statusWarn, context: context) }
        }
    }
}
