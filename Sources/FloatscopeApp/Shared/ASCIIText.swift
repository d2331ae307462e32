/// ASCII stand-ins for the few non-ASCII characters the app's texts use, for terminals
/// without UTF-8 (and `--ascii`).
public enum ASCIIText {
    /// Replacements, character by character.
    static let replacements: [Character: String] = [
        "→": "->", "←": "<-", "↑": "^", "↓": "v", "…": "...", "·": "-", "≈": "~", "−": "-",
        "✗": "x", "✓": "x", "▶": ">", "▼": "v", "•": "*", "×": "x", "±": "+-", "∞": "inf", "—": "-",
        "│": "|", "─": "-",
    ]

    /// The text with every non-ASCII character replaced (unknown ones by `?`).
    public static func transliterate(_ text: String) -> String {
        guard !text.allSatisfy(\.isASCII) else { return text }
        var out = ""
        for c in text {
            if c.isASCII { out.append(c) } else { out += replacements[c] ?? "?" }
        }
        return out
    }
}
