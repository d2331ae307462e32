import FormatCore
import TUICore

/// The format picker overlay: every catalog format with its description; space adds or removes one.
public struct FormatPicker: Sendable, Hashable {
    /// The formats listed.
    public static let entries: [Format] = Format.catalog

    /// The highlighted entry.
    public private(set) var selection: Int

    /// Opens the picker on `format` (or the first entry).
    public init(selecting format: Format?) {
        selection = format.flatMap { FormatPicker.entries.firstIndex(of: $0) } ?? 0
    }

    /// Opens the picker on the first format not shown yet after the focused one (so the first
    /// space adds a format instead of removing the one being looked at).
    public init(opening shown: [Format], focused: Format?) {
        let entries = FormatPicker.entries
        let start = focused.flatMap { entries.firstIndex(of: $0) } ?? 0
        let order = Array(entries.indices[start...]) + Array(entries.indices[..<start])
        selection = order.first { !shown.contains(entries[$0]) } ?? start
    }

    /// The highlighted format.
    public var selected: Format { FormatPicker.entries[selection] }

    /// Moves the highlight by `offset`, clamped.
    public mutating func move(by offset: Int) {
        selection = min(max(0, selection + offset), FormatPicker.entries.count - 1)
    }

    /// Highlights entry `index`, clamped.
    public mutating func select(_ index: Int) {
        selection = min(max(0, index), FormatPicker.entries.count - 1)
    }

    /// The picker's geometry in an area.
    public struct Geometry: Sendable, Hashable {
        /// The box, border included.
        public let box: Rect
        /// The list lines inside it.
        public let list: Rect
        /// The hint line at the bottom of the box.
        public let hint: Rect
        /// The first entry shown.
        public let first: Int

        /// The entry on screen row `y`, if any.
        public func entry(atY y: Int) -> Int? {
            guard y >= list.y && y < list.maxY else { return nil }
            let index = first + y - list.y
            return index < FormatPicker.entries.count ? index : nil
        }
    }

    /// Where the picker is drawn in `area`.
    public func geometry(in area: Rect) -> Geometry {
        let count = FormatPicker.entries.count
        let width = min(area.width - 2, 110)
        let height = min(area.height, count + 3)
        let box = area.centered(width: width, height: height)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let (list, hint) = inner.splitBottom(1)
        let first = max(0, min(selection - list.height + 1, count - list.height))
        return Geometry(box: box, list: list, hint: hint, first: first)
    }
}
