extension String {
    /// Whether `part` occurs in the string's UTF-8 bytes (C++ `find`, Python `in`: no Unicode
    /// equivalence, so a combining mark after a name never hides or fakes a match).
    func bytesContain(_ part: String) -> Bool {
        let hay = Array(utf8), needle = Array(part.utf8)
        guard needle.count <= hay.count else { return false }
        if needle.isEmpty { return true }
        for start in 0...(hay.count - needle.count) where hay[start] == needle[0] {
            if hay[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// Whether the string's UTF-8 bytes end with those of `suffix`.
    func bytesEnd(with suffix: String) -> Bool {
        utf8.count >= suffix.utf8.count && utf8.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    }

    /// Whether the UTF-8 bytes of the two strings are equal (Swift's `==` compares canonically).
    func bytesEqual(_ other: String) -> Bool { utf8.elementsEqual(other.utf8) }
}
