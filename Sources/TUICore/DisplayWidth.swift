/// Terminal column widths of characters and strings (a small `wcwidth`).
///
/// Rules: control characters and combining/format marks are 0 columns; East Asian
/// wide and fullwidth characters and emoji with default emoji presentation are 2;
/// everything else (ASCII, Latin, Greek, box drawing, block elements, arrows, math
/// symbols) is 1. A grapheme cluster takes the width of its first scalar.
public enum DisplayWidth {
    /// Width in columns of one Unicode scalar (0, 1 or 2).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        if (0x1160...0x11FF).contains(v) || v == 0x200B { return 0 }
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Width in columns of a grapheme cluster: the width of its first scalar.
    ///
    /// Returns 0 for control characters (which views must not draw) and lone marks.
    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        return of(first)
    }

    /// Total width in columns of a string (sum of its graphemes' widths).
    public static func of<S: StringProtocol>(_ string: S) -> Int {
        var total = 0
        for c in string {
            total += of(c)
        }
        return total
    }

    /// True when the scalar lies in an East Asian Wide or Fullwidth block.
    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F,  // Hangul Jamo initial consonants
             0x2329...0x232A,  // angle brackets
             0x2E80...0x303E,  // CJK radicals, Kangxi, CJK symbols and punctuation
             0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compat
             0x3400...0x4DBF,  // CJK extension A
             0x4E00...0x9FFF,  // CJK unified ideographs
             0xA000...0xA4CF,  // Yi
             0xA960...0xA97F,  // Hangul Jamo extended A
             0xAC00...0xD7A3,  // Hangul syllables
             0xF900...0xFAFF,  // CJK compatibility ideographs
             0xFE10...0xFE19,  // vertical forms
             0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
             0xFF00...0xFF60,  // fullwidth forms
             0xFFE0...0xFFE6,  // fullwidth signs
             0x16FE0...0x16FE4, 0x17000...0x18CFF,  // Tangut
             0x1AFF0...0x1B2FF,  // Kana supplement/extended
             0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:  // CJK extensions B+
            return true
        default:
            return false
        }
    }
}
