import TUICore

/// Cutting text to a number of columns.
enum TextFit {
    /// `text` cut to `width` columns, ending in `ellipsis` when cut.
    static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        let room = width - DisplayWidth.of(ellipsis)
        guard room > 0 else { return String(text.prefix(width)) }
        var out = "", used = 0
        for c in text {
            let w = DisplayWidth.of(c)
            if used + w > room { break }
            out.append(c)
            used += w
        }
        return out + ellipsis
    }

    /// `text` padded on the left to `width` columns (cut when longer).
    static func rightAligned(_ text: String, width: Int, ellipsis: String = "…") -> String {
        let cut = truncate(text, width: width, ellipsis: ellipsis)
        return String(repeating: " ", count: max(0, width - DisplayWidth.of(cut))) + cut
    }

    /// Splits text into chunks of `width` characters (the last may be shorter).
    static func chunks(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = [], current = ""
        for c in text {
            current.append(c)
            if current.count == width { out.append(current); current = "" }
        }
        if !current.isEmpty || out.isEmpty { out.append(current) }
        return out
    }
}
