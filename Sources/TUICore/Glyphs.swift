/// The set of drawing characters used by views: lines, corners, blocks, arrows, bullets.
///
/// Use `Glyphs.unicode` on UTF-8 terminals and `Glyphs.ascii` otherwise. Every glyph is
/// exactly one column wide.
public struct Glyphs: Sendable, Hashable {
    /// True for sets that use non-ASCII characters.
    public var isUnicode: Bool
    /// Horizontal line (─ / -).
    public var horizontal: Character
    /// Vertical line (│ / |).
    public var vertical: Character
    /// Top-left corner (┌ / +).
    public var topLeft: Character
    /// Top-right corner (┐ / +).
    public var topRight: Character
    /// Bottom-left corner (└ / +).
    public var bottomLeft: Character
    /// Bottom-right corner (┘ / +).
    public var bottomRight: Character
    /// Vertical line with a branch to the right (├ / +).
    public var teeRight: Character
    /// Vertical line with a branch to the left (┤ / +).
    public var teeLeft: Character
    /// Horizontal line with a branch down (┬ / +).
    public var teeDown: Character
    /// Horizontal line with a branch up (┴ / +).
    public var teeUp: Character
    /// Crossing lines (┼ / +).
    public var cross: Character
    /// Full block (█ / #).
    public var blockFull: Character
    /// Upper half block (▀ / ").
    public var blockUpperHalf: Character
    /// Lower half block (▄ / _).
    public var blockLowerHalf: Character
    /// Light shade (░ / .).
    public var shadeLight: Character
    /// Medium shade (▒ / :).
    public var shadeMedium: Character
    /// Dark shade (▓ / %).
    public var shadeDark: Character
    /// Arrow up (↑ / ^).
    public var arrowUp: Character
    /// Arrow down (↓ / v).
    public var arrowDown: Character
    /// Arrow left (← / <).
    public var arrowLeft: Character
    /// Arrow right (→ / >).
    public var arrowRight: Character
    /// Bullet (• / *).
    public var bullet: Character
    /// Pointer marking the current item (▶ / >).
    public var pointer: Character
    /// Check mark (✓ / x).
    public var check: Character
    /// Ellipsis for truncated text ("…" / "...").
    public var ellipsis: String

    /// Creates a glyph set from explicit characters.
    public init(
        isUnicode: Bool,
        horizontal: Character, vertical: Character,
        topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character,
        teeRight: Character, teeLeft: Character, teeDown: Character, teeUp: Character, cross: Character,
        blockFull: Character, blockUpperHalf: Character, blockLowerHalf: Character,
        shadeLight: Character, shadeMedium: Character, shadeDark: Character,
        arrowUp: Character, arrowDown: Character, arrowLeft: Character, arrowRight: Character,
        bullet: Character, pointer: Character, check: Character, ellipsis: String
    ) {
        self.isUnicode = isUnicode
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.teeRight = teeRight
        self.teeLeft = teeLeft
        self.teeDown = teeDown
        self.teeUp = teeUp
        self.cross = cross
        self.blockFull = blockFull
        self.blockUpperHalf = blockUpperHalf
        self.blockLowerHalf = blockLowerHalf
        self.shadeLight = shadeLight
        self.shadeMedium = shadeMedium
        self.shadeDark = shadeDark
        self.arrowUp = arrowUp
        self.arrowDown = arrowDown
        self.arrowLeft = arrowLeft
        self.arrowRight = arrowRight
        self.bullet = bullet
        self.pointer = pointer
        self.check = check
        self.ellipsis = ellipsis
    }

    /// Unicode box drawing, block elements and arrows (needs a UTF-8 terminal).
    public static let unicode = Glyphs(
        isUnicode: true,
        horizontal: "─", vertical: "│",
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeRight: "├", teeLeft: "┤", teeDown: "┬", teeUp: "┴", cross: "┼",
        blockFull: "█", blockUpperHalf: "▀", blockLowerHalf: "▄",
        shadeLight: "░", shadeMedium: "▒", shadeDark: "▓",
        arrowUp: "↑", arrowDown: "↓", arrowLeft: "←", arrowRight: "→",
        bullet: "•", pointer: "▶", check: "✓", ellipsis: "…"
    )

    /// Like `unicode` but with rounded corners (╭ ╮ ╰ ╯).
    public static let unicodeRounded: Glyphs = {
        var g = Glyphs.unicode
        g.topLeft = "╭"
        g.topRight = "╮"
        g.bottomLeft = "╰"
        g.bottomRight = "╯"
        return g
    }()

    /// Plain ASCII fallback for terminals without UTF-8.
    public static let ascii = Glyphs(
        isUnicode: false,
        horizontal: "-", vertical: "|",
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeRight: "+", teeLeft: "+", teeDown: "+", teeUp: "+", cross: "+",
        blockFull: "#", blockUpperHalf: "\"", blockLowerHalf: "_",
        shadeLight: ".", shadeMedium: ":", shadeDark: "%",
        arrowUp: "^", arrowDown: "v", arrowLeft: "<", arrowRight: ">",
        bullet: "*", pointer: ">", check: "x", ellipsis: "..."
    )
}
