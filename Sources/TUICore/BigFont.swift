/// A font of big characters drawn from block elements, five rows high, for numbers and bits
/// read from across a room (presenter mode).
///
/// It has the characters numbers are written with: digits, `.`, `-`, `+`, `e`, `E`, `x`, `p`,
/// `=`, `≈`, `/`, hex letters `a`-`f` (and `A`-`F`), the letters of `inf` and `nan`/`NaN`, and
/// space. Digits are all one width, so columns of figures and rows of bits line up.
public enum BigFont {
    /// Rows of every glyph.
    public static let height = 5

    /// Blank columns between two glyphs.
    public static let spacing = 1

    /// The glyph of a character, or nil when the font has none. With `narrow`, `0` and `1` take
    /// three columns instead of four (rows of bits); other characters are the same.
    public static func glyph(_ character: Character, narrow: Bool = false) -> BigGlyph? {
        if narrow, let glyph = narrowGlyphs[character] { return glyph }
        return glyphs[character]
    }

    /// Whether every character of `text` has a glyph.
    public static func canDraw(_ text: String) -> Bool {
        text.allSatisfy { glyphs[$0] != nil }
    }

    /// The narrow bits.
    private static let narrowGlyphs: [Character: BigGlyph] = [
        "0": BigGlyph(["█▀█", "█ █", "█ █", "█ █", "█▄█"]),
        "1": BigGlyph(["▀█ ", " █ ", " █ ", " █ ", "▄█▄"]),
    ]

    /// The glyphs, row by row.
    private static let glyphs: [Character: BigGlyph] = {
        let table: [Character: BigGlyph] = [
            "0": BigGlyph(["█▀▀█", "█  █", "█  █", "█  █", "█▄▄█"]),
            "1": BigGlyph([" ▀█ ", "  █ ", "  █ ", "  █ ", " ▄█▄"]),
            "2": BigGlyph(["▀▀▀█", "   █", "█▀▀▀", "█   ", "█▄▄▄"]),
            "3": BigGlyph(["▀▀▀█", "   █", " ▀▀█", "   █", "▄▄▄█"]),
            "4": BigGlyph(["█  █", "█  █", "▀▀▀█", "   █", "   █"]),
            "5": BigGlyph(["█▀▀▀", "█   ", "▀▀▀█", "   █", "▄▄▄█"]),
            "6": BigGlyph(["█▀▀▀", "█   ", "█▀▀█", "█  █", "█▄▄█"]),
            "7": BigGlyph(["▀▀▀█", "   █", "  ▄▀", " █  ", " █  "]),
            "8": BigGlyph(["█▀▀█", "█  █", "█▀▀█", "█  █", "█▄▄█"]),
            "9": BigGlyph(["█▀▀█", "█  █", "▀▀▀█", "   █", "▄▄▄█"]),
            ".": BigGlyph([" ", " ", " ", " ", "▄"]),
            "-": BigGlyph(["   ", "   ", "▀▀▀", "   ", "   "]),
            "+": BigGlyph(["   ", " ▄ ", "▀█▀", " ▀ ", "   "]),
            "=": BigGlyph(["    ", "▄▄▄▄", "    ", "▀▀▀▀", "    "]),
            "≈": BigGlyph(["      ", "▄▀▀▄▄▀", "      ", "▄▀▀▄▄▀", "      "]),
            "/": BigGlyph(["   █", "  █ ", " ▄▀ ", " █  ", "█   "]),
            "a": BigGlyph(["    ", "▄▄▄▄", "   █", "█▀▀█", "█▄▄█"]),
            "b": BigGlyph(["█   ", "█▄▄▄", "█  █", "█  █", "█▄▄█"]),
            "c": BigGlyph(["    ", "▄▄▄▄", "█   ", "█   ", "█▄▄▄"]),
            "d": BigGlyph(["   █", "▄▄▄█", "█  █", "█  █", "█▄▄█"]),
            "e": BigGlyph(["    ", "▄▄▄▄", "█▄▄█", "█   ", "█▄▄▄"]),
            "f": BigGlyph([" ▄▀▀", "▄█▄ ", " █  ", " █  ", " █  "]),
            "A": BigGlyph(["█▀▀█", "█  █", "█▀▀█", "█  █", "█  █"]),
            "B": BigGlyph(["█▀▀▄", "█  █", "█▀▀▄", "█  █", "█▄▄▀"]),
            "C": BigGlyph(["█▀▀▀", "█   ", "█   ", "█   ", "█▄▄▄"]),
            "D": BigGlyph(["█▀▀▄", "█  █", "█  █", "█  █", "█▄▄▀"]),
            "E": BigGlyph(["█▀▀▀", "█   ", "█▀▀ ", "█   ", "█▄▄▄"]),
            "F": BigGlyph(["█▀▀▀", "█   ", "█▀▀ ", "█   ", "█   "]),
            "i": BigGlyph(["▀", "▄", "█", "█", "█"]),
            "n": BigGlyph(["    ", "▄▄▄▄", "█  █", "█  █", "█  █"]),
            "N": BigGlyph(["█▄  █", "█▀▄ █", "█ ▀▄█", "█  ▀█", "█   █"]),
            "p": BigGlyph(["    ", "▄▄▄▄", "█  █", "█▀▀▀", "█   "]),
            "x": BigGlyph(["    ", "█  █", "▀▄▄▀", "▄▀▀▄", "█  █"]),
            " ": BigGlyph(["  ", "  ", "  ", "  ", "  "]),
        ]
        return table
    }()
}
