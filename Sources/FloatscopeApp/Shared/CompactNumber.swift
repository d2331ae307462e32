import Foundation

/// Short renderings of numbers for narrow cells: plain decimals, SI prefixes or e-notation,
/// whichever keeps the most significant digits within a width. Rounded and unmarked: only for a
/// measured rate (the sweep's values/s), shown behind a ≈; values and figures use `ValueText`.
enum CompactNumber {
    /// SI prefixes by power of 1000 (-10 ... 10).
    static let prefixes: [Int: String] = [
        -10: "q", -9: "r", -8: "y", -7: "z", -6: "a", -5: "f", -4: "p", -3: "n", -2: "u", -1: "m",
        1: "k", 2: "M", 3: "G", 4: "T", 5: "P", 6: "E", 7: "Z", 8: "Y", 9: "R", 10: "Q",
    ]

    /// `value` in at most `width` columns (at least 3); infinities as `inf`, NaN as `NaN`.
    static func text(_ value: Double, width: Int) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return value.sign == .minus ? "-0" : "0" }
        var best: (digits: Int, text: String)?
        for digits in stride(from: 6, through: 1, by: -1) {
            for candidate in [plain(value, digits: digits), si(value, digits: digits), scientific(value, digits: digits)] {
                guard let candidate, candidate.count <= width else { continue }
                if best == nil || digits > best!.digits { best = (digits, candidate) }
            }
            if best != nil { break }
        }
        return best?.text ?? (value < 0 ? "-" : "") + String(repeating: "#", count: max(1, width - (value < 0 ? 1 : 0)))
    }

    /// `%g`-style plain decimal with `digits` significant digits, or nil when it would need an exponent.
    static func plain(_ value: Double, digits: Int) -> String? {
        let magnitude = abs(value)
        guard magnitude >= 1e-4, magnitude < 1e7 else { return nil }
        let exponent = Int(floor(log10(magnitude)))
        let decimals = max(0, digits - 1 - exponent)
        let rounded = String(format: "%.\(decimals)f", value)
        let significant = rounded.filter(\.isNumber).drop { $0 == "0" }.count
        guard significant >= min(digits, 1) else { return nil }
        return trimmed(rounded)
    }

    /// With an SI prefix (`62.5m`, `57k`), or nil when none fits.
    static func si(_ value: Double, digits: Int) -> String? {
        let magnitude = abs(value)
        let group = Int(floor(log10(magnitude) / 3))
        guard group != 0, let prefix = prefixes[group] else { return nil }
        let scaled = value / pow(1000, Double(group))
        guard let body = plain(scaled, digits: digits), !body.contains("e") else { return nil }
        if abs(Double(body) ?? 0) >= 1000 { return nil }
        return body + prefix
    }

    /// e-notation (`1.5e-9`, `2e38`).
    static func scientific(_ value: Double, digits: Int) -> String? {
        let text = String(format: "%.\(max(0, digits - 1))e", value)
        guard let e = text.firstIndex(of: "e") else { return nil }
        let mantissa = trimmed(String(text[..<e]))
        var exponent = String(text[text.index(after: e)...])
        if exponent.hasPrefix("+") { exponent.removeFirst() }
        let negative = exponent.hasPrefix("-")
        let digitsOnly = exponent.drop { $0 == "-" || $0 == "0" }
        exponent = (negative ? "-" : "") + (digitsOnly.isEmpty ? "0" : String(digitsOnly))
        return mantissa + "e" + exponent
    }

    /// Without trailing zeros after a decimal point.
    static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var t = text
        while t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return t
    }
}
