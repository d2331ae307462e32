/// One character of the big font: rows of block characters, all the same width.
///
/// The rows use `█` (full), `▀` (upper half), `▄` (lower half) and spaces; drawing maps them to
/// the render context's glyph set, so ASCII output gets `#`, `"` and `_`.
public struct BigGlyph: Sendable, Hashable {
    /// The rows, top first, each `width` characters long.
    public let rows: [String]

    /// Creates a glyph from its rows; shorter rows are padded with spaces to the widest.
    public init(_ rows: [String]) {
        let width = rows.map(\.count).max() ?? 0
        self.rows = rows.map { $0 + String(repeating: " ", count: width - $0.count) }
    }

    /// Width in columns.
    public var width: Int { rows.first?.count ?? 0 }

    /// Height in rows.
    public var height: Int { rows.count }
}
