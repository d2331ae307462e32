/// Resolving user-typed names to formats.
extension Format {
    /// Folds case and drops `-`, `_`, spaces and dots, so `FP8_E4M3` and `fp8-e4m3` match.
    static func normalizedKey(_ name: String) -> String {
        String(name.lowercased().filter { !"-_ .".contains($0) })
    }

    /// Every accepted spelling (canonical names and aliases) mapped to its format.
    private static let byKey: [String: Format] = {
        var map: [String: Format] = [:]
        for format in catalog {
            for spelling in [format.name] + format.aliases { map[normalizedKey(spelling)] = format }
        }
        return map
    }()

    /// Finds a format by name, alias or `intN` / `uintN` (N in 2...32).
    public static func named(_ name: String) throws(FormatLookupError) -> Format {
        let key = normalizedKey(name)
        if let format = byKey[key] { return format }
        for (prefix, signed) in [("uint", false), ("int", true)] where key.hasPrefix(prefix) {
            let digits = key.dropFirst(prefix.count)
            if !digits.isEmpty, digits.allSatisfy(\.isNumber) {
                guard let bits = Int(digits), (2...32).contains(bits) else {
                    throw FormatLookupError(name: name, reason: "\(prefix)N takes N from 2 to 32", suggestions: [])
                }
                return signed ? int(bits) : uint(bits)
            }
        }
        throw FormatLookupError(name: name, reason: "", suggestions: suggestions(for: name))
    }

    /// Accepted names close to `name` (edit distance, prefixes and substrings), best first.
    public static func suggestions(for name: String, limit: Int = 4) -> [String] {
        let key = normalizedKey(name)
        var scored: [(Int, String)] = []
        for format in catalog {
            var best = Int.max
            for spelling in [format.name] + format.aliases {
                let other = normalizedKey(spelling)
                var score = editDistance(key, other)
                if !key.isEmpty && (other.hasPrefix(key) || key.hasPrefix(other) || other.contains(key)) { score = min(score, 1) }
                best = min(best, score)
            }
            let threshold = max(2, key.count / 3)
            if best <= threshold { scored.append((best, format.name)) }
        }
        return scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
    }

    /// Levenshtein distance between two strings.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
